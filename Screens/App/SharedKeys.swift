import StagesCore
import TerminalKit

/// The keys several screens share, and the way every table writes a binding,
/// in the user's language. Each screen's own table lives with its update.
struct SharedKeys {
    let state: AppState

    func t(_ text: LocalizedText) -> String { state.t(text) }

    func b(_ keys: [Key], _ action: Action, _ hint: String?, _ help: String) -> KeyBinding<Action> {
        KeyBinding(keys, action, hint: hint, help: help)
    }

    var moves: KeyBinding<Action> {
        b([.up, .down, .character("j"), .character("k"), .pageUp, .pageDown, .home, .end, .character("g"), .character("G")],
          .move, nil, t(Strings.App.moveInTheList))
    }

    var search: KeyBinding<Action> {
        b([.character("/")], .search, t(Strings.App.search),
          t(Strings.App.searchTheListAccentsIgnored))
    }

    /// On a detail, `/` goes back to the list and searches it.
    var searchFromDetail: KeyBinding<Action> {
        b([.character("/")], .search, t(Strings.App.search), t(Strings.App.backToTheListTo))
    }

    /// The keys every list and detail shares; `search` only where there is a list to search.
    func global(_ search: KeyBinding<Action>?) -> [KeyBinding<Action>] {
        [
            b(state.tabs.indices.map { .character(Character(String($0 + 1))) }, .goToTab, nil,
              t(Strings.App.goToATab)),
            b(state.tabs.indices.map { .function($0 + 1) }, .goToTab, nil,
              t(Strings.App.goToATabFunction)),
            b([.tab], .nextTab, nil, t(Strings.App.nextTab)),
            b([.backTab], .previousTab, nil, t(Strings.App.previousTab)),
        ] + (search.map { [$0] } ?? []) + [
            b([.character("R"), .control("r")], .refresh, nil, t(Strings.Common.reloadTheDataOthersChanges)),
            b([.character("?")], .help, t(Strings.App.help), t(Strings.App.everyKeyOfThisScreen)),
            b([.character("q")], .quit, t(Strings.App.quit), t(Strings.App.quitTitle)),
        ]
    }

    /// Only a page longer than the window scrolls.
    var scroll: [KeyBinding<Action>] {
        state.pageScrolls ? [b([.up, .down, .pageUp, .pageDown, .home, .end], .move, nil,
                               t(Strings.App.scrollHomeEndTopBottom))] : []
    }

    /// `z`, while the list has a filter to reset (see `AppState.resetFilters`).
    var resetFilters: [KeyBinding<Action>] {
        state.listIsFiltered ? [b([.character("z")], .resetFilters, nil, t(Strings.Common.resetTheFilters))] : []
    }

    /// A form of one field has nowhere to move.
    var fieldMoves: [KeyBinding<Action>] {
        let form: Form? = switch state.baseLayer {
        case .editor(let editor)?: editor.form
        case nil: (state.tab == .request ? state.request : state.tab == .declaration ? state.declaration : nil)?.form
        default: nil
        }
        return (form?.fields.count ?? 0) > 1
            ? [b([.tab, .backTab, .down, .up, .enter], .move, t(Strings.App.nextField),
                 t(Strings.App.nextPreviousFieldEnterOutside))] : []
    }

    /// Help in a form, where `?` is typed into the field.
    var help: KeyBinding<Action> {
        b([.function(1), .character("?")], .help, t(Strings.App.help),
          t(Strings.App.everyKeyWhenNotTyping))
    }

    /// A list's table: clear the search, open, move, new and edit, then `rest`, then the shared keys.
    func list(open: String, new: (hint: String, help: String), edit: String, _ rest: [KeyBinding<Action>]) -> [KeyBinding<Action>] {
        clear + [
            b([.enter], .open, t(Strings.App.openText), open), moves,
            b([.character("n")], .new, new.hint, new.help),
            b([.character("e")], .edit, nil, edit),
        ] + rest + [UndoUpdate.key(self)] + global(search)
    }

    /// Keys for moves a record's workflow does not have from `status` are neither shown
    /// nor taken: `v` on a completed placement is not offered, rather than offered and refused.
    func possible<S>(_ bindings: [KeyBinding<Action>], from status: S?, _ moves: [Action: S],
                     canMove: (S, S) -> Bool) -> [KeyBinding<Action>] {
        guard let status else { return bindings }
        return bindings.filter { moves[$0.action].map { canMove(status, $0) } ?? true }
    }

    /// The record the keys act on: the detail on top, else the list's selection.
    var recordID: String? {
        state.layers.last { $0.record != nil }?.record?.id ?? (state.layers.isEmpty ? state.selectedID : nil)
    }

    /// A record's table: back and scrolling, then `rest`, then the shared keys.
    func detail(_ rest: [KeyBinding<Action>]) -> [KeyBinding<Action>] {
        [back] + scroll + rest + [UndoUpdate.key(self)] + global(searchFromDetail)
    }

    var back: KeyBinding<Action> { b([.escape], .back, t(Strings.App.back), t(Strings.App.goBack)) }

    /// Esc on a list clears its search, when there is one.
    var clear: [KeyBinding<Action>] {
        state.searchBox.query.isEmpty ? [] : [b([.escape], .back, nil, t(Strings.App.clearTheSearch))]
    }
}
