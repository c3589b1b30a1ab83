import StagesCore
import TerminalKit

/// The student's two forms, as they open: the placement request (with what
/// was last typed put back) and the alternance declaration. A request the
/// student may no longer change opens read-only.
enum StudentForms {
    /// The request the student is working on: the one that still counts, else the latest.
    static func placement(_ state: AppState) -> Placement? {
        state.data.activePlacement(of: state.actor.login)
    }

    static func request(_ state: AppState, draft: [String: String]? = nil) -> Editor? {
        guard state.data.students[state.actor.login]?.track != .alternance else { return nil }
        let placement = placement(state)
        var editor = PlacementEditor.make(placement, state)
        let editable = placement?.status.isEditableByStudent ?? true
        if editable { restore(draft, into: &editor) }
        if !editable {
            for i in editor.form.fields.indices { editor.form.fields[i].readOnly = true }
        }
        editor.showAll = placement != nil
        EditorUpdate.refreshMessages(&editor, state)
        return editor
    }

    static func declaration(_ state: AppState, draft: [String: String]? = nil) -> Editor {
        let contract = state.data.alternance(of: state.actor.login)
        var editor = AlternanceEditor.make(contract, state)
        if let contract, ![.searching, .signed].contains(contract.status) {
            for i in editor.form.fields.indices { editor.form.fields[i].readOnly = true }
        } else {
            restore(draft, into: &editor)
        }
        return editor
    }

    /// Puts back what was typed last time, field by field.
    private static func restore(_ draft: [String: String]?, into editor: inout Editor) {
        if let draft { editor.restore(draft) }
    }

}
