import StagesCore
import TerminalKit

/// A list's filter as a spreadsheet viewer shows one: the column's values with how many rows have each
/// (the list's other filters and search applied), several may be ticked; nothing ticked shows them all.
struct FilterPicker {
    enum Column: Equatable {
        case studentGroup, studentSituation
    }

    let column: Column
    /// The values behind the items, in their order.
    let values: [String]
    var list: TickList

    /// Opens the picker of `column` over the current list.
    static func open(_ column: Column, _ state: inout AppState) {
        let rows = state.studentLogins(except: column)
        let counts = Dictionary(grouping: rows, by: { column.value(of: $0, state) }).mapValues(\.count)
        let values = column.values(state)
        let ticked = state.students.filter(column)
        let items = values.map { TickList.Item(label: column.label($0, state), count: counts[$0] ?? 0, ticked: ticked.contains($0)) }
        let picker = FilterPicker(column: column, values: values, list: TickList(title: state.t(column.title), items: items))
        state.layers.append(.picker(picker))
    }

    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        [
            k.b([.character(" ")], .move, k.t(Strings.Students.tick), k.t(Strings.Students.tickOrUntick)),
            k.b([.character("a")], .move, nil, k.t(Strings.Students.tickAllOrNone)),
            k.b([.enter], .open, k.t(Strings.Students.apply), k.t(Strings.Students.showTheRowsTicked)),
            k.b([.up, .down, .pageUp, .pageDown, .home, .end], .move, nil, k.t(Strings.App.moveInTheList)),
            k.b([.escape], .back, k.t(Strings.Common.cancel), k.t(Strings.Common.cancel)),
        ]
    }

    static func handle(_ key: Key, _ picker: FilterPicker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        switch picker.list.handle(key, visibleRows: TickList.visibleRows(in: Rect(x: 0, y: 0, width: state.size.width,
                                                                                  height: state.pageRows), count: picker.values.count)) {
        case .handled:
            state.layers[state.layers.count - 1] = .picker(picker)
        case .cancelled:
            state.layers.removeLast()
        case .applied:
            state.layers.removeLast()
            let ticked = Set(picker.list.ticked.map { picker.values[$0] })
            // All ticked is no filter: the list shows everything, values to come included.
            state.students.setFilter(picker.column, ticked.count == picker.values.count ? [] : ticked)
            state.filtersChanged()
        }
        return []
    }

    func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        list.render(into: &canvas, in: rect, footer: state.t(Strings.Students.pickerFooter))
    }
}

extension FilterPicker.Column {
    var title: LocalizedText {
        switch self {
        case .studentGroup: Strings.Students.filterByGroup
        case .studentSituation: Strings.Students.filterBySituation
        }
    }

    /// The value a student has in this column.
    func value(of login: String, _ state: AppState) -> String {
        switch self {
        case .studentGroup: state.data.students[login]?.group ?? ""
        case .studentSituation: state.index.situations[login].map(Self.key) ?? ""
        }
    }

    /// The values to offer: every situation, in the workflow's order; the groups found, by name.
    func values(_ state: AppState) -> [String] {
        switch self {
        case .studentGroup: Set(state.data.students.values.map(\.group)).sorted()
        case .studentSituation: Situation.every.map(Self.key)
        }
    }

    func label(_ value: String, _ state: AppState) -> String {
        switch self {
        case .studentGroup: value.isEmpty ? state.t(Strings.Students.noGroup) : value
        case .studentSituation: Situation.every.first { Self.key($0) == value }.map { $0.label(state.language) } ?? value
        }
    }

    static func key(_ situation: Situation) -> String {
        switch situation {
        case .searching: "searching"
        case .placement(let status): "placement." + status.rawValue
        case .alternance(let status): "alternance." + status.rawValue
        }
    }
}
