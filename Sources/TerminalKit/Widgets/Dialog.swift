/// A modal box over the screen: a message with buttons (confirm, inform),
/// optionally with a text input (a comment, a reason). ← → or Tab choose a
/// button, Enter answers, Esc cancels; a button's first letter answers too.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public var selected: Int
    /// A text to type before answering, such as the comment of a return.
    public var input: TextArea?
    public var inputLabel: String?

    public init(title: String, message: String, buttons: [String], selected: Int = 0,
                input: TextArea? = nil, inputLabel: String? = nil) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selected = selected
        self.input = input
        self.inputLabel = inputLabel
    }

    public enum Response: Hashable, Sendable {
        case chose(Int)
        case cancelled
        case handled
    }

    static let inputRows = 3

    public mutating func handle(_ key: Key, width: Int = 60) -> Response {
        switch key {
        case .escape: return .cancelled
        case .enter where input == nil: return .chose(selected)
        case .function(2), .control("s"): return .chose(selected)
        case .tab: selected = (selected + 1) % max(1, buttons.count)
        case .backTab: selected = (selected + max(1, buttons.count) - 1) % max(1, buttons.count)
        case .right where input == nil: selected = (selected + 1) % max(1, buttons.count)
        case .left where input == nil: selected = (selected + max(1, buttons.count) - 1) % max(1, buttons.count)
        case .character(let c) where input == nil:
            let letter = String(c).lowercased()
            if let hit = buttons.firstIndex(where: { $0.lowercased().hasPrefix(letter) }) { return .chose(hit) }
        default:
            if var area = input, area.handle(key, width: Self.boxWidth(width) - 4, height: Self.inputRows) {
                input = area
            } else if key == .enter {
                return .chose(selected)
            }
        }
        return .handled
    }

    static func boxWidth(_ available: Int) -> Int { min(available - 4, 64) }

    public func render(into canvas: inout Canvas, in area: Rect, style: Style = .plain,
                       buttonStyle: Style = .reverse) {
        let width = Self.boxWidth(area.width)
        let lines = TextLayout.wrap(message, to: width - 4)
        let inputHeight = input == nil ? 0 : Self.inputRows + (inputLabel == nil ? 1 : 2)
        let height = min(area.height, lines.count + inputHeight + 4)
        let box = area.centered(width: width, height: height)
        canvas.fill(box, style: style)
        canvas.box(box, style: style, title: title)
        let inner = box.inset(horizontal: 2, vertical: 1)
        for (i, line) in lines.enumerated() where i < inner.height {
            canvas.draw(line, x: inner.x, y: inner.y + i, style: style, clip: inner)
        }
        var y = inner.y + lines.count + 1
        if let area = input {
            if let inputLabel {
                canvas.draw(inputLabel, x: inner.x, y: y, style: Style(bold: true), clip: inner)
                y += 1
            }
            area.render(into: &canvas, in: Rect(x: inner.x, y: y, width: inner.width, height: Self.inputRows).intersection(inner),
                        style: Style(underline: true), focused: true)
            y += Self.inputRows + 1
        }
        let row = box.maxY - 2
        var x = inner.x
        for (i, button) in buttons.enumerated() {
            let label = "[ \(button) ]"
            x = canvas.draw(label, x: x, y: row, style: i == selected ? buttonStyle : style, clip: inner) + 2
        }
        if input == nil, buttons.indices.contains(selected) {
            let before = buttons.prefix(selected).reduce(0) { $0 + DisplayWidth.of("[ \($1) ]") + 2 }
            canvas.cursor = (inner.x + before + 2, row)
        }
    }
}
