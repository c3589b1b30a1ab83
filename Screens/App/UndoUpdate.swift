import StagesCore
import StagesStore
import TerminalKit

/// `u`: the last status change of the session taken back. The screens keep the
/// changes; the model (`Dataset.undo`) checks the rights and the records, and
/// writes the reversal in the history.
enum UndoUpdate {
    /// How many status changes a session keeps: enough for any run of slips, without
    /// holding copies of records for the whole day.
    static let depth = 50

    /// The coordinator's key, on the lists and details of records.
    static func key(_ k: SharedKeys) -> KeyBinding<Action> {
        k.b([.character("u")], .undo, nil, k.t(Strings.App.undoTheLastStatusChange))
    }

    /// Keeps a status change just made, with the records it touched.
    static func keep(from before: Dataset, to after: Dataset, touched: ArraySlice<String>, _ state: inout AppState) {
        guard let change = StatusChange(from: before, to: after, touched: touched) else { return }
        state.undoable.append(change)
        if state.undoable.count > depth { state.undoable.removeFirst() }
    }

    static func undo(_ state: inout AppState) -> [Effect] {
        guard let last = state.undoable.last else {
            state.status = StatusMessage(text: state.t(Strings.App.nothingToUndo), tone: .info)
            return []
        }
        let effects = Update.change(&state, message: state.t(last.undoneMessage)) { [actor = state.actor, now = state.now] data throws(ModelError) in
            try data.undo(last, by: actor, at: now)
            return nil
        }
        // Taken back, or refused because the records moved on: either way it is no longer there to undo.
        state.undoable.removeLast()
        return effects
    }
}
