import StagesCore
import TerminalKit

extension Strings {
    /// The words of Screens/App.
    enum App {
        static let choose = LocalizedText(fr: "choisir", en: "choose")
        static let chooseTheHighlightedButton = LocalizedText(
            fr: "Choisir le bouton en surbrillance",
            en: "Choose the highlighted button")
        static let confirmTheTextTyped = LocalizedText(fr: "Valider le texte saisi", en: "Confirm the text typed")
        static let cancel = LocalizedText(fr: "annuler", en: "cancel")
        static let moveBetweenTheButtons = LocalizedText(fr: "Passer d'un bouton à l'autre", en: "Move between the buttons")
        static let chooseAButtonByIts = LocalizedText(
            fr: "Choisir un bouton par son initiale",
            en: "Choose a button by its first letter")
        static let requestSentBackWithYour = LocalizedText(
            fr: "Demande renvoyée avec votre commentaire.",
            en: "Request sent back with your comment.")
        static let placementCancelled = LocalizedText(fr: "Stage annulé.", en: "Placement cancelled.")
        static let trackChanged = LocalizedText(fr: "Parcours changé.", en: "Track changed.")
        static let save = LocalizedText(fr: "Enregistrer", en: "Save")
        static let closeTheFormAsksWhether = LocalizedText(
            fr: "Fermer le formulaire (demande s'il faut enregistrer)",
            en: "Close the form (asks whether to save)")
        static let quitAtOnce = LocalizedText(fr: "Quitter tout de suite", en: "Quit at once")
        static let closeTheForm = LocalizedText(fr: "Fermer le formulaire", en: "Close the form")
        static let someChangesAreNotSaved = LocalizedText(
            fr: "Des modifications ne sont pas enregistrées.",
            en: "Some changes are not saved.")
        static let discard = LocalizedText(fr: "Abandonner", en: "Discard")
        static let keepEditing = LocalizedText(fr: "Continuer", en: "Keep editing")
        static let interruptedInputRestoredF2Saves = LocalizedText(
            fr: "Saisie interrompue reprise : F2 pour l'enregistrer, Échap pour l'abandonner.",
            en: "Interrupted input restored: F2 saves it, Esc drops it.")
        static let requestSaved = LocalizedText(fr: "Demande enregistrée.", en: "Request saved.")
        static let offerSaved = LocalizedText(fr: "Offre enregistrée.", en: "Offer saved.")
        static let ruptureRecorded = LocalizedText(fr: "Rupture enregistrée.", en: "Rupture recorded.")
        static let offerFilled = LocalizedText(fr: "Offre pourvue.", en: "Offer filled.")
        static let keep = LocalizedText(fr: "garder", en: "keep")
        static let keepTheSearchAndGo = LocalizedText(
            fr: "Garder la recherche et revenir à la liste",
            en: "Keep the search and go back to the list")
        static let clear = LocalizedText(fr: "effacer", en: "clear")
        static let clearTheSearch = LocalizedText(fr: "Effacer la recherche", en: "Clear the search")
        static let backToTheListMoving = LocalizedText(fr: "Revenir à la liste et s'y déplacer", en: "Back to the list, moving in it")
        static let moveInTheList = LocalizedText(fr: "Se déplacer dans la liste", en: "Move in the list")
        static let search = LocalizedText(fr: "chercher", en: "search")
        static let searchTheListAccentsIgnored = LocalizedText(
            fr: "Chercher dans la liste (sans tenir compte des accents)",
            en: "Search the list (accents ignored)")
        static let backToTheListTo = LocalizedText(fr: "Revenir à la liste et y chercher", en: "Back to the list, to search it")
        static let goToATab = LocalizedText(fr: "Aller à un onglet", en: "Go to a tab")
        static let goToATabFunction = LocalizedText(fr: "Aller à un onglet (touches de fonction)", en: "Go to a tab (function keys)")
        static let nextTab = LocalizedText(fr: "Onglet suivant", en: "Next tab")
        static let previousTab = LocalizedText(fr: "Onglet précédent", en: "Previous tab")
        static let help = LocalizedText(fr: "aide", en: "help")
        static let everyKeyOfThisScreen = LocalizedText(fr: "Toutes les touches de cet écran", en: "Every key of this screen")
        static let quit = LocalizedText(fr: "quitter", en: "quit")
        static let quitTitle = LocalizedText(fr: "Quitter", en: "Quit")
        static let scrollHomeEndTopBottom = LocalizedText(
            fr: "Faire défiler (Début, Fin : tout en haut, tout en bas)",
            en: "Scroll (Home, End: top, bottom)")
        static let nextField = LocalizedText(fr: "champ suivant", en: "next field")
        static let nextPreviousFieldEnterOutside = LocalizedText(
            fr: "Champ suivant, précédent (↑ ↓ Entrée hors d'un texte sur plusieurs lignes)",
            en: "Next, previous field (↑ ↓ Enter outside a text of several lines)")
        static let everyKeyWhenNotTyping = LocalizedText(
            fr: "Toutes les touches de cet écran (? hors saisie)",
            en: "Every key of this screen (? when not typing)")
        static let openText = LocalizedText(fr: "ouvrir", en: "open")
        static let back = LocalizedText(fr: "retour", en: "back")
        static let goBack = LocalizedText(fr: "Revenir en arrière", en: "Go back")
        static let cannotReload = LocalizedText(fr: "Relecture impossible : ", en: "Cannot reload: ")
        static let draftNotKept = LocalizedText(fr: "Brouillon non gardé : ", en: "Draft not kept: ")
        static let dataReloaded = LocalizedText(fr: "Données relues.", en: "Data reloaded.")
        static let offline = LocalizedText(fr: "hors ligne", en: "offline")
        static let quitQuestion = LocalizedText(fr: "Quitter ?", en: "Quit?")
        static let theLastSaveFailedChanges = LocalizedText(
            fr: "Le dernier enregistrement a échoué : des modifications seraient perdues.",
            en: "The last save failed: changes would be lost.")
        static let stay = LocalizedText(fr: "Rester", en: "Stay")

