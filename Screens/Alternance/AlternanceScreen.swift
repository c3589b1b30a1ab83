import StagesCore
import TerminalKit

/// The work-study contracts: the list and a contract's detail share the actions on one contract.
/// Their views are AlternanceView (the list) and DetailView.alternance (one record).
enum AlternanceScreen {
    /// The contracts list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.list(open: k.t("Ouvrir le contrat", "Open the contract"), new: (k.t("nouveau", "new"), k.t("Nouveau contrat", "New contract")),
               edit: k.t("Modifier le contrat", "Edit the contract"), [
            k.b([.character("s")], .filterStatus, k.t("statut", "status"), k.t("Filtrer par statut", "Filter by status")),
            k.b([.character("B")], .breakOff, nil, k.t("Rompre le contrat (date et motif)", "Break the contract (date and reason)")),
        ])
    }

    /// A contract.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.detail([
            k.b([.character("e")], .edit, k.t("modifier", "edit"), k.t("Modifier le contrat", "Edit the contract")),
            k.b([.character("S")], .markSigned, k.t("signé", "signed"), k.t("Marquer signé", "Mark signed")),
            k.b([.character("O")], .markOngoing, nil, k.t("Marquer en cours", "Mark ongoing")),
            k.b([.character("T")], .markCompleted, nil, k.t("Marquer terminé", "Mark completed")),
            k.b([.character("B")], .breakOff, k.t("rompre", "break"), k.t("Rompre le contrat (date et motif)", "Break the contract (date and reason)")),
        ])
    }

    /// What an action does to one alternance, from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        switch action {
        case .new:
            EditorUpdate.open(AlternanceEditor.make(nil, state), &state)
            return []
        case .filterStatus:
            state.alternance.status = cycle(state.alternance.status)
            state.filtersChanged()
            return []
        default:
            break
        }
        guard let id, let contract = state.data.alternances[id] else { return [] }
        let transitions: [Action: (AlternanceStatus, String)] = [
            .markSigned: (.signed, t("Contrat signé.", "Contract signed.")),
            .markOngoing: (.ongoing, t("Contrat en cours.", "Contract ongoing.")),
            .markCompleted: (.completed, t("Contrat terminé.", "Contract completed.")),
        ]
        if let (next, message) = transitions[action] {
            return Update.change(&state, message: message) { [actor = state.actor, now = state.now] data throws(ModelError) in
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
