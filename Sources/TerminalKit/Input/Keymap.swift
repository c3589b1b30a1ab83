/// A key binding is data: the keys, the action, and the help text, so the
/// help overlay, the status bar and the dispatcher read one table.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public let keys: [Key]
    public let action: Action
    /// Short text for the status bar ("quit"); nil keeps it out of the bar.
    public let hint: String?
    /// The line in the help overlay.
    public let help: String

    public init(_ keys: [Key], _ action: Action, hint: String? = nil, help: String) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.help = help
    }

    /// "Tab, Shift-Tab"
    public func keyLabel(_ names: KeyNames = .english) -> String {
        keys.map { $0.label(names) }.joined(separator: ", ")
    }
}

/// The bindings of one screen. While a text field has focus, typed
/// characters go to the field: only bindings on non-character keys fire.
public struct Keymap<Action: Hashable & Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    public func action(for key: Key, typing: Bool = false) -> Action? {
        if typing, key.isTyping { return nil }
        return bindings.first { $0.keys.contains(key) }?.action
    }

    public static func + (a: Keymap, b: Keymap) -> Keymap { Keymap(a.bindings + b.bindings) }
}