        static func sortedBy(_ column: String, descending: Bool) -> LocalizedText {
            LocalizedText(fr: "Tri : \(column) \(descending ? "↓ décroissant" : "↑ croissant")",
                          en: "Sorted by \(column) \(descending ? "↓ descending" : "↑ ascending")")
        }
        static let listOwnOrder = LocalizedText(fr: "Tri : l'ordre de la liste", en: "Sorted in the list's own order")
        static let ownOrder = LocalizedText(fr: "par défaut", en: "default")
        static let sortByColumn = LocalizedText(fr: "Trier par colonne (t encore : l'autre sens, puis la suivante)",
                                                en: "Sort by column (t again: the other way, then the next one)")
        static func archiveReadOnly(_ year: String) -> LocalizedText {
            LocalizedText(fr: "Archive de l'année \(year) : lecture seule, rien ne s'y enregistre.",
                          en: "Archive of \(year): read-only, nothing is saved to it.")
        }
        static func archiveTitle(_ year: String) -> LocalizedText {
            LocalizedText(fr: "archive \(year), lecture seule", en: "archive \(year), read-only")
        }
        static func conflict(_ what: String, store: String) -> LocalizedText {
            LocalizedText(fr: "Conflit : \(what) modifié ailleurs en même temps ; leur version est gardée, la vôtre est dans \(store).conflicts/.",
                          en: "Conflict: \(what) changed elsewhere at the same time; theirs is kept, yours is in \(store).conflicts/.")
        }
        // Someone else saved the record of an open form (EditorUpdate, FieldMerge).
        static let takeTheirs = LocalizedText(fr: "prendre l'autre", en: "take theirs")
        static let takeTheirValueForThisField = LocalizedText(
            fr: "Prendre pour ce champ la valeur enregistrée entre-temps par quelqu'un d'autre",
            en: "Take for this field the value someone else saved meanwhile")
        static let noOtherValueHere = LocalizedText(fr: "Ce champ n'a pas d'autre valeur à prendre.",
                                                    en: "This field has no other value to take.")
        static func alsoChangedElsewhere(_ value: String) -> LocalizedText {
            let shown = value.isEmpty ? nil : value.replacingOccurrences(of: "\n", with: " ↵ ")
            return LocalizedText(fr: "Enregistré entre-temps ailleurs : \(shown.map { "« \($0) »" } ?? "(vide)") — F4 le prend",
                                 en: "Saved meanwhile elsewhere: \(shown.map { "“\($0)”" } ?? "(empty)") — F4 takes it")
        }
        static func alsoChangedByOthers(_ count: Int) -> LocalizedText {
            LocalizedText(fr: "\(count) champ(s) changé(s) aussi ailleurs : F4 prend l'autre, F2 garde le vôtre.",
                          en: "\(count) field(s) also changed elsewhere: F4 takes theirs, F2 keeps yours.")
        }
        static func withOthersChanges(_ count: Int) -> LocalizedText {
            LocalizedText(fr: "\(count) champ(s) pris de l'autre version.",
                          en: "\(count) field(s) taken from the other version.")
        }
        static func loading(percent: Int) -> LocalizedText {
            LocalizedText(fr: "Lecture des étudiants, stages et contrats… \(percent) %",
                          en: "Reading students, placements and contracts… \(percent)%")
        }
        static func windowTooSmall(_ size: Size) -> LocalizedText {
            LocalizedText(fr: "Fenêtre trop petite : \(size.width)×\(size.height). Agrandissez-la à 80×24 au moins.",
                          en: "Window too small: \(size.width)×\(size.height). Make it at least 80×24.")
        }

