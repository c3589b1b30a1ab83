/// A column of a table: a title, a width, an alignment.
public struct Column: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of what the fixed columns leave, never under `min`.
        case flex(Int, min: Int)
    }

    public let title: String
    public let width: Width
    public let alignRight: Bool

    public init(_ title: String, _ width: Width, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }

    /// The widths of `columns` laid out in `total` columns with one space between them.
    public static func layout(_ columns: [Column], in total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { if case .fixed(let n) = $1.width { return $0 + n } else { return $0 } }
        let weights = columns.reduce(0) { if case .flex(let w, _) = $1.width { return $0 + w } else { return $0 } }
        var free = max(0, total - gaps - fixed)
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let n): return n
            case .flex(let w, let minimum): return weights == 0 ? minimum : max(minimum, free * w / weights)
            }
        }
        // Give rounding leftovers to the first flexible column; take overflow from the widest.
        free = total - gaps - widths.reduce(0, +)
        if free > 0, let first = columns.firstIndex(where: { if case .flex = $0.width { true } else { false } }) {
            widths[first] += free
        }
        while widths.reduce(0, +) + gaps > total, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 1 {
            widths[widest] -= 1
        }
        return widths
    }
}

/// Draws rows of text under a header, the selected row highlighted and kept
/// in view, columns aligned by display width; an empty list shows a message.
/// Rows are asked for one at a time, so only the visible ones are built.
public struct Table {
    public var columns: [Column]
    public var count: Int
    public var row: (Int) -> [String]
    /// Optional style per row (a finding, an expired offer); the selection overrides it.
    public var rowStyle: (Int) -> Style?
    public var emptyMessage: String

    public init(columns: [Column], count: Int, row: @escaping (Int) -> [String],
                rowStyle: @escaping (Int) -> Style? = { _ in nil }, emptyMessage: String) {
        self.columns = columns
        self.count = count
        self.row = row
        self.rowStyle = rowStyle
        self.emptyMessage = emptyMessage
    }

    public init(columns: [Column], rows: [[String]], rowStyles: [Style?] = [], emptyMessage: String) {
        self.init(columns: columns, count: rows.count, row: { rows[$0] },
                  rowStyle: { $0 < rowStyles.count ? rowStyles[$0] : nil }, emptyMessage: emptyMessage)
    }

    /// Rows of data that fit in `rect` under the header.
    public static func visibleRows(in rect: Rect) -> Int { max(0, rect.height - 1) }

    public func render(into canvas: inout Canvas, in rect: Rect, selection: ListSelection, focused: Bool = true,
                       headerStyle: Style = Style(bold: true, underline: true), selectedStyle: Style = .reverse) {
        guard !rect.isEmpty else { return }
        let widths = Column.layout(columns, in: rect.width)
        drawRow(columns.map(\.title), widths: widths, canvas: &canvas, x: rect.x, y: rect.y, style: headerStyle, clip: rect)
        let body = rect.splitTop(1).rest
        guard count > 0 else {
            canvas.draw(TextLayout.truncate(emptyMessage, to: body.width - 2), x: body.x + 1, y: body.y,
                        style: .dim, clip: body)
            if focused { canvas.cursor = (body.x, body.y) }
            return
        }
        let top = ListSelection.visibleOffset(selection.offset, index: selection.index, count: count, rows: body.height)
        for line in 0..<body.height {
            let index = top + line
            guard index < count else { break }
            let y = body.y + line
            let selected = index == selection.index
            let style = selected ? selectedStyle : rowStyle(index) ?? .plain
            if selected { canvas.fill(body.row(line), style: style) }
            drawRow(row(index), widths: widths, canvas: &canvas, x: body.x, y: y, style: style, clip: body)
            if selected, focused { canvas.cursor = (body.x, y) }
        }
    }

    private func drawRow(_ cells: [String], widths: [Int], canvas: inout Canvas, x: Int, y: Int, style: Style, clip: Rect) {
        var column = x
        for (i, width) in widths.enumerated() {
            let text = i < cells.count ? cells[i] : ""
            let alignRight = i < columns.count && columns[i].alignRight
            canvas.draw(TextLayout.fit(text, to: width, alignRight: alignRight), x: column, y: y, style: style, clip: clip)
            column += width + 1
        }
    }
}
