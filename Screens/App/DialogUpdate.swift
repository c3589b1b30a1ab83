import StagesCore
import TerminalKit

/// Keys in a dialog, and what each answer does.
enum DialogUpdate {
    static func handle(_ key: Key, _ layer: DialogLayer, _ state: inout AppState) -> [Effect] {
        var layer = layer
        let response = layer.dialog.handle(key, width: state.size.width)
        switch response {
        case .handled:
            state.layers[state.layers.count - 1] = .dialog(layer)
            return []
        case .cancelled:
            state.layers.removeLast()
            return []
        case .chose(let button):
            state.layers.removeLast()
            return answer(layer, button: button, &state)
        }
    }

    private static func answer(_ layer: DialogLayer, button: Int, _ state: inout AppState) -> [Effect] {
        let actor = state.actor, now = state.now
        let t: (String, String) -> String = state.t
        switch layer.purpose {
        case .sendBack(let id):
            guard button == 0 else { return [] }
            let comment = layer.dialog.input?.text ?? ""
            let effects = Update.change(&state, message: t("Demande renvoyée avec votre commentaire.", "Request sent back with your comment.")) {
                data throws(ModelError) in
                try data.transitionPlacement(id, to: .returned, by: actor, at: now, comment: comment)
                return nil
            }
            if effects.isEmpty { state.layers.append(.dialog(layer)) }  // keep the comment typed so far
            return effects
        case .cancelPlacement(let id):
            guard button == 0 else { return [] }
            return Update.change(&state, message: t("Stage annulé.", "Placement cancelled.")) { data throws(ModelError) in
                try data.transitionPlacement(id, to: .cancelled, by: actor, at: now)
                return nil
            }
        case .changeTrack(let login):
            guard button == 0, var student = state.data.students[login] else { return [] }
            student.track = student.track == .stage ? .alternance : .stage
            return Update.change(&state, message: t("Parcours changé.", "Track changed.")) { data throws(ModelError) in
                try data.save(student, by: actor)
                return nil
            }
        case .closeEditor:
            guard case .editor(let editor)? = state.layers.last else { return [] }
            switch button {
            case 0: return EditorUpdate.save(editor, &state)
            case 1:
                state.layers.removeLast()
                return EditorUpdate.forgetDraft(editor, &state)
            default: break
            }
            return []
        case .quit:
            return button == 0 ? [.quit(status: 0)] : []
        }
    }
}
