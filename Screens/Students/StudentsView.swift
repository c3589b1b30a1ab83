import StagesCore
import TerminalKit

/// Every student of the year, with track and situation.
enum StudentsView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let logins = state.visibleStudentLogins()
        let t = state.translate
        let columns = [
            Column(t(Strings.Students.lastName), .flex(2, min: 10)), Column(t(Strings.Students.firstName), .flex(2, min: 9)),
            Column(t(Strings.Students.group), .fixed(6)), Column(t(Strings.Common.track), .fixed(10)),
            Column(t(Strings.Common.situation), .flex(3, min: 20)),
        ]
        func row(_ i: Int) -> [String] {
            let s = state.data.students[logins[i]]!
            return [s.lastName, s.firstName, s.group, state.t(s.track.label), state.index.situations[s.login]?.label(state.language) ?? ""]
        }
        func style(_ i: Int) -> Style? {
            return state.index.situations[logins[i]]?.isWithoutAnything == true ? Theme.warning : nil
        }
        ListFrame.render(state, into: &canvas, rect, filters: [
            ListFilter(name: t(Strings.Students.filter), value: state.students.withoutAnything ? t(Strings.Students.unplaced) : t(Strings.Common.allText),
                       isSet: state.students.withoutAnything),
            FilterPicker.Column.studentGroup.filter(Strings.Students.groupShort, state, all: Strings.Common.allText),
            FilterPicker.Column.studentSituation.filter(Strings.Students.situationShort, state, all: Strings.Offers.allText),
            state.sortFilter(.students, state.students.columnSort),
        ], shown: logins.count, total: state.data.students.count,
           table: Table(columns: columns, count: logins.count, row: row, rowStyle: style,
                        emptyMessage: t(Strings.Students.nobodyMatches)),
           selection: state.students.selection)
    }
}
