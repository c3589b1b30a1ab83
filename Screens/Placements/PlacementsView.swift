import StagesCore
import TerminalKit

/// The placements list: one row per placement, with its rule findings counted.
enum PlacementsView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visiblePlacementIDs()
        let t = state.translate
        let columns = [
            Column(t(Strings.Common.student), .flex(2, min: 12)), Column(t(Strings.Common.organisation), .flex(3, min: 10)),
            Column(t(Strings.Common.start), .fixed(5)), Column(t(Strings.Common.end), .fixed(5)),
            Column(t(Strings.Common.wks), .fixed(4), alignRight: true), Column(t(Strings.Placements.hours), .fixed(6), alignRight: true),
            Column(t(Strings.Common.status), .fixed(9)), Column("✗ !", .fixed(5)),
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
            FilterPicker.Column.placementStatus.filter(Strings.Common.statusShort, state, all: Strings.Common.allText),
            state.sortFilter(.placements, state.placements.columnSort),
        ], shown: ids.count, total: state.data.placements.count,
           table: Table(columns: columns, count: ids.count, row: row,
                        rowStyle: { facts.findings(ids[$0]).hasErrors ? Theme.error : nil },
                        emptyMessage: t(Strings.Placements.noPlacementMatches)),
           selection: state.placements.selection)
    }
}
