import StagesCore
import TerminalKit

/// Keys in a dialog, and what each answer does.
enum DialogUpdate {
    /// A dialog: its buttons, or the text it asks for.
    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        guard case .dialog(let layer)? = k.state.layers.last else { return [] }
        let buttons = layer.dialog.input == nil ? layer.dialog.buttons : []
        let initials = buttons.compactMap(\.first).flatMap { [Key.character(Character($0.lowercased())), .character(Character($0.uppercased()))] }
        return [
            k.b([.enter], .open, k.t(Strings.App.choose), k.t(Strings.App.chooseTheHighlightedButton)),
            k.b([.function(2), .control("s")], .saveForm, nil, layer.dialog.input == nil ? k.t(Strings.App.chooseTheHighlightedButton)
                : k.t(Strings.App.confirmTheTextTyped)),
            k.b([.escape], .back, k.t(Strings.App.cancel), k.t(Strings.Common.cancel)),
            k.b([.tab, .backTab] + (buttons.isEmpty ? [] : [.left, .right]), .move, nil, k.t(Strings.App.moveBetweenTheButtons)),
        ] + (initials.isEmpty ? [] : [k.b(initials, .open, nil, k.t(Strings.App.chooseAButtonByIts))])
    }

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
        let t = state.translate
        switch layer.purpose {
        case .sendBack(let id):
            guard button == 0 else { return [] }
            let comment = layer.dialog.input?.text ?? ""
            let effects = Update.change(&state, message: t(Strings.App.requestSentBackWithYour), undoable: true) {
                data throws(ModelError) in
                try data.transitionPlacement(id, to: .returned, by: actor, at: now, comment: comment)
                return nil
            }
            if effects.isEmpty { state.layers.append(.dialog(layer)) }  // keep the comment typed so far
            return effects
        case .validatePlacement(let id):
            guard button == 0 else { return [] }
            return PlacementsScreen.validate(id, &state)
        case .cancelPlacement(let id):
            guard button == 0 else { return [] }
            return Update.change(&state, message: t(Strings.App.placementCancelled), undoable: true) { data throws(ModelError) in
                try data.transitionPlacement(id, to: .cancelled, by: actor, at: now)
                return nil
            }
        case .changeTrack(let login):
            guard button == 0, var student = state.data.students[login] else { return [] }
            student.track = student.track == .stage ? .alternance : .stage
            return Update.change(&state, message: t(Strings.App.trackChanged), undoable: true) { data throws(ModelError) in
                try data.save(student, by: actor, at: now)
            }
        case .mergeOrganizations(let absorbed, let kept):
            guard button == 0 else { return [] }
            return OrganizationsScreen.merge(absorbed, into: kept, &state)
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
        case .submitRequest:
            guard button == 0 else { return [] }
            return StudentUpdate.submit(&state, reply: layer.dialog.input?.text ?? "")
        case .quit:
            return button == 0 ? [.quit(status: 0)] : []
        }
    }
}
