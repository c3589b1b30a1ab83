import StagesCore
import TerminalKit

/// What a contract's detail says.
extension DetailView {
    static func alternance(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let c = state.data.alternances[id] else { return [] }
        let t: (String, String) -> String = state.t
        var b = Builder(width: width)
        b.paragraph("\(state.fullName(c.studentLogin)) — \(state.organizationName(c.employerID))", style: Theme.title)
        b.field(t("Contrat", "Contract"), state.t(c.kind.label))
        b.field(t("Statut", "Status"), state.t(c.status.label))
        if let rupture = c.rupture {
            b.field(t("Rupture", "Rupture"), "\(state.date(rupture.date)) : \(rupture.reason)", style: Theme.warning)
        }
        b.field(t("Dates", "Dates"), "\(state.date(c.start)) → \(state.date(c.end))")
        b.field(t("Rythme", "Rhythm"), c.rhythm)
        b.field(t("CFA", "Training centre"), c.trainingBody)
        b.field("OPCO", c.opco)
        if let tutor = c.tutor {
            b.field(t("Maître d'apprentissage", "Apprenticeship master"),
                    [tutor.name, tutor.function, tutor.email, tutor.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let findings = state.index.facts.book.findings(for: c)
        b.heading(t("Règles", "Rules"))
        b.findings(findings, state, none: t("Rien à signaler.", "Nothing to report."))
        b.heading(t("Historique", "History"))
        b.history(c.history, state) { AlternanceStatus(rawValue: $0).map { state.t($0.label) } ?? $0 }
        return b.lines
    }
}

extension DetailView.Builder {
    /// Employer, kind and status of a contract: the lines a student's record and situation share.
    mutating func contractSummary(_ c: Alternance, _ state: AppState) {
        field(state.t("Employeur", "Employer"), state.organizationName(c.employerID))
        field(state.t("Contrat", "Contract"), state.t(c.kind.label))
        field(state.t("Statut", "Status"), state.t(c.status.label))
    }
}
