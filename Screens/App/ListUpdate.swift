import StagesCore
import TerminalKit

/// Keys on a tab's list: moving, searching, filtering, and the actions on the selected row.
enum ListUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.searchBox.isActive { return search(key, &state) }
        guard let action = Keymaps.action(for: key, in: state.screen, state, typing: false) else { return [] }
        if let effects = Update.global(action, key, &state) { return effects }
        switch action {
        case .move:
            if state.tab == .dashboard {
                DashboardView.move(key, &state)
            } else if state.tab == .situation {
                state.situationScroll = DetailUpdate.scrolled(state.situationScroll, by: key, state)
            } else {
                let count = state.rowCount, rows = state.listRows
                state.withSelection { _ = $0.handle(key, count: count, visibleRows: rows) }
                // The end of a search asked of the store and read only in part: once the rest is read.
                if state.tab == .offers, key == .end || key == .character("G"), !state.offerRowCountIsExact {
                    state.catalog?.toEnd = true
                }
            }
            return []
        case .sort where [.placements, .alternance, .students, .organizations].contains(state.tab):
            state.sortByNextColumn()
            return []
        case .open where state.tab == .dashboard:
            DashboardView.open(&state)
            return []
        case .search:
            state.searchBox.isActive = true
            return []
        case .back:
            state.searchBox = SearchBox()
            state.clampSelections()
            return []
        default:
            break
        }
        return state.tab.records?.act(action, state.selectedID, &state) ?? []
    }

    /// A list while its search box takes what is typed.
    static func searchKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        [
            k.b([.enter], .open, k.t(Strings.App.keep), k.t(Strings.App.keepTheSearchAndGo)),
            k.b([.escape], .back, k.t(Strings.App.clear), k.t(Strings.App.clearTheSearch)),
            k.b([.up, .down, .pageUp, .pageDown], .move, nil, k.t(Strings.App.backToTheListMoving)),
        ]
    }

    private static func search(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch Keymaps.action(for: key, in: state.screen, state, typing: true) {
        case .open?:
            state.searchBox.isActive = false
        case .back?:
            state.searchBox = SearchBox()
        case .move?:
            state.searchBox.isActive = false
            return handle(key, &state)
        default:
            _ = state.searchBox.field.handle(key)
            state.withSelection { $0 = ListSelection() }
        }
        state.clampSelections()
        return []
    }

}

extension AppState {
    var searchBox: SearchBox {
        get {
            switch tab {
            case .offers: offers.search
            case .placements: placements.search
            case .alternance: alternance.search
            case .students: students.search
            case .organizations: organizations.search
            case .dashboard, .situation, .request, .declaration: SearchBox()
            }
        }
        set {
            switch tab {
            case .offers: offers.search = newValue
            case .placements: placements.search = newValue
            case .alternance: alternance.search = newValue
            case .students: students.search = newValue
            case .organizations: organizations.search = newValue
            case .dashboard, .situation, .request, .declaration: break
            }
        }
    }

    var rowCount: Int {
        switch tab {
        case .offers: offerRowCount
        case .placements: visiblePlacementIDs().count
        case .alternance: visibleAlternanceIDs().count
        case .students: visibleStudentLogins().count
        case .organizations: visibleOrganizationIDs().count
        case .dashboard, .situation, .request, .declaration: 0
        }
    }

    /// After a filter changed: the current list starts again from its first row.
    mutating func filtersChanged() {
        withSelection { $0 = ListSelection() }
        clampSelections()
    }

    mutating func withSelection(_ body: (inout ListSelection) -> Void) {
        switch tab {
        case .offers: body(&offers.selection)
        case .placements: body(&placements.selection)
        case .alternance: body(&alternance.selection)
        case .students: body(&students.selection)
        case .organizations: body(&organizations.selection)
        case .dashboard, .situation, .request, .declaration: break
        }
    }

    /// The id of the selected row of the current list.
    var selectedID: String? {
        switch tab {
        case .offers: selectedOffer?.id
        case .placements: selectedPlacement?.id
        case .alternance: selectedAlternance?.id
        case .students: selectedStudent?.login
        case .organizations: visibleOrganizationIDs()[safe: organizations.selection.index]
        case .dashboard, .situation, .request, .declaration: nil
        }
    }

    var selectedOffer: Offer? { visibleOfferIDs()[safe: offers.selection.index].flatMap { offerAsShown($0) } }
    var selectedPlacement: Placement? { visiblePlacementIDs()[safe: placements.selection.index].flatMap { data.placements[$0] } }
    var selectedAlternance: Alternance? { visibleAlternanceIDs()[safe: alternance.selection.index].flatMap { data.alternances[$0] } }
    var selectedStudent: Student? { visibleStudentLogins()[safe: students.selection.index].flatMap { data.students[$0] } }
}
