import StagesCore
import TerminalKit

/// What a student's record says.
extension DetailView {
    static func student(_ login: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let s = state.data.students[login] else { return [] }
        let t = state.translate
        var b = Builder(width: width)
        b.paragraph(s.fullName, style: Theme.title)
        b.field(t(Strings.Students.login), s.login)
        b.field(t(Strings.Students.number), s.studentNumber)
        b.field(t(Strings.Students.email), s.email)
        b.field(t(Strings.Students.phone), s.phone)
        b.field(t(Strings.Students.group), s.group)
        b.field(t(Strings.Students.year), s.year)
        b.field(t(Strings.Common.track), state.t(s.track.label))
        b.field(t(Strings.Students.domains), s.domains.map { state.t($0.label) }.joined(separator: ", "))
        b.field(t(Strings.Common.situation), state.index.situations[login]?.label(state.language) ?? "")
        b.field(t(Strings.Students.notes), s.notes)
        if let p = state.data.activePlacement(of: login) {
            b.heading(t(Strings.Common.placement))
            b.field(t(Strings.Common.organisation), state.organizationName(p.organizationID))
            b.field(t(Strings.Common.dates), "\(state.date(p.start)) → \(state.date(p.end))")
            b.field(t(Strings.Common.status), state.t(p.status.label))
        }
        if let c = state.data.alternance(of: login) {
            b.heading(t(Strings.Students.workStudy))
            b.contractSummary(c, state)
        }
        return b.lines
    }
}
