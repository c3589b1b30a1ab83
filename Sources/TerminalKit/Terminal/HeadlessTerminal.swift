/// A terminal in memory for tests: it keeps every frame it was shown and
/// plays back scripted keys. `screen` is the last frame as text.
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frames: [Canvas] = []
    /// Scripted events; a resize carries the size it takes effect with.
    private var pending: [(event: TerminalEvent, size: Size?)] = []

    public init(width: Int = 80, height: Int = 24) {
        size = Size(width: width, height: height)
    }

    public var lastFrame: Canvas? { frames.last }
    public var screen: String { lastFrame?.text ?? "" }

    public func present(_ canvas: Canvas) {
        frames.append(canvas)
    }

    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        guard !pending.isEmpty else { return nil }
        let next = pending.removeFirst()
        if let newSize = next.size { size = newSize }
        return next.event
    }

    /// Whether every scripted event has been read.
    public var isDrained: Bool { pending.isEmpty }

    public func press(_ keys: Key...) { press(keys) }

    public func press(_ keys: [Key]) {
        pending += keys.map { (.key($0), nil) }
    }

    /// Types text one character at a time, as a person would.
    public func type(_ text: String) {
        press(text.map { Key.character($0) })
    }

    public func send(_ event: TerminalEvent) {
        pending.append((event, nil))
    }

    /// Changes the size when this event is read, as a real terminal does.
    public func resize(width: Int, height: Int) {
        pending.append((.key(.resize), Size(width: width, height: height)))
    }
}
