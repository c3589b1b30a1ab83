import StagesCore
import TerminalKit

/// The few words TerminalKit shows, which it knows in English only: the
/// application gives them in the user's language, from its string table.
extension AppState {
    /// How keys are written in help and the status bar.
    var keyNames: KeyNames {
        typealias K = Strings.Chrome
        return KeyNames(space: t(K.keySpace), enter: t(K.keyEnter), escape: t(K.keyEscape), tab: t(K.keyTab),
                        backTab: t(K.keyBackTab), backspace: t(K.keyBackspace), delete: t(K.keyDelete), home: t(K.keyHome),
                        end: t(K.keyEnd), pageUp: t(K.keyPageUp), pageDown: t(K.keyPageDown), control: t(K.keyControl))
    }
    /// What an empty date field shows: the order to type a date in.
    var datePlaceholder: String { t(Strings.Chrome.ddMmYyyy) }
}
