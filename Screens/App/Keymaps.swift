import StagesCore
import TerminalKit

/// Everything a key can ask for.
enum Action: Hashable, Sendable {
    /// `goToTab` takes the tab from the key pressed: its digit or its function key.
    case quit, help, back, goToTab, nextTab, previousTab, search, refresh
    /// Arrows, pages, Home/End: handled by the list, the form or the scrolling view.
    case move
    case open, new, edit, duplicate
    case filterDomain, filterStatus, filterCity, sort, filterWithoutAnything
    case markFilled, withdraw, reopen
    case validate, sendBack, markSigned, markOngoing, markCompleted, cancel, breakOff
    case changeTrack
    case saveForm, submit
}

/// Where the keys are being read: each place has its own table, and the
/// help overlay and status bar are drawn from the same table.
enum KeyContext: Equatable {
    case list(Tab), offerDetail, placementDetail, alternanceDetail, studentDetail, editor, dialog, help
    /// A list while its search box takes the keys typed.
    case search(Tab)
    /// The student's own request or declaration form, which is a tab, not a layer.
    case studentForm(Tab)
}

/// The key tables, in the user's language.
enum Keymaps {
    /// What only the coordinator may ask for: a student's tables leave these out.
    static let coordinatorOnly: Set<Action> = [
        .new, .edit, .duplicate, .markFilled, .withdraw, .reopen, .validate, .sendBack, .markSigned, .markOngoing,
        .markCompleted, .cancel, .breakOff, .changeTrack, .filterWithoutAnything,
    ]

    static func bindings(_ context: KeyContext, _ state: AppState) -> Keymap<Action> {
        let all = allBindings(context, state)
        return state.actor.isCoordinator ? all : Keymap(all.bindings.filter { !coordinatorOnly.contains($0.action) })
    }