        static let undoTheLastStatusChange = LocalizedText(
            fr: "Annuler le dernier changement de statut",
            en: "Undo the last status change")
        static let nothingToUndo = LocalizedText(
            fr: "Rien à annuler : aucun changement de statut dans cette session.",
            en: "Nothing to undo: no status change in this session.")

        // The tabs.
        static let tabSituation = LocalizedText(fr: "Ma situation", en: "My situation")
        static let tabRequest = LocalizedText(fr: "Ma demande de stage", en: "My placement request")
        static let tabDeclaration = LocalizedText(fr: "Mon alternance", en: "My work-study")
        static let tabOffers = LocalizedText(fr: "Offres", en: "Offers")
        static let tabPlacements = LocalizedText(fr: "Stages", en: "Placements")
        static let tabAlternance = LocalizedText(fr: "Alternance", en: "Work-study")
        static let tabStudents = LocalizedText(fr: "Étudiants", en: "Students")
        static let tabDashboard = LocalizedText(fr: "Tableau de bord", en: "Dashboard")

        // The offers' filters and sort orders.
        static let notWithdrawn = LocalizedText(fr: "non retirées", en: "not withdrawn")
        static let sortReceived = LocalizedText(fr: "réception", en: "received")

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            listOwnOrder, ownOrder, sortByColumn,
            tabSituation, tabRequest, tabDeclaration, tabOffers, tabPlacements, tabAlternance, tabStudents, tabDashboard,
            notWithdrawn, sortReceived,
            choose, chooseTheHighlightedButton, confirmTheTextTyped, cancel, moveBetweenTheButtons, chooseAButtonByIts,
            requestSentBackWithYour, placementCancelled, trackChanged, save, closeTheFormAsksWhether, quitAtOnce,
            closeTheForm, someChangesAreNotSaved, discard, keepEditing, interruptedInputRestoredF2Saves, requestSaved,
            offerSaved, ruptureRecorded, offerFilled, keep, keepTheSearchAndGo, clear, clearTheSearch,
            backToTheListMoving, moveInTheList, search, searchTheListAccentsIgnored, backToTheListTo, goToATab,
            goToATabFunction, nextTab, previousTab, help, everyKeyOfThisScreen, quit, quitTitle, scrollHomeEndTopBottom,
            nextField, nextPreviousFieldEnterOutside, everyKeyWhenNotTyping, openText, back, goBack, cannotReload,
            draftNotKept, dataReloaded, offline, quitQuestion, theLastSaveFailedChanges, stay,
            takeTheirs, takeTheirValueForThisField, noOtherValueHere, loading(percent: 40),
            undoTheLastStatusChange, nothingToUndo,
        ]
    }
}
