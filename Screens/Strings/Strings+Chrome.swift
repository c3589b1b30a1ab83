import StagesCore

extension Strings {
    /// The words of Screens/Chrome.
    enum Chrome {
        static let requiredF2SaveEscClose = LocalizedText(
            fr: "* obligatoire · F2 enregistrer · Échap fermer",
            en: "* required · F2 save · Esc close")
        static let daysPresent = LocalizedText(fr: "j de présence", en: "days present")
        static let datesToComplete = LocalizedText(fr: "dates à compléter", en: "dates to complete")
        static let legalMinimum = LocalizedText(fr: "Minimum légal ", en: "Legal minimum ")
        static let agreed = LocalizedText(fr: ", convenu ", en: ", agreed ")
        static let noStipendRequired = LocalizedText(fr: "Gratification non obligatoire", en: "No stipend required")
        static let moreFindings = LocalizedText(fr: "F6 la suite", en: "F6 more")
        static let nextFindings = LocalizedText(fr: "Les constats suivants dans le cadre du bas", en: "The next findings in the bottom panel")
        static let length = LocalizedText(fr: "Durée : ", en: "Length: ")
        static let closeTheHelp = LocalizedText(fr: "Fermer l'aide", en: "Close the help")
        static let more = LocalizedText(fr: "la suite", en: "more")
        static let scrollTheHelp = LocalizedText(fr: "Faire défiler l'aide", en: "Scroll the help")
        static let help = LocalizedText(fr: "Aide — ", en: "Help — ")
        static let moreEscOrToClose = LocalizedText(fr: "↑ ↓ la suite · Échap ou ? pour fermer", en: "↑ ↓ more · Esc or ? to close")
        static let escOrToClose = LocalizedText(fr: "Échap ou ? pour fermer", en: "Esc or ? to close")
        static let mark = LocalizedText(fr: " : ", en: ": ")
        /// Before a status change taken back, in a history.
        static let undone = LocalizedText(fr: "Annulation : ", en: "Undone: ")
        static let ddMmYyyy = LocalizedText(fr: "JJ/MM/AAAA", en: "DD/MM/YYYY")

        /// `atLeast`: more may be found (a search asked of the store, read as far as the screen needs).
        static func shownOfTotal(_ shown: Int, _ total: Int, atLeast: Bool = false) -> LocalizedText {
            let plus = atLeast ? "+" : ""
            return LocalizedText(fr: "\(shown)\(plus) sur \(total)",
                                 en: "\(shown)\(plus) of \(total)")
        }
        static func historyComment(_ comment: String, by person: String, on day: String) -> LocalizedText {
            LocalizedText(fr: "« \(comment) » — \(person), le \(day)",
                          en: "“\(comment)” — \(person), \(day)")
        }
        static func errorsAndWarnings(_ errors: Int, _ warnings: Int) -> LocalizedText {
            LocalizedText(fr: "\(errors) erreur(s), \(warnings) avertissement(s)",
                          en: "\(errors) error(s), \(warnings) warning(s)")
        }

        // The names of keys, given to TerminalKit (see ToolkitWords.swift); the English ones are its own.
        static let keySpace = LocalizedText(fr: "Espace", en: "Space")
        static let keyEnter = LocalizedText(fr: "Entrée", en: "Enter")
        static let keyEscape = LocalizedText(fr: "Échap", en: "Esc")
        static let keyTab = LocalizedText(fr: "Tab", en: "Tab")
        static let keyBackTab = LocalizedText(fr: "Maj-Tab", en: "Shift-Tab")
        static let keyBackspace = LocalizedText(fr: "Retour arrière", en: "Backspace")
        static let keyDelete = LocalizedText(fr: "Suppr", en: "Delete")
        static let keyHome = LocalizedText(fr: "Début", en: "Home")
        static let keyEnd = LocalizedText(fr: "Fin", en: "End")
        static let keyPageUp = LocalizedText(fr: "Pg préc", en: "PgUp")
        static let keyPageDown = LocalizedText(fr: "Pg suiv", en: "PgDn")
        static let keyControl = LocalizedText(fr: "Ctrl", en: "Ctrl")

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            keySpace, keyEnter, keyEscape, keyTab, keyBackTab, keyBackspace, keyDelete, keyHome, keyEnd, keyPageUp, keyPageDown,
            keyControl,
            requiredF2SaveEscClose, daysPresent, datesToComplete, legalMinimum, agreed, noStipendRequired, length, moreFindings,
            nextFindings,
            closeTheHelp, more, scrollTheHelp, help, moreEscOrToClose, escOrToClose, mark, ddMmYyyy,
            undone,
        ]
    }
}