    private static func allBindings(_ context: KeyContext, _ state: AppState) -> Keymap<Action> {
        let t: (String, String) -> String = state.t
        func b(_ keys: [Key], _ action: Action, _ hint: String?, _ help: String) -> KeyBinding<Action> {
            KeyBinding(keys, action, hint: hint, help: help)
        }
        let moves = b([.up, .down, .character("j"), .character("k"), .pageUp, .pageDown, .home, .end, .character("g"), .character("G")],
                      .move, nil, t("Se déplacer dans la liste", "Move in the list"))
        let search = b([.character("/")], .search, t("chercher", "search"),
                       t("Chercher dans la liste (sans tenir compte des accents)", "Search the list (accents ignored)"))
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
        /// On a detail, `/` goes back to the list and searches it.
        let searchFromDetail = b([.character("/")], .search, t("chercher", "search"),
                                 t("Revenir à la liste et y chercher", "Back to the list, to search it"))
        /// Only a page longer than the window scrolls.
        let scroll = state.pageScrolls ? [b([.up, .down, .pageUp, .pageDown, .home, .end], .move, nil,
                                            t("Faire défiler (Début, Fin : tout en haut, tout en bas)", "Scroll (Home, End: top, bottom)"))] : []
        let form: Form? = switch state.layers.last(where: { if case .help = $0 { false } else { true } }) {
        case .editor(let editor)?: editor.form
        case nil: (state.tab == .request ? state.request : state.tab == .declaration ? state.declaration : nil)?.form
        default: nil
        }
        /// A form of one field has nowhere to move.
        let fieldMoves = (form?.fields.count ?? 0) > 1
            ? [b([.tab, .backTab], .move, t("champ suivant", "next field"), t("Champ suivant, précédent (aussi ↑ ↓)", "Next, previous field (also ↑ ↓)"))] : []
        let help = b([.function(1), .character("?")], .help, t("aide", "help"),
                     t("Toutes les touches de cet écran (? hors saisie)", "Every key of this screen (? when not typing)"))
        let back = b([.escape], .back, t("retour", "back"), t("Revenir en arrière", "Go back"))
        let clear = state.searchBox.query.isEmpty ? [] : [b([.escape], .back, nil, t("Effacer la recherche", "Clear the search"))]
        switch context {
        case .list(.offers):
            return Keymap(clear + [
                b([.enter], .open, t("ouvrir", "open"), t("Ouvrir l'offre", "Open the offer")), moves,
                b([.character("n")], .new, t("nouvelle", "new"), t("Nouvelle offre", "New offer")),
                b([.character("e")], .edit, nil, t("Modifier l'offre", "Edit the offer")),
                b([.character("c")], .duplicate, nil, t("Dupliquer l'offre", "Duplicate the offer")),
                b([.character("d")], .filterDomain, nil, t("Filtrer par domaine", "Filter by domain")),
                b([.character("s")], .filterStatus, t("statut", "status"), t("Filtrer par statut", "Filter by status")),
                b([.character("v")], .filterCity, nil, t("Filtrer par ville", "Filter by city")),
                b([.character("t")], .sort, nil, t("Changer le tri (réception, début, organisme, date limite)", "Change the order (received, start, organisation, apply-by)")),
                b([.character("p")], .markFilled, nil, t("Marquer pourvue (et par qui)", "Mark filled (and by whom)")),
                b([.character("x")], .withdraw, nil, t("Retirer l'offre", "Withdraw the offer")),
                b([.character("o")], .reopen, nil, t("Rouvrir l'offre", "Open the offer again")),
            ] + global(search))
        case .offerDetail:
            return Keymap([
                back,
            ] + scroll + [
                b([.character("e")], .edit, t("modifier", "edit"), t("Modifier l'offre", "Edit the offer")),
                b([.character("c")], .duplicate, nil, t("Dupliquer l'offre", "Duplicate the offer")),
                b([.character("p")], .markFilled, t("pourvue", "filled"), t("Marquer pourvue (et par qui)", "Mark filled (and by whom)")),
                b([.character("x")], .withdraw, nil, t("Retirer l'offre", "Withdraw the offer")),
                b([.character("o")], .reopen, nil, t("Rouvrir l'offre", "Open the offer again")),
            ] + global(searchFromDetail))
        case .list(.placements):
            return Keymap(clear + [
                b([.enter], .open, t("ouvrir", "open"), t("Ouvrir le stage", "Open the placement")), moves,
                b([.character("n")], .new, t("nouveau", "new"), t("Nouveau stage pour un·e étudiant·e", "New placement for a student")),
                b([.character("e")], .edit, nil, t("Modifier le stage", "Edit the placement")),
                b([.character("s")], .filterStatus, t("statut", "status"), t("Filtrer par statut", "Filter by status")),
                b([.character("v")], .validate, t("valider", "validate"), t("Valider la demande", "Validate the request")),
                b([.character("r")], .sendBack, t("renvoyer", "send back"), t("Renvoyer avec un commentaire", "Send back with a comment")),
            ] + global(search))
        case .placementDetail:
            return Keymap([
                back,
            ] + scroll + [
                b([.character("v")], .validate, t("valider", "validate"), t("Valider la demande", "Validate the request")),
                b([.character("r")], .sendBack, t("renvoyer", "send back"), t("Renvoyer avec un commentaire (obligatoire)", "Send back with a comment (required)")),
                b([.character("S")], .markSigned, nil, t("Marquer la convention signée", "Mark the agreement signed")),
                b([.character("O")], .markOngoing, nil, t("Marquer en cours", "Mark ongoing")),
                b([.character("T")], .markCompleted, nil, t("Marquer terminé", "Mark completed")),
                b([.character("A")], .cancel, nil, t("Annuler le stage", "Cancel the placement")),
                b([.character("B")], .breakOff, nil, t("Rompre (date et motif)", "Break off (date and reason)")),
                b([.character("e")], .edit, t("modifier", "edit"), t("Modifier le stage", "Edit the placement")),
            ] + global(searchFromDetail))
        case .list(.alternance):
            return Keymap(clear + [
                b([.enter], .open, t("ouvrir", "open"), t("Ouvrir le contrat", "Open the contract")), moves,
                b([.character("n")], .new, t("nouveau", "new"), t("Nouveau contrat", "New contract")),
                b([.character("e")], .edit, nil, t("Modifier le contrat", "Edit the contract")),
                b([.character("s")], .filterStatus, t("statut", "status"), t("Filtrer par statut", "Filter by status")),
                b([.character("B")], .breakOff, nil, t("Rompre le contrat (date et motif)", "Break the contract (date and reason)")),
            ] + global(search))
        case .alternanceDetail:
            return Keymap([
                back,
            ] + scroll + [
                b([.character("e")], .edit, t("modifier", "edit"), t("Modifier le contrat", "Edit the contract")),
                b([.character("S")], .markSigned, t("signé", "signed"), t("Marquer signé", "Mark signed")),
                b([.character("O")], .markOngoing, nil, t("Marquer en cours", "Mark ongoing")),
                b([.character("T")], .markCompleted, nil, t("Marquer terminé", "Mark completed")),
                b([.character("B")], .breakOff, t("rompre", "break"), t("Rompre le contrat (date et motif)", "Break the contract (date and reason)")),
            ] + global(searchFromDetail))
        case .list(.students):
            return Keymap(clear + [
                b([.enter], .open, t("ouvrir", "open"), t("Ouvrir la fiche", "Open the record")), moves,
                b([.character("n")], .new, t("nouveau", "new"), t("Nouvel·le étudiant·e", "New student")),
                b([.character("e")], .edit, nil, t("Modifier la fiche", "Edit the record")),
                b([.character("f")], .filterWithoutAnything, t("sans solution", "unplaced"), t("Seulement celles et ceux sans rien encore", "Only those with nothing yet")),
                b([.character("p")], .changeTrack, nil, t("Changer de parcours (stage / alternance)", "Change track (internship / work-study)")),
            ] + global(search))
        case .studentDetail:
            return Keymap([
                back,
            ] + scroll + [
                b([.enter], .open, t("ouvrir son stage ou contrat", "open placement or contract"), t("Ouvrir son stage ou son contrat", "Open their placement or contract")),
                b([.character("e")], .edit, t("modifier", "edit"), t("Modifier la fiche", "Edit the record")),
                b([.character("p")], .changeTrack, nil, t("Changer de parcours (stage / alternance)", "Change track (internship / work-study)")),
            ] + global(searchFromDetail))
        case .studentForm(let tab):
            return Keymap([
                b([.function(2), .control("s")], .saveForm, t("enregistrer", "save"),
                  tab == .request ? t("Enregistrer le brouillon", "Save the draft") : t("Enregistrer la déclaration", "Save the declaration")),
            ] + (tab == .request ? [b([.function(5), .control("t")], .submit, t("soumettre", "submit"),
                                      t("Soumettre la demande au responsable des stages", "Submit the request to the coordinator"))] : []) + [
                b([.tab, .backTab], .move, t("champ suivant", "next field"), t("Champ suivant, précédent (aussi ↑ ↓)", "Next, previous field (also ↑ ↓)")),
                b([.escape], .back, t("ma situation", "my situation"),
                  t("Revenir à ma situation (le brouillon est gardé), d'où 1 à 4 changent d'onglet",
                    "Back to my situation (the draft is kept), where 1 to 4 change tabs")),
                b([.control("r")], .refresh, nil, t("Relire les données (changements des autres)", "Reload the data (others' changes)")),
                help,
                b([.character("q")], .quit, nil, t("Quitter, hors saisie (le brouillon est gardé ; Ctrl-C partout)",
                                                     "Quit, when not typing (the draft is kept; Ctrl-C anywhere)")),
            ])
        case .list(.situation):
            return Keymap(scroll + [
                b([.enter], .open, t("ma demande", "my request"), t("Ouvrir ma demande de stage (ou mon alternance)", "Open my placement request (or my work-study)")),
            ] + global(nil))
        case .list(.dashboard):
            return Keymap(scroll + global(nil))
        case .list(.request), .list(.declaration):
            // The tab says why there is no form: nothing to scroll.
            return Keymap(global(nil))
        case .editor:
            return Keymap([
                b([.function(2), .control("s")], .saveForm, t("enregistrer", "save"), t("Enregistrer", "Save")),
            ] + fieldMoves + [
                b([.escape], .back, t("fermer", "close"), t("Fermer le formulaire (demande s'il faut enregistrer)", "Close the form (asks whether to save)")),
                help,
                b([.control("c")], .quit, nil, t("Quitter tout de suite", "Quit at once")),
            ])
        case .dialog:
            guard case .dialog(let layer)? = state.layers.last else { return Keymap([]) }
            let buttons = layer.dialog.input == nil ? layer.dialog.buttons : []
            let initials = buttons.compactMap(\.first).flatMap { [Key.character(Character($0.lowercased())), .character(Character($0.uppercased()))] }
            return Keymap([
                b([.enter], .open, t("choisir", "choose"), t("Choisir le bouton en surbrillance", "Choose the highlighted button")),
                b([.function(2), .control("s")], .saveForm, nil, layer.dialog.input == nil ? t("Choisir le bouton en surbrillance", "Choose the highlighted button")
                    : t("Valider le texte saisi", "Confirm the text typed")),
                b([.escape], .back, t("annuler", "cancel"), t("Annuler", "Cancel")),
                b([.tab, .backTab] + (buttons.isEmpty ? [] : [.left, .right]), .move, nil, t("Passer d'un bouton à l'autre", "Move between the buttons")),
            ] + (initials.isEmpty ? [] : [b(initials, .open, nil, t("Choisir un bouton par son initiale", "Choose a button by its first letter"))]))
        case .search:
            return Keymap([
                b([.enter], .open, t("garder", "keep"), t("Garder la recherche et revenir à la liste", "Keep the search and go back to the list")),
                b([.escape], .back, t("effacer", "clear"), t("Effacer la recherche", "Clear the search")),
                b([.up, .down, .pageUp, .pageDown], .move, nil, t("Revenir à la liste et s'y déplacer", "Back to the list, moving in it")),
            ])
        case .help:
            return Keymap([b([.escape, .character("?"), .character("q")], .back, t("fermer", "close"), t("Fermer l'aide", "Close the help"))])
        }
    }

    /// The action a key asks for in `context`; letters do not count while typing.
    static func action(for key: Key, in context: KeyContext, _ state: AppState, typing: Bool) -> Action? {
        bindings(context, state).action(for: key, typing: typing)
    }

    /// The tab a `goToTab` key names: its digit or its function key.
    static func tab(for key: Key, _ state: AppState) -> Tab? {
        switch key {
        case .character(let c) where c.isASCII && c.isNumber: state.tabs[safe: Int(String(c))! - 1]
        case .function(let n): state.tabs[safe: n - 1]
        default: nil
        }
    }
}
