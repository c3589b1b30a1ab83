import StagesCore
import TerminalKit

/// Keys on a record's detail: scrolling, going back, and the record's actions.
enum DetailUpdate {
    static func handle(_ key: Key, _ layer: Layer, _ state: inout AppState) -> [Effect] {
        guard let action = Keymaps.action(for: key, in: layer.screen, state, typing: false) else { return [] }
        if let effects = Update.global(action, key, &state) { return effects }
        switch (action, layer) {
        case (.back, _):
            state.layers.removeLast()
        case (.search, _):
            // The list's query is not in view here: the search starts afresh.
            state.layers.removeAll()
            state.searchBox = SearchBox()
            state.searchBox.isActive = true
            state.withSelection { $0 = ListSelection() }
            state.clampSelections()
        case (.move, _):
            state.layers[state.layers.count - 1] = layer.scrolled(to: scrolled(layer.scroll, by: key, state))
        case (.open, .studentDetail(let login, _)):
            if let placement = state.data.activePlacement(of: login)
                ?? state.data.placements.values.filter({ $0.studentLogin == login }).max(by: { $0.start < $1.start }),
               state.data.students[login]?.track != .alternance || state.data.alternance(of: login) == nil {
                state.layers.append(.placementDetail(id: placement.id, scroll: 0))
            } else if let contract = state.data.alternance(of: login) {
                state.layers.append(.alternanceDetail(id: contract.id, scroll: 0))
            } else {
                state.status = StatusMessage(text: state.t("Ni stage ni contrat pour l'instant.", "No placement nor contract yet."),
                                             tone: .info)
            }
        case (_, .offerDetail(let id, _)):
            return OffersScreen.act(action, id, &state)
        case (_, .placementDetail(let id, _)):
            return PlacementsScreen.act(action, id, &state)
        case (_, .alternanceDetail(let id, _)):
            return AlternanceScreen.act(action, id, &state)
        case (_, .studentDetail(let login, _)):
            return StudentsScreen.act(action, login, &state)
        default:
            break
        }
        return []
    }

    /// A scroll offset moved by an arrow, a page, Home or End, kept so the
    /// page's last line stays at the bottom of the body (see DetailView.render).
    static func scrolled(_ offset: Int, by key: Key, _ state: AppState) -> Int {
        let rows = state.pageRows
        let last = max(0, (state.pageLineCount ?? 0) - rows)
        let moved = switch key {
        case .up: offset - 1
        case .down: offset + 1
        case .pageUp: offset - (rows - 1)
        case .pageDown: offset + (rows - 1)
        case .home: 0
        case .end: last
        default: offset
        }
        return min(max(0, moved), last)
    }
}
