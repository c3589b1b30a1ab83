/// A multi-line text input for missions and descriptions: the text wraps
/// between words, Enter starts a new line, and the view scrolls to the cursor.
public struct TextArea: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// The first visual line shown; kept so the view does not jump while moving.
    public private(set) var scroll = 0

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    /// A visual line: characters `start..<end` (a trailing space of a soft break included).
    struct Line: Hashable {
        let start: Int
        let end: Int
    }

    /// Breaks the text into visual lines of at most `width` columns.
    func lines(width: Int) -> [Line] {
        let width = max(1, width)
        var out: [Line] = []
        var start = 0, column = 0, lastSpace: Int?
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "\n" {
                out.append(Line(start: start, end: i))
                start = i + 1; column = 0; lastSpace = nil; i += 1
                continue
            }
            let w = DisplayWidth.of(c)
            if c != " ", column + w > width, i > start {
                if let space = lastSpace, space >= start {
                    out.append(Line(start: start, end: space + 1))
                    start = space + 1
                } else {
                    out.append(Line(start: start, end: i))
                    start = i
                }
                column = characters[start..<i].reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
                continue
            }
            if c == " " { lastSpace = i }
            column += w
            i += 1
        }
        out.append(Line(start: start, end: characters.count))
        return out
    }

    /// The visual line and column of the cursor.
    func cursorPosition(width: Int) -> (line: Int, column: Int) {
        let all = lines(width: width)
        let index = all.lastIndex { $0.start <= cursor } ?? 0
        let line = all[index]
        let column = characters[line.start..<min(cursor, line.end)].reduce(0) { $0 + DisplayWidth.of($1) }
        return (index, column)
    }

    /// Edits or moves; `width` and `height` are the area's, for vertical moves and scrolling.
    public mutating func handle(_ key: Key, width: Int, height: Int) -> Bool {
        let wrapWidth = max(1, width - 1)  // a free column for the cursor at a line's end
        switch key {
        case .character(let c) where c != "\t":
            characters.insert(c, at: cursor)
            cursor += 1
        case .enter:
            characters.insert("\n", at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = TextField.wordStart(before: cursor, in: characters)
        case .wordRight: cursor = TextField.wordEnd(after: cursor, in: characters)
        case .home, .end, .up, .down, .pageUp, .pageDown:
            moveVertically(key, width: wrapWidth, page: max(1, height))
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        default:
            return false
        }
        keepCursorVisible(width: wrapWidth, height: height)
        return true
    }

    private mutating func moveVertically(_ key: Key, width: Int, page: Int) {
        let all = lines(width: width)
        let (line, column) = cursorPosition(width: width)
        let target: Int
        switch key {
        case .home: cursor = all[line].start; return
        case .end:
            let l = all[line]
            cursor = l.end > l.start && l.end < characters.count && characters[l.end - 1] == " " && line + 1 < all.count
                && all[line + 1].start == l.end ? l.end - 1 : l.end
            return
        case .up: target = line - 1
        case .down: target = line + 1
        case .pageUp: target = max(0, line - page)
        default: target = min(all.count - 1, line + page)
        }
        guard target >= 0, target < all.count else {
            cursor = target < 0 ? 0 : characters.count
            return
        }
        let l = all[target]
        var index = l.start, used = 0
        while index < l.end, characters[index] != "\n" {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        // Stay before a soft break's trailing space, so the cursor keeps its line.
        if index == l.end, target + 1 < all.count, all[target + 1].start == l.end, index > l.start { index -= 1 }
        cursor = index
    }

    private mutating func keepCursorVisible(width: Int, height: Int) {
        let line = cursorPosition(width: width).line
        if line < scroll { scroll = line }
        if line >= scroll + height { scroll = line - height + 1 }
    }

    public func render(into canvas: inout Canvas, in rect: Rect, style: Style, focused: Bool) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: style)
        let width = max(1, rect.width - 1)
        let all = lines(width: width)
        let (cursorLine, cursorColumn) = cursorPosition(width: width)
        // Focused, the cursor's lines; otherwise the text from its first line, as one reads it.
        let top = focused ? min(max(scroll, cursorLine - rect.height + 1), cursorLine) : 0
        for row in 0..<rect.height {
            let index = top + row
            guard index < all.count else { break }
            let line = all[index]
            canvas.draw(String(characters[line.start..<line.end]).trimmingTrailingNewline, x: rect.x, y: rect.y + row,
                        style: style, clip: rect)
        }
        if focused { canvas.cursor = (rect.x + cursorColumn, rect.y + cursorLine - top) }
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
