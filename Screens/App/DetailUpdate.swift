import StagesCore
import TerminalKit

/// Keys on a record's detail: scrolling, going back, and the record's actions.
enum DetailUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard case let layer? = state.layers.last else { return [] }
        let context: KeyContext
        switch layer {
        case .offerDetail: context = .offerDetail
        case .placementDetail: context = .placementDetail
        case .alternanceDetail: context = .alternanceDetail
        case .studentDetail: context = .studentDetail
        default: return []
        }
        guard let action = Keymaps.action(for: key, in: context, state, typing: false) else { return [] }
        if let effects = Update.global(action, &state) { return effects }
        switch (action, layer) {
        case (.back, _):
            state.layers.removeLast()
        case (.move, .offerDetail(let id, let scroll)):
            state.layers[state.layers.count - 1] = .offerDetail(id: id, scroll: scrolled(scroll, by: key))
        case (.move, .placementDetail(let id, let scroll)):
            state.layers[state.layers.count - 1] = .placementDetail(id: id, scroll: scrolled(scroll, by: key))
        case (.move, .alternanceDetail(let id, let scroll)):
            state.layers[state.layers.count - 1] = .alternanceDetail(id: id, scroll: scrolled(scroll, by: key))
        case (.move, .studentDetail(let login, let scroll)):
            state.layers[state.layers.count - 1] = .studentDetail(login: login, scroll: scrolled(scroll, by: key))
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
            return ListUpdate.offerAction(action, id, &state)
        case (_, .placementDetail(let id, _)):
            return ListUpdate.placementAction(action, id, &state)
        case (_, .alternanceDetail(let id, _)):
            return ListUpdate.alternanceAction(action, id, &state)
        case (_, .studentDetail(let login, _)):
            return ListUpdate.studentAction(action, login, &state)
        default:
            break
        }
        return []
    }

    /// A scroll offset moved by an arrow or a page key; the view clamps the end.
    static func scrolled(_ offset: Int, by key: Key) -> Int {
        switch key {
        case .up: max(0, offset - 1)
        case .down: offset + 1
        case .pageUp: max(0, offset - 10)
        case .pageDown: offset + 10
        case .home, .character("g"): 0
        default: offset
        }
    }
}
