/// Which row of a list is selected and which row is at the top of the view.
/// Moving keeps the selection visible without making the view jump.
public struct ListSelection: Hashable, Sendable {
    public private(set) var index = 0
    public private(set) var offset = 0

    public init(index: Int = 0) {
        self.index = max(0, index)
    }

    /// Moves with ↑ ↓ j k, PgUp PgDn, Home End g G; returns false for other keys.
    public mutating func handle(_ key: Key, count: Int, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows - 1)
        switch key {
        case .up, .character("k"): index -= 1
        case .down, .character("j"): index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .home, .character("g"): index = 0
        case .end, .character("G"): index = count - 1
        default: return false
        }
        clamp(count: count, visibleRows: visibleRows)
        return true
    }

    /// Brings the selection back inside `0..<count` and into view.
    public mutating func clamp(count: Int, visibleRows: Int) {
        index = count == 0 ? 0 : min(max(0, index), count - 1)
        offset = Self.visibleOffset(offset, index: index, count: count, rows: visibleRows)
    }

    static func visibleOffset(_ offset: Int, index: Int, count: Int, rows: Int) -> Int {
        guard rows > 0 else { return index }
        var top = min(offset, index)
        if index >= top + rows { top = index - rows + 1 }
        return max(0, min(top, max(0, count - rows)))
    }
}
