import StagesCore
import TerminalKit

/// A list's filter as a spreadsheet viewer shows one: the column's values with how many rows have each
/// (the list's other filters and search applied), several may be ticked; nothing ticked shows them all.
struct FilterPicker {
    enum Column: Equatable {
        case studentGroup, studentSituation, placementStatus, alternanceStatus
    }

    let column: Column
    /// The values behind the items, in their order.
    let values: [String]
    var list: TickList

    /// Opens the picker of `column` over the current list.
    static func open(_ column: Column, _ state: inout AppState) {
        let rows = column.rows(state)
        let counts = Dictionary(grouping: rows, by: { column.value(of: $0, state) }).mapValues(\.count)
        let values = column.values(state)
        let ticked = state.filter(column)
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
            k.b([.escape], .back, k.t(Strings.App.cancel), k.t(Strings.Common.cancel)),
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
            state.setFilter(picker.column, ticked.count == picker.values.count ? [] : ticked)
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
        case .placementStatus, .alternanceStatus: Strings.Common.filterByStatus
        }
    }

    /// The rows the picker counts: the list's, its other filters and search applied.
    func rows(_ state: AppState) -> [String] {
        switch self {
        case .studentGroup, .studentSituation: state.studentLogins(except: self)
        case .placementStatus: state.searchedPlacementIDs()
        case .alternanceStatus: state.searchedAlternanceIDs()
        }
    }

    /// The value a row has in this column.
    func value(of id: String, _ state: AppState) -> String {
        switch self {
        case .studentGroup: state.data.students[id]?.group ?? ""
        case .studentSituation: state.index.situations[id].map(Self.key) ?? ""
        case .placementStatus: state.data.placements[id]?.status.rawValue ?? ""
        case .alternanceStatus: state.data.alternances[id]?.status.rawValue ?? ""
        }
    }

    /// The values to offer: statuses and situations in their workflow's order, groups by name.
    func values(_ state: AppState) -> [String] {
        switch self {
        case .studentGroup: Set(state.data.students.values.map(\.group)).sorted()
        case .studentSituation: Situation.every.map(Self.key)
        case .placementStatus: PlacementStatus.allCases.map(\.rawValue)
        case .alternanceStatus: AlternanceStatus.allCases.map(\.rawValue)
        }
    }

    func label(_ value: String, _ state: AppState) -> String {
        switch self {
        case .studentGroup: value.isEmpty ? state.t(Strings.Students.noGroup) : value
        case .studentSituation: Situation.every.first { Self.key($0) == value }.map { $0.label(state.language) } ?? value
        case .placementStatus: PlacementStatus(rawValue: value).map { state.t($0.label) } ?? value
        case .alternanceStatus: AlternanceStatus(rawValue: value).map { state.t($0.label) } ?? value
        }
    }

    /// What the list's filter line says of this column: "tous", or the values ticked in the picker's order.
    func said(_ state: AppState, all: LocalizedText) -> String {
        let ticked = state.filter(self)
        return ticked.isEmpty ? state.t(all) : values(state).filter(ticked.contains).map { label($0, state) }.joined(separator: ", ")
    }

    static func key(_ situation: Situation) -> String {
        switch situation {
        case .searching: "searching"
        case .placement(let status): "placement." + status.rawValue
        case .alternance(let status): "alternance." + status.rawValue
        }
    }
}

extension AppState {
    /// The values ticked in `column`'s filter; empty: all.
    func filter(_ column: FilterPicker.Column) -> Set<String> {
        switch column {
        case .studentGroup: students.groups
        case .studentSituation: students.situations
        case .placementStatus: placements.statuses
        case .alternanceStatus: alternance.statuses
        }
    }

    mutating func setFilter(_ column: FilterPicker.Column, _ values: Set<String>) {
        switch column {
        case .studentGroup: students.groups = values
        case .studentSituation: students.situations = values
        case .placementStatus: placements.statuses = values
        case .alternanceStatus: alternance.statuses = values
        }
    }

    /// Whether the current list has a filter to reset (its search aside).
    var listIsFiltered: Bool {
        switch tab {
        case .students: students.isFiltered
        case .placements: !placements.statuses.isEmpty
        case .alternance: !alternance.statuses.isEmpty
        default: false
        }
    }

    /// Every filter of the current list back to all.
    mutating func resetFilters() {
        switch tab {
        case .students:
            students.withoutAnything = false
            students.groups = []
            students.situations = []
        case .placements: placements.statuses = []
        case .alternance: alternance.statuses = []
        default: return
        }
        filtersChanged()
        status = StatusMessage(text: t(Strings.Common.filtersReset), tone: .info)
    }
}
