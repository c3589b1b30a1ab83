import StagesCore
import TerminalKit

/// A list's filter as a spreadsheet viewer shows one: the column's values with how many rows have each
/// (the list's other filters and search applied), several may be ticked; nothing ticked shows them all.
struct FilterPicker {
    enum Column: Equatable {
        case studentGroup, studentSituation, placementStatus, alternanceStatus
        case offerStatus, offerDomain, offerCity

        var isOffers: Bool { [.offerStatus, .offerDomain, .offerCity].contains(self) }
    }

    let column: Column
    /// The values behind the items, in their order.
    let values: [String]
    var list: TickList

    /// Opens the picker of `column` over the current list.
    static func open(_ column: Column, _ state: inout AppState) {
        let values = column.values(state)
        let ticked = state.filter(column)
        let items = values.map { TickList.Item(label: column.label($0, state), count: nil, ticked: ticked.contains($0)) }
        var picker = FilterPicker(column: column, values: values, list: TickList(title: state.t(column.title), items: items))
        picker.count(column.counts(state))
        state.layers.append(.picker(picker))
    }

    /// The counts of an offers filter open over a search, come from the store meanwhile.
    static func recount(_ state: inout AppState) {
        guard case .picker(var picker)? = state.layers.last else { return }
        picker.count(picker.column.counts(state))
        state.layers[state.layers.count - 1] = .picker(picker)
    }

    /// Each value's count (nil: not known yet); what is ticked stays.
    private mutating func count(_ counts: [String: Int]?) {
        for (i, value) in values.enumerated() { list.items[i].count = counts.map { $0[value] ?? 0 } }
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
        case .placementStatus, .alternanceStatus, .offerStatus: Strings.Common.filterByStatus
        case .offerDomain: Strings.Offers.filterByDomain
        case .offerCity: Strings.Offers.filterByCity
        }
    }

    /// How many rows have each value: those of the list with its other filters and search applied;
    /// nil while the store has not said (offers asked of a database, over a search).
    func counts(_ state: AppState) -> [String: Int]? {
        if isOffers {
            guard let summary = state.searchedOfferSummary() else { return nil }
            var query = state.offerQuery
            switch self {
            case .offerStatus: query.statuses = state.shownOfferStatuses
            case .offerDomain: query.domains = nil
            default: query.cities = nil
            }
            return summary.groups.reduce(into: [:]) { counts, entry in
                let (group, n) = entry
                guard query.keeps(group.status, group.domain, group.city) else { return }
                let value = switch self {
                case .offerStatus: group.status.rawValue
                case .offerDomain: group.domain.rawValue
                default: group.city
                }
                counts[value, default: 0] += n
            }
        }
        let rows: [String] = switch self {
        case .placementStatus: state.searchedPlacementIDs()
        case .alternanceStatus: state.searchedAlternanceIDs()
        default: state.studentLogins(except: self)
        }
        return Dictionary(grouping: rows, by: { value(of: $0, state) }).mapValues(\.count)
    }

    /// The value a row of a list held in memory has in this column.
    private func value(of id: String, _ state: AppState) -> String {
        switch self {
        case .studentGroup: state.data.students[id]?.group ?? ""
        case .studentSituation: state.index.situations[id].map(Self.key) ?? ""
        case .placementStatus: state.data.placements[id]?.status.rawValue ?? ""
        case .alternanceStatus: state.data.alternances[id]?.status.rawValue ?? ""
        case .offerStatus, .offerDomain, .offerCity: ""
        }
    }

    /// The values to offer: statuses and situations in their workflow's order, groups by name.
    func values(_ state: AppState) -> [String] {
        switch self {
        case .studentGroup: Set(state.data.students.values.map(\.group)).sorted()
        case .studentSituation: Situation.every.map(Self.key)
        case .placementStatus: PlacementStatus.allCases.map(\.rawValue)
        case .alternanceStatus: AlternanceStatus.allCases.map(\.rawValue)
        case .offerStatus: state.offerStatusChoices.map(\.rawValue)
        case .offerDomain: Domain.allCases.map(\.rawValue)
        case .offerCity: state.offerCities()
        }
    }

    func label(_ value: String, _ state: AppState) -> String {
        switch self {
        case .studentGroup: value.isEmpty ? state.t(Strings.Students.noGroup) : value
        case .studentSituation: Situation.every.first { Self.key($0) == value }.map { $0.label(state.language) } ?? value
        case .placementStatus: PlacementStatus(rawValue: value).map { state.t($0.label) } ?? value
        case .alternanceStatus: AlternanceStatus(rawValue: value).map { state.t($0.label) } ?? value
        case .offerStatus: OfferStatus(rawValue: value).map { state.t($0.label) } ?? value
        case .offerDomain: Domain(rawValue: value).map { state.t($0.label) } ?? value
        case .offerCity: value
        }
    }

    /// The filters of each list.
    static func of(_ tab: Tab) -> [Self] {
        switch tab {
        case .offers: [.offerDomain, .offerStatus, .offerCity]
        case .placements: [.placementStatus]
        case .alternance: [.alternanceStatus]
        case .students: [.studentGroup, .studentSituation]
        default: []
        }
    }

    /// What is ticked when the list opens, and again after `z`: nothing (all), but for the coordinator's offers'
    /// statuses, which leave out the withdrawn ones.
    func opening(_ state: AppState) -> Set<String> {
        self == .offerStatus ? state.defaultOfferStatuses : []
    }

    /// The list's filter line's entry for this column.
    func filter(_ name: LocalizedText, _ state: AppState, all: LocalizedText) -> ListFilter {
        ListFilter(name: state.t(name), value: said(state, all: all), isSet: state.filter(self) != opening(state))
    }

    /// What the list's filter line says of this column: "tous", or the values ticked in the picker's order
    /// (the coordinator's offers as they open: "non retirées").
    func said(_ state: AppState, all: LocalizedText) -> String {
        let ticked = state.filter(self)
        if !ticked.isEmpty, ticked == opening(state) { return state.t(Strings.App.notWithdrawn) }
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
        case .offerStatus: offers.statuses
        case .offerDomain: offers.domains
        case .offerCity: offers.cities
        }
    }

    mutating func setFilter(_ column: FilterPicker.Column, _ values: Set<String>) {
        switch column {
        case .studentGroup: students.groups = values
        case .studentSituation: students.situations = values
        case .placementStatus: placements.statuses = values
        case .alternanceStatus: alternance.statuses = values
        case .offerStatus: offers.statuses = values
        case .offerDomain: offers.domains = values
        case .offerCity: offers.cities = values
        }
    }

    /// Whether the current list has a filter to reset (its search aside): one not as the list opens.
    var listIsFiltered: Bool {
        (tab == .students && students.withoutAnything) || FilterPicker.Column.of(tab).contains { filter($0) != $0.opening(self) }
    }

    /// Every filter of the current list back to how the list opens.
    mutating func resetFilters() {
        let columns = FilterPicker.Column.of(tab)
        guard !columns.isEmpty else { return }
        if tab == .students { students.withoutAnything = false }
        for column in columns { setFilter(column, column.opening(self)) }
        filtersChanged()
        status = StatusMessage(text: t(Strings.Common.filtersReset), tone: .info)
    }
}
