/// The words keys are written with in help and hints. The toolkit knows
/// them in English only; an application in another language gives its own.
public struct KeyNames: Hashable, Sendable {
    public var space: String
    public var enter: String
    public var escape: String
    public var tab: String
    public var backTab: String
    public var backspace: String
    public var delete: String
    public var home: String
    public var end: String
    public var pageUp: String
    public var pageDown: String
    /// Put before the letter of a Ctrl key, with a hyphen: "Ctrl-S".
    public var control: String

    public init(space: String = "Space", enter: String = "Enter", escape: String = "Esc", tab: String = "Tab",
                backTab: String = "Shift-Tab", backspace: String = "Backspace", delete: String = "Delete",
                home: String = "Home", end: String = "End", pageUp: String = "PgUp", pageDown: String = "PgDn",
                control: String = "Ctrl") {
        self.space = space
        self.enter = enter
        self.escape = escape
        self.tab = tab
        self.backTab = backTab
        self.backspace = backspace
        self.delete = delete
        self.home = home
        self.end = end
        self.pageUp = pageUp
        self.pageDown = pageDown
        self.control = control
    }

    public static let english = KeyNames()
}
