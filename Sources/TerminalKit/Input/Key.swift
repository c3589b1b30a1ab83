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

    /// How the key is written in help and hints: "Enter", "F2", "Ctrl-S", "/",
    /// named with the application's words.
    public func label(_ names: KeyNames = .english) -> String {
        switch self {
        case .character(" "): names.space
        case .character(let c): String(c)
        case .enter: names.enter
        case .escape: names.escape
        case .tab: names.tab
        case .backTab: names.backTab
        case .backspace: names.backspace
        case .delete: names.delete
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: names.home
        case .end: names.end
        case .pageUp: names.pageUp
        case .pageDown: names.pageDown
        case .wordLeft: names.control + "-←"
        case .wordRight: names.control + "-→"
        case .function(let n): "F\(n)"
        case .control(let c): names.control + "-" + String(c).uppercased()
        case .resize: "resize"
        }
    }
}
