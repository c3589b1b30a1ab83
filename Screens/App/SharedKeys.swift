import StagesCore
import TerminalKit

/// The keys several screens share, and the way every table writes a binding,
/// in the user's language. Each screen's own table lives with its update.
struct SharedKeys {
    let state: AppState

    func t(_ fr: String, _ en: String) -> String { state.t(fr, en) }

    func b(_ keys: [Key], _ action: Action, _ hint: String?, _ help: String) -> KeyBinding<Action> {
        KeyBinding(keys, action, hint: hint, help: help)
    }

    var moves: KeyBinding<Action> {
        b([.up, .down, .character("j"), .character("k"), .pageUp, .pageDown, .home, .end, .character("g"), .character("G")],
          .move, nil, t("Se déplacer dans la liste", "Move in the list"))
    }

    var search: KeyBinding<Action> {
        b([.character("/")], .search, t("chercher", "search"),
          t("Chercher dans la liste (sans tenir compte des accents)", "Search the list (accents ignored)"))
    }

    /// On a detail, `/` goes back to the list and searches it.
    var searchFromDetail: KeyBinding<Action> {
        b([.character("/")], .search, t("chercher", "search"), t("Revenir à la liste et y chercher", "Back to the list, to search it"))
    }

    /// The keys every list and detail shares; `search` only where there is a list to search.
    func global(_ search: KeyBinding<Action>?) -> [KeyBinding<Action>] {
        [
            b(state.tabs.indices.map { .character(Character(String($0 + 1))) }, .goToTab, nil,
              t("Aller à un onglet", "Go to a tab")),
            b(state.tabs.indices.map { .function($0 + 1) }, .goToTab, nil,
              t("Aller à un onglet (touches de fonction)", "Go to a tab (function keys)")),
            b([.tab], .nextTab, nil, t("Onglet suivant", "Next tab")),
            b([.backTab], .previousTab, nil, t("Onglet précédent", "Previous tab")),
        ] + (search.map { [$0] } ?? []) + [
            b([.character("R"), .control("r")], .refresh, nil, t("Relire les données (changements des autres)", "Reload the data (others' changes)")),
            b([.character("?")], .help, t("aide", "help"), t("Toutes les touches de cet écran", "Every key of this screen")),
            b([.character("q")], .quit, t("quitter", "quit"), t("Quitter", "Quit")),
        ]
    }

    /// Only a page longer than the window scrolls.
    var scroll: [KeyBinding<Action>] {
        state.pageScrolls ? [b([.up, .down, .pageUp, .pageDown, .home, .end], .move, nil,
                               t("Faire défiler (Début, Fin : tout en haut, tout en bas)", "Scroll (Home, End: top, bottom)"))] : []
    }

    /// A form of one field has nowhere to move.
    var fieldMoves: [KeyBinding<Action>] {
        let form: Form? = switch state.baseLayer {
        case .editor(let editor)?: editor.form
        case nil: (state.tab == .request ? state.request : state.tab == .declaration ? state.declaration : nil)?.form
        default: nil
        }
        return (form?.fields.count ?? 0) > 1
            ? [b([.tab, .backTab, .down, .up, .enter], .move, t("champ suivant", "next field"),
                 t("Champ suivant, précédent (↑ ↓ Entrée hors d'un texte sur plusieurs lignes)",
                   "Next, previous field (↑ ↓ Enter outside a text of several lines)"))] : []
    }

    /// Help in a form, where `?` is typed into the field.
    var help: KeyBinding<Action> {
        b([.function(1), .character("?")], .help, t("aide", "help"),
          t("Toutes les touches de cet écran (? hors saisie)", "Every key of this screen (? when not typing)"))
    }

    /// A list's table: clear the search, open, move, new and edit, then `rest`, then the shared keys.
    func list(open: String, new: (hint: String, help: String), edit: String, _ rest: [KeyBinding<Action>]) -> [KeyBinding<Action>] {
        clear + [
            b([.enter], .open, t("ouvrir", "open"), open), moves,
            b([.character("n")], .new, new.hint, new.help),
            b([.character("e")], .edit, nil, edit),
        ] + rest + global(search)
    }

    /// A record's table: back and scrolling, then `rest`, then the shared keys.
    func detail(_ rest: [KeyBinding<Action>]) -> [KeyBinding<Action>] {
        [back] + scroll + rest + global(searchFromDetail)
    }

    var back: KeyBinding<Action> { b([.escape], .back, t("retour", "back"), t("Revenir en arrière", "Go back")) }

    /// Esc on a list clears its search, when there is one.
    var clear: [KeyBinding<Action>] {
        state.searchBox.query.isEmpty ? [] : [b([.escape], .back, nil, t("Effacer la recherche", "Clear the search"))]
    }
}
