import StagesCore
import TerminalKit

/// What a student's record says.
extension DetailView {
    static func student(_ login: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let s = state.data.students[login] else { return [] }
        let t: (String, String) -> String = state.t
        var b = Builder(width: width)
        b.paragraph(s.fullName, style: Theme.title)
        b.field(t("Identifiant", "Login"), s.login)
        b.field(t("Numéro", "Number"), s.studentNumber)
        b.field(t("Courriel", "Email"), s.email)
        b.field(t("Téléphone", "Phone"), s.phone)
        b.field(t("Groupe", "Group"), s.group)
        b.field(t("Année", "Year"), s.year)
        b.field(t("Parcours", "Track"), state.t(s.track.label))
        b.field(t("Domaines", "Domains"), s.domains.map { state.t($0.label) }.joined(separator: ", "))
        b.field(t("Situation", "Situation"), state.index.situations[login]?.label(state.language) ?? "")
        b.field(t("Notes", "Notes"), s.notes)
        if let p = state.data.activePlacement(of: login) {
            b.heading(t("Stage", "Placement"))
            b.field(t("Organisme", "Organisation"), state.organizationName(p.organizationID))
            b.field(t("Dates", "Dates"), "\(state.date(p.start)) → \(state.date(p.end))")
            b.field(t("Statut", "Status"), state.t(p.status.label))
        }
        if let c = state.data.alternance(of: login) {
            b.heading(t("Alternance", "Work-study"))
            b.contractSummary(c, state)
        }
        return b.lines
    }
}
