/// Labelled fields in a column: required ones marked with *, Tab and Shift-Tab
/// (and ↑ ↓ outside multi-line fields) move between them, each field's message
/// shows under it, and the form scrolls to keep the focused field in view.
public struct Form: Hashable, Sendable {
    public var fields: [FormField]
    public private(set) var focus = 0
    /// The first row shown, kept so the view does not jump.
    public private(set) var scroll = 0

    public init(fields: [FormField]) {
        self.fields = fields
    }

    public enum Response: Hashable, Sendable {
        /// The focused field's content changed.
        case edited(String)
        /// Focus or cursor moved; nothing changed.
        case moved
        /// The key is not the form's: the screen may use it.
        case ignored
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }
    public var isTyping: Bool { focusedField?.takesTyping ?? false }

    public subscript(id: String) -> FormField? {
        get { fields.first { $0.id == id } }
        set {
            guard let i = fields.firstIndex(where: { $0.id == id }), let newValue else { return }
            fields[i] = newValue
        }
    }

    public func value(_ id: String) -> String { self[id]?.value ?? "" }

    public mutating func setMessage(_ message: String?, for id: String, isError: Bool = true) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[i].message = message
        fields[i].messageIsError = isError
    }

    public mutating func clearMessages() {
        for i in fields.indices { fields[i].message = nil }
    }

    public mutating func focus(on id: String, viewport: Size) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        focus = i
        keepFocusVisible(viewport)
    }

    /// Answers a key; `viewport` is the size the form is drawn in.
    public mutating func handle(_ key: Key, viewport: Size) -> Response {
        guard var field = focusedField else { return .ignored }
        let inArea: Bool = if case .area = field.input { true } else { false }
        switch key {
        case .tab: return move(+1, viewport)
        case .backTab: return move(-1, viewport)
        case .down where !inArea: return move(+1, viewport)
        case .up where !inArea: return move(-1, viewport)
        case .enter where !inArea: return move(+1, viewport)
        default: break
        }
        // A read-only text is read with the cursor keys (a long one scrolls), never changed; a choice stays as it is.
        let reading: Set<Key> = [.left, .right, .home, .end, .up, .down, .pageUp, .pageDown]
        let isChoice: Bool = if case .choice = field.input { true } else { false }
        guard !field.readOnly || (reading.contains(key) && !isChoice) else { return .ignored }
        let before = field.input
        let used: Bool
        let layout = Self.columns(for: fields, width: viewport.width)
        switch field.input {
        case .text(var input):
            used = input.handle(key)
            field.input = .text(input)
        case .area(var input, let rows):
            used = input.handle(key, width: layout.input, height: rows)
            field.input = .area(input, rows: rows)
        case .choice(var input):
            used = input.handle(key)
            field.input = .choice(input)
        case .date(var input):
            used = input.handle(key)
            field.input = .date(input)
        }
        guard used else { return .ignored }
        fields[focus] = field
        keepFocusVisible(viewport)
        return Self.content(of: before) == Self.content(of: field.input) ? .moved : .edited(field.id)
    }

    private static func content(of input: FormField.Input) -> String {
        switch input {
        case .text(let f): f.text
        case .area(let a, _): a.text
        case .choice(let c): c.value
        case .date(let d): d.text
        }
    }

    private mutating func move(_ step: Int, _ viewport: Size) -> Response {
        guard !fields.isEmpty else { return .ignored }
        focus = min(max(0, focus + step), fields.count - 1)
        keepFocusVisible(viewport)
        return .moved
    }

    private func top(of index: Int, inputWidth: Int) -> Int { fields.prefix(index).reduce(0) { $0 + $1.height(width: inputWidth) } }

    private mutating func keepFocusVisible(_ viewport: Size) {
        let height = viewport.height, inputWidth = Self.columns(for: fields, width: viewport.width).input
        guard let field = focusedField, height > 0 else { return }
        let start = top(of: focus, inputWidth: inputWidth), end = start + field.height(width: inputWidth)
        if start < scroll { scroll = start }
        if end > scroll + height { scroll = min(start, end - height) }
    }

    /// Label and input widths for a form `width` columns wide.
    static func columns(for fields: [FormField], width: Int) -> (label: Int, input: Int) {
        let longest = fields.map { DisplayWidth.of($0.label) + ($0.required ? 2 : 0) }.max() ?? 0
        let label = min(longest + 1, max(10, width / 3))
        return (label, max(1, width - label - 1))
    }

    public func render(into canvas: inout Canvas, in rect: Rect, styles: FormStyles = FormStyles()) {
        guard !rect.isEmpty else { return }
        let layout = Self.columns(for: fields, width: rect.width)
        let total = fields.reduce(0) { $0 + $1.height(width: layout.input) }
        let focusTop = top(of: focus, inputWidth: layout.input)
        let focusEnd = focusTop + (focusedField?.height(width: layout.input) ?? 0)
        var first = min(scroll, focusTop)
        if focusEnd > first + rect.height { first = min(focusTop, focusEnd - rect.height) }
        first = max(0, min(first, max(0, total - rect.height)))
        var row = -first
        for (i, field) in fields.enumerated() {
            let height = field.height(width: layout.input)
            defer { row += height }
            guard row + height > 0, row < rect.height else { continue }
            let focused = i == focus
            let y = rect.y + row
            let label = TextLayout.truncate(field.label, to: layout.label - (field.required ? 2 : 0))
            if y >= rect.y {
                let end = canvas.draw(label, x: rect.x, y: y, style: focused ? styles.focusedLabel : styles.label, clip: rect)
                if field.required { canvas.draw(" *", x: end, y: y, style: styles.required, clip: rect) }
            }
            let inputRect = Rect(x: rect.x + layout.label + 1, y: y, width: layout.input, height: field.inputRows)
                .intersection(rect)
            let style = field.readOnly ? styles.readOnly : (focused ? styles.focusedInput : styles.input)
            switch field.input {
            case .text(let input): input.render(into: &canvas, in: inputRect, style: style, focused: focused)
            case .area(let input, _): input.render(into: &canvas, in: inputRect, style: style, focused: focused)
            case .choice(let input): input.render(into: &canvas, in: inputRect, style: style, focused: focused)
            case .date(let input): input.render(into: &canvas, in: inputRect, style: style, focused: focused)
            }
            for (n, line) in field.messageLines(width: layout.input).enumerated() where y + field.inputRows + n >= rect.y {
                canvas.draw(line, x: rect.x + layout.label + 1, y: y + field.inputRows + n,
                            style: field.messageIsError ? styles.error : styles.warning, clip: rect)
            }
        }
    }
}

/// How a form looks; the defaults read well with and without colour.
public struct FormStyles: Hashable, Sendable {
    public var label = Style.plain
    public var focusedLabel = Style(bold: true)
    public var required = Style(foreground: .red, bold: true)
    public var input = Style(underline: true)
    public var focusedInput = Style(reverse: true)
    public var readOnly = Style(dim: true)
    public var error = Style(foreground: .red, bold: true)
    public var warning = Style(foreground: .yellow)

    public init() {}
}
