import StagesCore
import TerminalKit

/// What a contract's detail says.
extension DetailView {
    static func alternance(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let c = state.data.alternances[id] else { return [] }
        let t = state.translate
        var b = Builder(width: width)
        b.paragraph("\(state.fullName(c.studentLogin)) — \(state.organizationName(c.employerID))", style: Theme.title)
        b.field(t(Strings.Alternance.contract), state.t(c.kind.label))
        b.field(t(Strings.Common.status), state.t(c.status.label))
        if let rupture = c.rupture {
            b.field(t(Strings.Common.rupture), "\(state.date(rupture.date)) : \(rupture.reason)", style: Theme.warning)
        }
        b.field(t(Strings.Common.dates), "\(state.date(c.start)) → \(state.date(c.end))")
        b.field(t(Strings.Alternance.rhythm), c.rhythm)
        b.field(t(Strings.Alternance.trainingCentre), c.trainingBody)
        b.field("OPCO", c.opco)
        if let tutor = c.tutor {
            b.field(t(Strings.Alternance.apprenticeshipMaster),
                    [tutor.name, tutor.function, tutor.email, tutor.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let findings = state.index.facts.book.findings(for: c)
        b.heading(t(Strings.Common.rules))
        b.findings(findings, state, none: t(Strings.Alternance.nothingToReport))
        b.heading(t(Strings.Common.history))
        b.history(c.history, state) { AlternanceStatus(rawValue: $0).map { state.t($0.label) } ?? $0 }
        return b.lines
    }
}

extension DetailView.Builder {
    /// Employer, kind and status of a contract: the lines a student's record and situation share.
    mutating func contractSummary(_ c: Alternance, _ state: AppState) {
        field(state.t(Strings.Alternance.employer), state.organizationName(c.employerID))
        field(state.t(Strings.Alternance.contract), state.t(c.kind.label))
        field(state.t(Strings.Common.status), state.t(c.status.label))
    }
}
