import StagesCore
import TerminalKit

/// The placements list: one row per placement, with its rule findings counted.
enum PlacementsView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visiblePlacementIDs()
        let t: (String, String) -> String = state.t
        let columns = [
            Column(t("Étudiant·e", "Student"), .flex(2, min: 12)), Column(t("Organisme", "Organisation"), .flex(3, min: 10)),
            Column(t("Début", "Start"), .fixed(5)), Column(t("Fin", "End"), .fixed(5)),
            Column(t("Sem.", "Wks"), .fixed(4), alignRight: true), Column(t("Heures", "Hours"), .fixed(6), alignRight: true),
            Column(t("Statut", "Status"), .fixed(9)), Column("✗ !", .fixed(5)),
        ]
        let facts = state.index.facts
        func row(_ i: Int) -> [String] {
            let p = state.data.placements[ids[i]]!
            let duration = facts.duration(p.id) ?? StageDuration(p)
            let findings = facts.findings(p.id)
            let counts = findings.isEmpty ? "" : "\(findings.errors.count) \(findings.warnings.count)"
            return [state.fullName(p.studentLogin), state.organizationName(p.organizationID), state.shortDate(p.start),
                    state.shortDate(p.end), String(duration.weeks.weeks), Format.number(duration.hours, state.language),
                    state.t(p.status.label), counts]
        }
        ListFrame.render(state, into: &canvas, rect, filters: [
            (t("statut", "status"), state.placements.status.map { state.t($0.label) } ?? t("tous", "all")),
        ], shown: ids.count, total: state.data.placements.count,
           table: Table(columns: columns, count: ids.count, row: row,
                        rowStyle: { facts.findings(ids[$0]).hasErrors ? Theme.error : nil },
                        emptyMessage: t("Aucun stage ne correspond.", "No placement matches.")),
           selection: state.placements.selection)
    }
}
