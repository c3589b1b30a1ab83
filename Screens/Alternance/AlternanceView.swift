import StagesCore
import TerminalKit

/// The alternance contracts list.
enum AlternanceView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visibleAlternanceIDs()
        let t = state.translate
        let columns = [
            Column(t(Strings.Common.student), .flex(2, min: 12)), Column(t(Strings.Alternance.kind), .fixed(8)),
            Column(t(Strings.Alternance.employer), .flex(3, min: 10)), Column(t(Strings.Common.start), .fixed(8)),
            Column(t(Strings.Common.end), .fixed(8)), Column(t(Strings.Alternance.rhythm), .flex(1, min: 8)),
            Column(t(Strings.Common.status), .fixed(12)),
        ]
        func row(_ i: Int) -> [String] {
            let c = state.data.alternances[ids[i]]!
            return [state.fullName(c.studentLogin), c.kind == .apprenticeship ? t(Strings.Alternance.apprent) : t(Strings.Alternance.prof),
             state.organizationName(c.employerID), Format.month(c.start, state.language), Format.month(c.end, state.language), c.rhythm, state.t(c.status.label)]
        }
        func style(_ i: Int) -> Style? { state.data.alternances[ids[i]]?.status == .broken ? Theme.warning : nil }
        ListFrame.render(state, into: &canvas, rect, filters: [
            FilterPicker.Column.alternanceStatus.filter(Strings.Common.statusShort, state, all: Strings.Common.allText),
            state.sortFilter(.alternance, state.alternance.columnSort),
        ], shown: ids.count, total: state.data.alternances.count,
           table: Table(columns: columns, count: ids.count, row: row, rowStyle: style,
                        emptyMessage: t(Strings.Alternance.noContractMatches)),
           selection: state.alternance.selection)
    }
}
