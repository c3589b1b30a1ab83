#if canImport(Glibc)
import Glibc
#endif
import CCurses
import Foundation
import TerminalKit

/// The real terminal, over ncursesw: the only code that talks to ncurses.
/// It writes only the runs `Canvas.diff(from:)` gives against the last frame,
/// repaints everything after a resize or Ctrl-L (a screen garbled by another
/// program's output), and keeps the hardware cursor where the
/// screen put it (the focused field or the selected row) for screen readers.
public final class CursesTerminal: Terminal {
    /// The last frame written, which the next one is diffed against; nil
    /// when the screen must be cleared and written whole (first frame, resize, Ctrl-L).
    private var previous: Canvas?
    /// ncurses refused part of the last frame: the next one is written whole.
    private var lastFrameFailed = false
    private let useColor: Bool
    private var running = true

    /// Why the terminal could not be started; the program prints it and exits
    /// non-zero. `message` says it in English; an application in another
    /// language says it with its own words from the case.
    public enum StartError: Error, Equatable {
        case notATerminal
        case noTerminalType
        case unknownTerminalType(String)
        /// Larger than `maxSize`: ncurses would allocate the whole window several times over.
        case tooLarge(width: Int, height: Int)

        public var message: String {
            switch self {
            case .notATerminal: "\(Self.program) must run in a terminal (input or output is redirected)."
            case .noTerminalType: "TERM is not set: cannot drive this terminal (try TERM=xterm-256color)."
            case .unknownTerminalType(let name): "Unknown or too limited terminal type: TERM=\(name) (try TERM=xterm-256color)."
            case .tooLarge(let width, let height):
                "The window is \(width)×\(height): at most \(CursesTerminal.maxSize.width)×\(CursesTerminal.maxSize.height) is supported."
            }
        }

        /// The program's name as it was started, without its folder.
        public static var program: String {
            URL(fileURLWithPath: CommandLine.arguments.first ?? "program").lastPathComponent
        }
    }

