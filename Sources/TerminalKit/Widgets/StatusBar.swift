/// The bottom line: the keys that matter here, and the latest message
/// (saved, conflict, error), which takes the line while it is fresh.
public struct StatusBar {
    public enum Tone: Hashable, Sendable { case info, success, warning, error }

    public var hints: [(key: String, label: String)]
    public var message: (text: String, tone: Tone)?

    public init(hints: [(key: String, label: String)], message: (text: String, tone: Tone)? = nil) {
        self.hints = hints
        self.message = message
    }

    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        canvas.fill(row, style: .reverse)
        if let message {
            let style: Style = switch message.tone {
            case .info: .reverse
            case .success: Style(foreground: .green, bold: true, reverse: true)
            case .warning: Style(foreground: .yellow, bold: true, reverse: true)
            case .error: Style(foreground: .red, bold: true, reverse: true)
            }
            canvas.draw(" " + TextLayout.truncate(message.text, to: row.width - 2), x: row.x, y: row.y, style: style, clip: row)
            return
        }
        var x = row.x + 1
        for hint in hints {
            let width = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
            guard x + width <= row.maxX else { break }
            x = canvas.draw(hint.key, x: x, y: row.y, style: Style(bold: true, reverse: true), clip: row)
            x = canvas.draw(" " + hint.label, x: x, y: row.y, style: .reverse, clip: row) + 2
        }
    }
}
