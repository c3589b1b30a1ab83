import StagesCore
import TerminalKit

/// The placements: the list and a placement's detail share the actions on one placement.
/// Their views are PlacementsView (the list) and DetailView.placement (one record).
enum PlacementsScreen {
    /// The placements list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.list(open: k.t("Ouvrir le stage", "Open the placement"), new: (k.t("nouveau", "new"), k.t("Nouveau stage pour un·e étudiant·e", "New placement for a student")),
               edit: k.t("Modifier le stage", "Edit the placement"), [
            k.b([.character("s")], .filterStatus, k.t("statut", "status"), k.t("Filtrer par statut", "Filter by status")),
            k.b([.character("v")], .validate, k.t("valider", "validate"), k.t("Valider la demande", "Validate the request")),
            k.b([.character("r")], .sendBack, k.t("renvoyer", "send back"), k.t("Renvoyer avec un commentaire", "Send back with a comment")),
        ])
    }

    /// A placement.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.detail([
            k.b([.character("v")], .validate, k.t("valider", "validate"), k.t("Valider la demande", "Validate the request")),
            k.b([.character("r")], .sendBack, k.t("renvoyer", "send back"), k.t("Renvoyer avec un commentaire (obligatoire)", "Send back with a comment (required)")),
            k.b([.character("S")], .markSigned, nil, k.t("Marquer la convention signée", "Mark the agreement signed")),
            k.b([.character("O")], .markOngoing, nil, k.t("Marquer en cours", "Mark ongoing")),
            k.b([.character("T")], .markCompleted, nil, k.t("Marquer terminé", "Mark completed")),
            k.b([.character("A")], .cancel, nil, k.t("Annuler le stage", "Cancel the placement")),
            k.b([.character("B")], .breakOff, nil, k.t("Rompre (date et motif)", "Break off (date and reason)")),
            k.b([.character("e")], .edit, k.t("modifier", "edit"), k.t("Modifier le stage", "Edit the placement")),
        ])
    }

    /// What an action does to one placement, from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        switch action {
        case .new:
            EditorUpdate.open(PlacementEditor.make(nil, state), &state)
            return []
        case .filterStatus:
            state.placements.status = cycle(state.placements.status)
            state.filtersChanged()
            return []
        default:
            break
        }
        guard let id, let placement = state.data.placements[id] else { return [] }
        let transitions: [Action: (PlacementStatus, String)] = [
            .validate: (.validated, t("Demande validée.", "Request validated.")),
            .markSigned: (.signed, t("Convention signée.", "Agreement signed.")),
            .markOngoing: (.ongoing, t("Stage en cours.", "Placement ongoing.")),
            .markCompleted: (.completed, t("Stage terminé.", "Placement completed.")),
        ]
        if let (next, message) = transitions[action] {
            return Update.change(&state, message: message) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionPlacement(id, to: next, by: actor, at: now)
                return nil
            }
        }
        switch action {
        case .open:
            state.layers.append(.placementDetail(id: id, scroll: 0))
        case .edit:
            EditorUpdate.open(PlacementEditor.make(placement, state), &state)
        case .sendBack:
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t("Renvoyer la demande", "Send the request back"),
                message: t("Ce commentaire sera lu par \(state.fullName(placement.studentLogin)).",
                           "\(state.fullName(placement.studentLogin)) will read this comment."),
                buttons: [t("Renvoyer", "Send back"), t("Annuler", "Cancel")], input: TextArea(),
                inputLabel: t("Commentaire (obligatoire) — F2 pour envoyer :", "Comment (required) — F2 to send:")),
                purpose: .sendBack(placementID: id))))
        case .cancel:
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t("Annuler le stage ?", "Cancel the placement?"),
                message: t("Le stage de \(state.fullName(placement.studentLogin)) sera annulé (il reste dans l'historique).",
                           "\(state.fullName(placement.studentLogin))'s placement will be cancelled (it stays in the history)."),
                buttons: [t("Annuler le stage", "Cancel it"), t("Garder", "Keep")], selected: 1),
                purpose: .cancelPlacement(id: id))))
        case .breakOff:
            EditorUpdate.open(SmallForms.rupture(.placementRupture(id: id), state), &state)
        default:
            break
        }
        return []
    }
}
