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

    public func render(into canvas: inout Canvas, in area: Rect) {
        let keyWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let width = min(area.width - 4, max(50, keyWidth + 4 + (entries.map { DisplayWidth.of($0.help) }.max() ?? 0)))
        let box = area.centered(width: width, height: min(area.height - 2, entries.count + 4))
        canvas.fill(box)
        canvas.box(box, title: title)
        let inner = box.inset(horizontal: 2, vertical: 1)
        for (i, entry) in entries.enumerated() where i < inner.height - 1 {
            canvas.draw(TextLayout.fit(entry.keys, to: keyWidth), x: inner.x, y: inner.y + i, style: .bold, clip: inner)
            canvas.draw(TextLayout.truncate(entry.help, to: max(0, inner.width - keyWidth - 2)), x: inner.x + keyWidth + 2,
                        y: inner.y + i, clip: inner)
        }
        canvas.draw(TextLayout.truncate(footer, to: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim, clip: inner)
        canvas.cursor = (inner.x, inner.y)
    }
}
