import StagesCore
import TerminalKit

/// The work-study contracts: the list and a contract's detail share the actions on one contract.
/// Their views are AlternanceView (the list) and DetailView.alternance (one record).
enum AlternanceScreen {
    /// The contracts list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        possible(k.list(open: k.t(Strings.Alternance.openTheContract), new: (k.t(Strings.Common.newText), k.t(Strings.Alternance.newContract)),
               edit: k.t(Strings.Alternance.editTheContract), [
            k.b([.character("s")], .filterStatus, k.t(Strings.Common.statusShort), k.t(Strings.Common.filterByStatus)),
            k.b([.character("t")], .sort, nil, k.t(Strings.App.sortByColumn)),
        ] + k.resetFilters + [
            k.b([.character("B")], .breakOff, nil, k.t(Strings.Alternance.breakTheContractDateAnd)),
        ]), k)
    }

    /// A contract.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        possible(k.detail([
            k.b([.character("e")], .edit, k.t(Strings.Common.edit), k.t(Strings.Alternance.editTheContract)),
            k.b([.character("S")], .markSigned, k.t(Strings.Alternance.signed), k.t(Strings.Alternance.markSigned)),
            k.b([.character("O")], .markOngoing, nil, k.t(Strings.Common.markOngoing)),
            k.b([.character("T")], .markCompleted, nil, k.t(Strings.Common.markCompleted)),
            k.b([.character("B")], .breakOff, k.t(Strings.Alternance.breakText), k.t(Strings.Alternance.breakTheContractDateAnd)),
        ]), k)
    }

    /// Only the moves this contract's workflow has from where it stands.
    private static func possible(_ bindings: [KeyBinding<Action>], _ k: SharedKeys) -> [KeyBinding<Action>] {
        k.possible(bindings, from: k.recordID.flatMap { k.state.data.alternances[$0]?.status },
                   [.markSigned: .signed, .markOngoing: .ongoing, .markCompleted: .completed, .breakOff: .broken]) { $0.canMove(to: $1) }
    }

    /// What an action does to one alternance, from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t = state.translate
        switch action {
        case .new:
            EditorUpdate.open(AlternanceEditor.make(nil, state), &state)
            return []
        case .filterStatus:
            FilterPicker.open(.alternanceStatus, &state)
            return []
        case .resetFilters:
            state.resetFilters()
            return []
        default:
            break
        }
        guard let id, let contract = state.data.alternances[id] else { return [] }
        let transitions: [Action: (AlternanceStatus, String)] = [
            .markSigned: (.signed, t(Strings.Alternance.contractSigned)),
            .markOngoing: (.ongoing, t(Strings.Alternance.contractOngoing)),
            .markCompleted: (.completed, t(Strings.Alternance.contractCompleted)),
        ]
        if let (next, message) = transitions[action] {
            return Update.change(&state, message: message, undoable: true) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionAlternance(id, to: next, by: actor, at: now)
            }
        }
        switch action {
        case .open: state.layers.append(.alternanceDetail(id: id, scroll: 0))
        case .edit: EditorUpdate.open(AlternanceEditor.make(contract, state), &state)
        case .breakOff: EditorUpdate.open(SmallForms.rupture(.alternanceRupture(id: id), state), &state)
        default: break
        }
        return []
    }
}
