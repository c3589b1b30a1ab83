import StagesCore
import TerminalKit

/// The alternance contracts list.
enum AlternanceView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visibleAlternanceIDs()
        let t: (String, String) -> String = state.t
        let columns = [
            Column(t("Étudiant·e", "Student"), .flex(2, min: 12)), Column(t("Type", "Kind"), .fixed(8)),
            Column(t("Employeur", "Employer"), .flex(3, min: 10)), Column(t("Début", "Start"), .fixed(8)),
            Column(t("Fin", "End"), .fixed(8)), Column(t("Rythme", "Rhythm"), .flex(1, min: 8)),
            Column(t("Statut", "Status"), .fixed(12)),
        ]
        func row(_ i: Int) -> [String] {
            let c = state.data.alternances[ids[i]]!
            return [state.fullName(c.studentLogin), c.kind == .apprenticeship ? t("Apprent.", "Apprent.") : t("Pro.", "Prof."),
             state.organizationName(c.employerID), monthYear(c.start), monthYear(c.end), c.rhythm, state.t(c.status.label)]
        }
        func style(_ i: Int) -> Style? { state.data.alternances[ids[i]]?.status == .broken ? Theme.warning : nil }
        ListFrame.render(state, into: &canvas, rect, filters: [
            (t("statut", "status"), state.alternance.status.map { state.t($0.label) } ?? t("tous", "all")),
        ], shown: ids.count, total: state.data.alternances.count,
           table: Table(columns: columns, count: ids.count, row: row, rowStyle: style,
                        emptyMessage: t("Aucun contrat ne correspond.", "No contract matches.")),
           selection: state.alternance.selection)
    }

    /// "09/2026": contracts are read by month.
    static func monthYear(_ day: CivilDate) -> String {
        (day.month < 10 ? "0" : "") + "\(day.month)/\(day.year)"
    }
}