    /// Takes over the terminal. Checks first what would make ncurses exit or
    /// spin: no terminal on stdin/stdout, TERM unset, unknown or "dumb".
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTerminalType }
        guard term != "dumb" else { throw .unknownTerminalType(term) }
        var window = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0,
           Int(window.ws_col) > Self.maxSize.width || Int(window.ws_row) > Self.maxSize.height {
            throw .tooLarge(width: Int(window.ws_col), height: Int(window.ws_row))
        }
        Self.useUTF8Locale()
        useColor = (environment["NO_COLOR"] ?? "").isEmpty
        guard ccurses_start(useColor ? 1 : 0) == 0 else { throw .unknownTerminalType(term) }
    }

    /// The largest window taken on: far beyond any screen, far below what would
    /// let one session (a client announcing 10 000×10 000) fill the server's memory.
    public static let maxSize = Size(width: 1_000, height: 500)

    /// Accents need a UTF-8 locale; servers often run with LANG unset or C.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "C.utf8") }
        }
    }

    /// Gives the terminal back as it was. Also done at exit if forgotten.
    public func stop() {
        guard running else { return }
        running = false
        ccurses_stop()
    }

    deinit { stop() }

    public var size: Size { Size(width: Int(ccurses_cols()), height: Int(ccurses_rows())) }

    public func present(_ canvas: Canvas) {
        var base = previous ?? Canvas(width: 0, height: 0)
        if base.size != canvas.size {
            ccurses_repaint_all()  // the screen is unknown or another size: clear it, write everything
        } else if lastFrameFailed {
            base = Canvas(width: 0, height: 0)  // write every cell again, no need to clear the screen
        }
        var failed = false
        for run in canvas.diff(from: base) where !write(run, screen: canvas.size) { failed = true }
        if let cursor = canvas.cursor {
            ccurses_show_cursor(Int32(cursor.y), Int32(cursor.x))
        } else {
            ccurses_hide_cursor()
        }
        ccurses_refresh()
        previous = canvas
        lastFrameFailed = failed
    }

    /// Writes a run in pieces of one style (a wide grapheme's continuation
    /// goes with it, whatever its own style). False when ncurses refused a piece.
    private func write(_ run: Canvas.Run, screen: Size) -> Bool {
        var written = true
        var start = 0
        while start < run.cells.count {
            let style = run.cells[start].style
            var text = "", scalars = 0, end = start
            while end < run.cells.count {
                let cell = run.cells[end]
                let count = cell.text.unicodeScalars.count
                // ccurses_put takes at most 255 characters.
                if end > start, cell.width > 0, cell.style != style || scalars + count > 200 { break }
                text += cell.text
                scalars += count
                end += 1
            }
            // Writing the bottom-right cell reports an error although it is drawn: the cursor cannot go past it.
            let inCorner = run.y == screen.height - 1 && run.x + end == screen.width
            if !draw(text, x: run.x + start, y: run.y, style: style), !inCorner { written = false }
            start = end
        }
        return written
    }

    private func draw(_ text: String, x: Int, y: Int, style: Style) -> Bool {
        var attributes: Int32 = 0
        if style.bold { attributes |= Int32(CCURSES_BOLD) }
        if style.dim { attributes |= Int32(CCURSES_DIM) }
        if style.underline { attributes |= Int32(CCURSES_UNDERLINE) }
        if style.reverse { attributes |= Int32(CCURSES_REVERSE) }
        let fg = useColor ? Int32(style.foreground?.rawValue ?? -1) : -1
        let bg = useColor ? Int32(style.background?.rawValue ?? -1) : -1
        return ccurses_put(Int32(y), Int32(x), text, attributes, fg, bg) == 0
    }

    /// A signal waiting for `nextEvent`, as the event it will be, without taking it:
    /// for a program busy before its event loop (a store being read) to end at once.
    public var pendingSignal: TerminalEvent? {
        let number = ccurses_pending_signal()
        return number == 0 ? nil : Self.event(forSignal: number)
    }

    private static func event(forSignal number: Int32) -> TerminalEvent {
        switch number {
        case SIGINT: .interrupt
        case SIGHUP: .hangUp
        default: .terminate
        }
    }

    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        var value: UInt32 = 0
        switch Int(ccurses_read(Int32(timeout ?? -1), &value)) {
        case CCURSES_CHAR:
            if value == 12 { previous = nil }  // Ctrl-L: the screen is garbled, draw it again whole
            return value == 3 ? .interrupt : .key(Self.key(forCharacter: value))
        case CCURSES_KEY:
            let key = Self.key(forCode: Int(value))
            if key == .resize { previous = nil }
            return .key(key)
        case CCURSES_TIMEOUT: return .tick
        case CCURSES_SIGNAL: return Self.event(forSignal: Int32(value))
        default: return nil
        }
    }

    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .character("\u{FFFD}") }
            return .character(Character(scalar))
        }
    }

    static func key(forCode code: Int) -> Key {
        switch code {
        case CCURSES_K_UP: .up
        case CCURSES_K_DOWN: .down
        case CCURSES_K_LEFT: .left
        case CCURSES_K_RIGHT: .right
        case CCURSES_K_HOME: .home
        case CCURSES_K_END: .end
        case CCURSES_K_PAGE_UP: .pageUp
        case CCURSES_K_PAGE_DOWN: .pageDown
        case CCURSES_K_DELETE: .delete
        case CCURSES_K_BACKSPACE: .backspace
        case CCURSES_K_BACK_TAB: .backTab
        case CCURSES_K_ENTER: .enter
        case CCURSES_K_WORD_LEFT: .wordLeft
        case CCURSES_K_WORD_RIGHT: .wordRight
        case CCURSES_K_RESIZE: .resize
        default: .function(code - CCURSES_K_F0)
        }
    }
}
