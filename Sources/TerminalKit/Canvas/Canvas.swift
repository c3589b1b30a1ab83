/// A grid of cells that screens draw into. The terminal compares it with the
/// previous frame and writes only what changed; tests print it as text.
public struct Canvas: Hashable, Sendable {
    /// One column: a grapheme and its style. A wide grapheme occupies its cell
    /// and the next, which holds an empty continuation (`width` 0).
    public struct Cell: Hashable, Sendable {
        public var text: String
        public var width: Int
        public var style: Style

        public static let blank = Cell(text: " ", width: 1, style: .plain)
        static let continuation = Cell(text: "", width: 0, style: .plain)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor goes: the focused field or the selected row.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(_ size: Size) { self.init(width: size.width, height: size.height) }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var size: Size { Size(width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    public static func == (a: Canvas, b: Canvas) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(cells)
    }

    /// Draws `text` on row `y` from column `x`, clipped to `clip` and the canvas.
    /// Returns the column after the last one drawn.
    @discardableResult
    public mutating func draw(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x }
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if column + w > area.maxX {
                if column < area.maxX, column >= area.x { put(Cell(text: " ", width: 1, style: style), x: column, y: y) }
                return area.maxX
            }
            if column >= area.x {
                put(Cell(text: String(character), width: w, style: style), x: column, y: y)
                if w == 2 { put(.continuation, x: column + 1, y: y) }
            }
            column += w
        }
        return column
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { put(Cell(text: " ", width: 1, style: style), x: x, y: y) }
        }
    }

    /// A frame of box-drawing characters (drawn as text, which every terminal shows).
    public mutating func box(_ rect: Rect, style: Style = .plain, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = String(repeating: "─", count: rect.width - 2)
        draw("┌" + inner + "┐", x: rect.x, y: rect.y, style: style)
        for y in rect.y + 1..<rect.maxY - 1 {
            draw("│", x: rect.x, y: y, style: style)
            draw("│", x: rect.maxX - 1, y: y, style: style)
        }
        draw("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        if let title, rect.width > 6 {
            draw(" " + TextLayout.truncate(title, to: rect.width - 6) + " ", x: rect.x + 2, y: rect.y,
                 style: Style(bold: true))
        }
    }

    /// Puts a cell, blanking the other half of any wide character it overwrites.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        if cells[i].width == 0, x > 0, cells[i - 1].width == 2 { cells[i - 1] = .blank }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = .blank }
        cells[i] = cell
    }

    /// The rows as plain text, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
