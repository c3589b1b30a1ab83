/// A one-line text input. The cursor moves by grapheme, so "é" typed or
/// pasted as e + combining accent is one step; the view scrolls sideways when
/// the text is wider than the field.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Grapheme index of the insertion point, 0...characters.count.
    public private(set) var cursor: Int
    public var maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            if let maxLength, characters.count > maxLength { characters = Array(characters.prefix(maxLength)) }
            cursor = characters.count
        }
    }

    /// Edits the text or moves the cursor; returns false for a key it does not use.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c) where c != "\n" && c != "\t":
            if let maxLength, characters.count >= maxLength { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .wordLeft: cursor = Self.wordStart(before: cursor, in: characters)
        case .wordRight: cursor = Self.wordEnd(after: cursor, in: characters)
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            characters.removeLast(characters.count - cursor)
        case .control("w"):
            let start = Self.wordStart(before: cursor, in: characters)
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    static func wordStart(before index: Int, in text: [Character]) -> Int {
        var i = index
        while i > 0, text[i - 1].isWhitespace || text[i - 1].isPunctuation { i -= 1 }
        while i > 0, !(text[i - 1].isWhitespace || text[i - 1].isPunctuation) { i -= 1 }
        return i
    }

    static func wordEnd(after index: Int, in text: [Character]) -> Int {
        var i = index
        while i < text.count, text[i].isWhitespace || text[i].isPunctuation { i += 1 }
        while i < text.count, !(text[i].isWhitespace || text[i].isPunctuation) { i += 1 }
        return i
    }

    /// Draws the visible part of the text in `rect` (its first row); when
    /// focused, puts the canvas cursor at the insertion point.
    public func render(into canvas: inout Canvas, in rect: Rect, style: Style, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = rect.row(0)
        canvas.fill(row, style: style)
        let widths = characters.map(DisplayWidth.of)
        let cursorColumn = widths.prefix(cursor).reduce(0, +)
        // Focused: scroll just enough to keep the cursor (and one free cell after it) in view.
        // Otherwise the text shows from its start, as one reads it.
        let scroll = focused ? max(0, cursorColumn - (rect.width - 1)) : 0
        var column = 0
        for (c, w) in zip(characters, widths) {
            defer { column += w }
            let x = rect.x + column - scroll
            if x < rect.x { continue }  // scrolled off, or half off
            if x + w > row.maxX { break }
            canvas.draw(String(c), x: x, y: rect.y, style: style, clip: row)
        }
        if focused { canvas.cursor = (rect.x + cursorColumn - scroll, rect.y) }
    }
}
