/// Cuts a flow of pieces into pages. It sees only heights: each piece is a list of indivisible
/// units (the lines of a text, the rows of signature boxes) and rules for cutting it.
struct Paginator {
    /// How a piece may be cut between pages.
    enum Cut: Equatable {
        /// Between any two units, leaving at least `minimum` on each side (no lone line).
        case lines(minimum: Int)
        /// Never, unless it is taller than a whole page: then between any two units.
        case never
    }

    struct Piece: Equatable {
        var units: [Double]
        var spaceBefore = 0.0
        var spaceAfter = 0.0
        var cut = Cut.lines(minimum: 2)
        /// A heading: it goes to the next page unless the start of what follows fits with it.
        var keepWithNext = false
    }

    enum Item: Equatable {
        case piece(Piece)
        /// Vertical space, dropped at the top of a page.
        case space(Double)
        case pageBreak
    }

    /// Units `units` of item `item` go on the page with their top at `top`.
    struct Placement: Equatable {
        let item: Int
        let units: Range<Int>
        let top: Double
    }

    /// The placements of every page; at least one page, empty when there is nothing.
    static func pages(_ items: [Item], top: Double, bottom: Double) -> [[Placement]] {
        var paginator = Paginator(items: items, top: top, bottom: bottom)
        for index in items.indices { paginator.place(index) }
        return paginator.pages
    }

    private let items: [Item]
    private let top: Double
    private let bottom: Double
    private var pages: [[Placement]] = [[]]
    private var y: Double

    private init(items: [Item], top: Double, bottom: Double) {
        self.items = items
        self.top = top
        self.bottom = bottom
        y = top
    }

    private var atTop: Bool { pages[pages.count - 1].isEmpty }

    private mutating func newPage() {
        pages.append([])
        y = top
    }

    private mutating func place(_ index: Int) {
        switch items[index] {
        case .pageBreak:
            if !atTop { newPage() }
        case .space(let height):
            guard !atTop else { return }
            if y + height > bottom { newPage() } else { y += height }
        case .piece(let piece):
            if piece.keepWithNext, !atTop, y + piece.spaceBefore + Self.keptHeight(from: index, in: items) > bottom {
                newPage()
            }
            place(piece, index)
        }
    }

    private mutating func place(_ piece: Piece, _ index: Int) {
        if !atTop { y += piece.spaceBefore }
        let pageHeight = bottom - top
        var start = 0
        while start < piece.units.count {
            let left = piece.units.count - start
            var fitting = 0, height = 0.0
            while fitting < left, y + height + piece.units[start + fitting] <= bottom {
                height += piece.units[start + fitting]
                fitting += 1
            }
            var taken = fitting
            if fitting < left {
                switch piece.cut {
                case .lines(let minimum):
                    taken = min(fitting, left - minimum)
                    if taken < minimum { taken = 0 }
                case .never:
                    taken = piece.units[start...].reduce(0, +) > pageHeight && atTop ? fitting : 0
                }
                // At the top of a page nothing is gained by waiting: take what fits, at least one unit.
                if taken == 0, atTop { taken = max(fitting, 1) }
            }
            if taken == 0 {
                newPage()
                continue
            }
            pages[pages.count - 1].append(Placement(item: index, units: start..<start + taken, top: y))
            y += piece.units[start..<start + taken].reduce(0, +)
            start += taken
            if start < piece.units.count { newPage() }
        }
        y += piece.spaceAfter
    }

    /// The height a heading needs at the foot of a page: itself, and what it is kept with —
    /// the first lines of the next piece, or all of it when it may not be cut there.
    private static func keptHeight(from index: Int, in items: [Item]) -> Double {
        guard case .piece(let piece) = items[index] else { return 0 }
        var height = piece.units.reduce(0, +)
        var next = index + 1
        while next < items.count {
            switch items[next] {
            case .pageBreak:
                return height
            case .space(let space):
                height += space
                next += 1
            case .piece(let following):
                height += following.spaceBefore
                return height + (following.keepWithNext ? keptHeight(from: next, in: items) : firstChunk(of: following))
            }
        }
        return height
    }

    /// The least of a piece that can start at the foot of a page.
    private static func firstChunk(of piece: Piece) -> Double {
        switch piece.cut {
        case .lines(let minimum) where piece.units.count >= 2 * minimum:
            return piece.units.prefix(minimum).reduce(0, +)
        default:
            return piece.units.reduce(0, +)
        }
    }
}
