import Testing
@testable import PrintedDocument

/// The cutting rules on heights alone: a page from 0 to 100, lines of 10.
@Suite struct PaginatorTests {
    typealias Piece = Paginator.Piece

    private func lines(_ count: Int, cut: Paginator.Cut = .lines(minimum: 2), keepWithNext: Bool = false) -> Paginator.Item {
        .piece(Piece(units: Array(repeating: 10, count: count), cut: cut, keepWithNext: keepWithNext))
    }

    private func pages(_ items: [Paginator.Item]) -> [[Paginator.Placement]] {
        Paginator.pages(items, top: 0, bottom: 100)
    }

    @Test func aLongParagraphContinuesOnTheNextPageLineByLine() {
        let result = pages([lines(4), lines(25)])
        #expect(result.count == 3)
        #expect(result[0].last == Paginator.Placement(item: 1, units: 0..<6, top: 40))
        #expect(result[1] == [Paginator.Placement(item: 1, units: 6..<16, top: 0)])
        #expect(result[2] == [Paginator.Placement(item: 1, units: 16..<25, top: 0)])
    }

    @Test func noLoneLineAtTheFootNorAtTheHeadOfAPage() {
        // 9 lines used: one line of room; a paragraph of 5 does not leave one there.
        #expect(pages([lines(9), lines(5)])[1] == [Paginator.Placement(item: 1, units: 0..<5, top: 0)])
        // 7 used, 3 of room, 4 lines: 3 would leave one alone on the next page, so 2 go.
        #expect(pages([lines(7), lines(4)])[0].last == Paginator.Placement(item: 1, units: 0..<2, top: 70))
    }

    @Test func aHeadingIsNotLeftAloneAtTheFootOfAPage() {
        // Room for the heading and one line, not two: the heading goes over with its paragraph.
        let result = pages([lines(8), lines(1, cut: .never, keepWithNext: true), lines(6)])
        #expect(result[0].map(\.item) == [0])
        #expect(result[1].map(\.item) == [1, 2])
        // Room for the heading and two lines: it stays.
        #expect(pages([lines(7), lines(1, cut: .never, keepWithNext: true), lines(6)])[0].map(\.item) == [0, 1, 2])
    }

    @Test func headingsInARowGoOverTogether() {
        let section = lines(1, cut: .never, keepWithNext: true)
        let result = pages([lines(7), section, section, lines(6)])
        #expect(result[0].map(\.item) == [0])
        #expect(result[1].map(\.item) == [1, 2, 3])
    }

    @Test func anUncutPieceGoesWholeToTheNextPageUnlessTallerThanAPage() {
        #expect(pages([lines(5), lines(6, cut: .never)]).map { $0.map(\.units) } == [[0..<5], [0..<6]])
        #expect(pages([lines(5), lines(12, cut: .never)]).map { $0.map(\.units) } == [[0..<5], [0..<10], [10..<12]])
    }

    @Test func breaksAndSpaces() {
        let result = pages([lines(2), .pageBreak, .pageBreak, .space(30), lines(2), .space(30), lines(1)])
        #expect(result.count == 2)
        #expect(result[1] == [Paginator.Placement(item: 4, units: 0..<2, top: 0), Paginator.Placement(item: 6, units: 0..<1, top: 50)])
        #expect(pages([]) == [[]])
    }
}
