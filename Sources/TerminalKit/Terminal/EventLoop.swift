/// An interactive program as the event loop sees it: it draws itself and
/// answers events. Everything it does to the world it does through its own
/// effects; the loop only reads input and shows frames.
public protocol InteractiveProgram {
    /// Draws the whole screen into `canvas`.
    func render(into canvas: inout Canvas)
    /// Answers one event, knowing the terminal's size; returns false when the program is finished.
    mutating func handle(_ event: TerminalEvent, size: Size) -> Bool
    /// What to show when the window is under `Size.minimum`.
    func tooSmallMessage(_ size: Size) -> String
}

/// Reads events and shows frames until the program is finished or the input
/// ends (a headless terminal with no more scripted keys).
public enum EventLoop {
    /// How the loop ended, for the exit status: 0, or 128 + the signal's number after one (129, 130, 143).
    public enum Ending: Equatable, Sendable {
        case finished, interrupted, terminated, hungUp, inputEnded

        /// How a signal's event ends the loop; nil for any other event.
        public init?(signal event: TerminalEvent) {
            switch event {
            case .interrupt: self = .interrupted
            case .terminate: self = .terminated
            case .hangUp: self = .hungUp
            default: return nil
            }
        }

        public var exitStatus: Int32 {
            switch self {
            case .finished, .inputEnded: 0
            case .hungUp: 129
            case .interrupted: 130
            case .terminated: 143
            }
        }
    }

    @discardableResult
    public static func run<P: InteractiveProgram>(_ program: inout P, on terminal: Terminal,
                                                  idleTimeout: Int? = nil) -> Ending {
        present(program, on: terminal)
        while let event = terminal.nextEvent(timeout: idleTimeout) {
            guard program.handle(event, size: terminal.size) else { return Ending(signal: event) ?? .finished }
            present(program, on: terminal)
        }
        return .inputEnded
    }

    public static func frame<P: InteractiveProgram>(_ program: P, size: Size) -> Canvas {
        var canvas = Canvas(size)
        if size.width < Size.minimum.width || size.height < Size.minimum.height {
            let lines = TextLayout.wrap(program.tooSmallMessage(size), to: max(1, size.width - 2))
            for (i, line) in lines.enumerated() {
                canvas.draw(line, x: 1, y: max(0, size.height / 2 - lines.count / 2) + i, style: .bold)
            }
            canvas.cursor = (0, 0)
        } else {
            program.render(into: &canvas)
        }
        return canvas
    }

    private static func present<P: InteractiveProgram>(_ program: P, on terminal: Terminal) {
        terminal.present(frame(program, size: terminal.size))
    }
}
