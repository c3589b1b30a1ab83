/// A box of values to tick, each with a count, as a spreadsheet's column filter shows them: ↑ ↓ move,
/// Space ticks or unticks, `a` ticks all or none, Enter keeps what is ticked, Esc leaves it as it was.
public struct TickList: Hashable, Sendable {
    public var title: String
    public var items: [Item]
    public var selection = ListSelection()

    public struct Item: Hashable, Sendable {
        public var label: String
        /// nil: not known yet (shown "…").
        public var count: Int?
        public var ticked: Bool

        public init(label: String, count: Int?, ticked: Bool) {
            self.label = label
            self.count = count
            self.ticked = ticked
        }
    }

    public enum Response: Hashable, Sendable {
        case handled, applied, cancelled
    }

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }

    /// The indices ticked.
    public var ticked: [Int] { items.indices.filter { items[$0].ticked } }

    public mutating func handle(_ key: Key, visibleRows: Int) -> Response {
        switch key {
        case .escape: return .cancelled
        case .enter, .function(2), .control("s"): return .applied
        case .character(" "):
            guard items.indices.contains(selection.index) else { return .handled }
            items[selection.index].ticked.toggle()
        case .character("a"):
            let all = !items.allSatisfy(\.ticked)
            for i in items.indices { items[i].ticked = all }
        default:
            _ = selection.handle(key, count: items.count, visibleRows: visibleRows)
        }
        return .handled
    }

    /// Rows of items the box shows in `area`.
    public static func visibleRows(in area: Rect, count: Int) -> Int { max(1, min(count, area.height - 6)) }

    public func render(into canvas: inout Canvas, in area: Rect, footer: String, selectedStyle: Style = .reverse) {
        let rows = Self.visibleRows(in: area, count: items.count)
        func count(_ item: Item) -> String { item.count.map(String.init) ?? "…" }
        let countWidth = max(3, items.map { count($0).count }.max() ?? 0)
        let labelWidth = min(area.width - 14 - countWidth, max(24, items.map { DisplayWidth.of($0.label) }.max() ?? 0))
        let width = min(area.width - 4, max(DisplayWidth.of(title) + 6, DisplayWidth.of(footer) + 4, labelWidth + countWidth + 10))
        let box = area.centered(width: width, height: rows + 4)
        canvas.fill(box)
        canvas.box(box, title: title)
        let inner = box.inset(horizontal: 2, vertical: 1)
        var shown = selection
        shown.clamp(count: items.count, visibleRows: rows)
        for (row, i) in (shown.offset..<min(items.count, shown.offset + rows)).enumerated() {
            let item = items[i]
            let text = (item.ticked ? "[x] " : "[ ] ") + TextLayout.fit(item.label, to: inner.width - countWidth - 5)
                + " " + TextLayout.fit(count(item), to: countWidth, alignRight: true)
            canvas.draw(text, x: inner.x, y: inner.y + row, style: i == shown.index ? selectedStyle : .plain, clip: inner)
        }
        canvas.draw(TextLayout.truncate(footer, to: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim, clip: inner)
        canvas.cursor = nil
    }
}
