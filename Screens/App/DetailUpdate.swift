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
            StudentsScreen.openTheirs(login, &state)
        case (_, _):
            return layer.record.map { $0.screen.act(action, $0.id, &state) } ?? []
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
