/// Every key of the current screen in a box, generated from the key table
/// that drives the input, so the help can never disagree with the keys.
public struct HelpOverlay {
    public var title: String
    public var entries: [(keys: String, help: String)]
    public var footer: String

    public init<Action>(title: String, keymap: Keymap<Action>, keyNames: KeyNames = .english, footer: String) {
        self.title = title
        entries = keymap.bindings.map { ($0.keyLabel(keyNames), $0.help) }
        self.footer = footer
    }

    /// The lines the box shows in an area `width` wide: each key and its help wrapped to their columns,
    /// so that nothing is cut (an entry too long for a line takes the next ones).
    public func lines(width: Int) -> [(keys: String, help: String)] {
        let (keyWidth, boxWidth) = widths(width)
        let helpWidth = max(1, boxWidth - 4 - keyWidth - 2)
        return entries.flatMap { entry -> [(keys: String, help: String)] in
            let keys = TextLayout.wrap(entry.keys, to: keyWidth), help = TextLayout.wrap(entry.help, to: helpWidth)
            return (0..<max(keys.count, help.count, 1)).map { (keys[safe: $0] ?? "", help[safe: $0] ?? "") }
        }
    }

    /// The keys' column and the box, in an area `width` wide.
    private func widths(_ width: Int) -> (keys: Int, box: Int) {
        let keyWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        return (keyWidth, min(width - 4, max(50, keyWidth + 4 + (entries.map { DisplayWidth.of($0.help) }.max() ?? 0))))
    }

    /// The box with its lines from `firstLine` on.
    public func render(into canvas: inout Canvas, in area: Rect, firstLine: Int = 0) {
        let (keyWidth, width) = widths(area.width)
        let lines = lines(width: area.width)
        let box = area.centered(width: width, height: min(area.height - 2, lines.count + 4))
        canvas.fill(box)
        canvas.box(box, title: title)
        let inner = box.inset(horizontal: 2, vertical: 1)
        for (i, line) in lines.dropFirst(firstLine).enumerated() where i < inner.height - 1 {
            canvas.draw(line.keys, x: inner.x, y: inner.y + i, style: .bold, clip: inner)
            canvas.draw(line.help, x: inner.x + keyWidth + 2, y: inner.y + i, clip: inner)
        }
        canvas.draw(TextLayout.truncate(footer, to: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim, clip: inner)
        canvas.cursor = (inner.x, inner.y)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
