/// What the user pressed. A typed "é", "ç" or "œ" is one `.character`.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case wordLeft, wordRight
    case function(Int)
    /// Ctrl and a letter, lowercase: `.control("c")`.
    case control(Character)
    /// The window changed size; the screen must be drawn again whole.
    case resize

    /// A key that types text into a focused field.
    public var isTyping: Bool {
        if case .character = self { return true }
        return false
    }

    /// How the key is written in help and hints: "Entrée", "F2", "Ctrl-S", "/".
    public func label(french: Bool) -> String {
        switch self {
        case .character(" "): french ? "Espace" : "Space"
        case .character(let c): String(c)
        case .enter: french ? "Entrée" : "Enter"
        case .escape: french ? "Échap" : "Esc"
        case .tab: "Tab"
        case .backTab: french ? "Maj-Tab" : "Shift-Tab"
        case .backspace: french ? "Retour arrière" : "Backspace"
        case .delete: french ? "Suppr" : "Delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: french ? "Début" : "Home"
        case .end: french ? "Fin" : "End"
        case .pageUp: french ? "Pg préc" : "PgUp"
        case .pageDown: french ? "Pg suiv" : "PgDn"
        case .wordLeft: "Ctrl-←"
        case .wordRight: "Ctrl-→"
        case .function(let n): "F\(n)"
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .resize: "resize"
        }
    }
}
