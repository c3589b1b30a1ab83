import TerminalKit

/// The few words TerminalKit shows, which it knows in English only: the
/// application gives them in the user's language.
extension KeyNames {
    /// The keys as a French keyboard names them.
    static let french = KeyNames(space: "Espace", enter: "Entrée", escape: "Échap", backTab: "Maj-Tab",
                                 backspace: "Retour arrière", delete: "Suppr", home: "Début", end: "Fin",
                                 pageUp: "Pg préc", pageDown: "Pg suiv")
}

extension AppState {
    /// How keys are written in help and the status bar.
    var keyNames: KeyNames { french ? .french : .english }
    /// What an empty date field shows: the order to type a date in.
    var datePlaceholder: String { t(Strings.Chrome.ddMmYyyy) }
}
