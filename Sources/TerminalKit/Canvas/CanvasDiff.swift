extension Canvas {
    /// Cells to write on one row, left to right from column `x`: one entry per
    /// column, so a wide grapheme is followed by its continuation (text "",
    /// width 0) and `cells.count` is the number of columns the run covers.
    /// A run never starts on a continuation, and a wide grapheme in it always
    /// has its continuation with it.
    public struct Run: Hashable, Sendable {
        public let x: Int
        public let y: Int
        public let cells: [Cell]

        public init(x: Int, y: Int, cells: [Cell]) {
            self.x = x
            self.y = y
            self.cells = cells
        }

        /// Columns covered.
        public var width: Int { cells.count }
        /// What the run writes, continuations adding nothing.
        public var text: String { cells.map(\.text).joined() }
    }

    /// What must be written over `previous`, already on the screen, to show
    /// this canvas (ratatui's buffer diff, by runs of columns). A cell is
    /// written when it changed, and so is every column of the graphemes it
    /// touches, before and after: a changed wide grapheme is rewritten whole,
    /// and a wide grapheme partly overwritten is repainted (a terminal erases
    /// all of it). Canvases of different sizes differ everywhere: each row is
    /// one run. Identical canvases give no run.
    public func diff(from previous: Canvas) -> [Run] {
        guard width > 0 else { return [] }
        guard previous.size == size else {
            return (0..<height).map { y in Run(x: 0, y: y, cells: (0..<width).map { drawable(x: $0, y: y) }) }
        }
        var runs: [Run] = []
        var dirty = [Bool](repeating: false, count: width)
        for y in 0..<height {
            let row = y * width
            var pending: [Int] = []
            for x in 0..<width {
                dirty[x] = cells[row + x] != previous.cells[row + x]
                if dirty[x] { pending.append(x) }
            }
            guard !pending.isEmpty else { continue }
            // Spread to the other half of every wide grapheme, new or old, a dirty column touches.
            func mark(_ x: Int) {
                guard x >= 0, x < width, !dirty[x] else { return }
                dirty[x] = true
                pending.append(x)
            }
            while let x = pending.popLast() {
                for cell in [cells[row + x], previous.cells[row + x]] {
                    if cell.width == 0 { mark(x - 1) }
                    if cell.width == 2 { mark(x + 1) }
                }
            }
            var x = 0
            while x < width {
                guard dirty[x] else {
                    x += 1
                    continue
                }
                let start = x
                var run: [Cell] = []
                while x < width, dirty[x] {
                    run.append(drawable(x: x, y: y))
                    x += 1
                }
                runs.append(Run(x: start, y: y, cells: run))
            }
        }
        return runs
    }

    /// The cell at (x, y) as the terminal must get it: half a wide grapheme
    /// (a continuation without its head, a head without room for its other
    /// half) is a blank, so a run's text always measures its width.
    private func drawable(x: Int, y: Int) -> Cell {
        let cell = self[x, y]
        switch cell.width {
        case 0 where x == 0 || self[x - 1, y].width != 2: return .blank
        case 2 where x + 1 >= width || self[x + 1, y].width != 0: return .blank
        default: return cell
        }
    }
}
