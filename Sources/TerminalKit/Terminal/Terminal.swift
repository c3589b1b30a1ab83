/// What a terminal does for the application: tell its size, show a canvas
/// (writing only what changed), and hand over the next input event.
/// Two implementations: `HeadlessTerminal` for tests, the ncurses one for people.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows `canvas` and puts the cursor at `canvas.cursor`.
    func present(_ canvas: Canvas)
    /// The next event, waiting at most `timeout` milliseconds (nil: until one
    /// comes), then `.tick`. Returns nil when input has ended for good.
    func nextEvent(timeout: Int?) -> TerminalEvent?
}

/// An input event: a key, or a signal asking the program to stop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// Ctrl-C or SIGINT: stop now, cleanly (exit status 130).
    case interrupt
    /// SIGTERM: stop now, cleanly (exit status 143).
    case terminate
    /// SIGHUP, the terminal or connection gone: stop now, cleanly, like `terminate` (exit status 129).
    case hangUp
    /// The wait for input ran out: a chance to look for others' changes.
    case tick
}
