import Testing
@testable import TerminalKit

@Suite struct CanvasDiffTests {
    func canvas(_ rows: [String], width: Int, style: Style = .plain) -> Canvas {
        var canvas = Canvas(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { canvas.draw(row, x: 0, y: y, style: style) }
        return canvas
    }

    /// Where each run lands, and what it writes.
    func summary(_ runs: [Canvas.Run]) -> [String] {
        runs.map { "\($0.y):\($0.x)+\($0.width) \($0.text)" }
    }

    @Test func identicalCanvasesGiveNoRun() {
        let a = canvas(["Zoé 张伟🎓", "Ame\u{301}lie"], width: 12)
        #expect(a.diff(from: a).isEmpty)
        #expect(Canvas(width: 0, height: 3).diff(from: Canvas(width: 0, height: 3)).isEmpty)
    }

    @Test func onlyTheChangedCellsAreWritten() {
        let before = canvas(["Offres 12", "Stages"], width: 12)
        let after = canvas(["Offres 13", "Stages"], width: 12)
        #expect(summary(after.diff(from: before)) == ["0:8+1 3"])
    }

    @Test func aStyleOnlyChangeIsARunWithTheNewStyle() {
        let before = canvas(["abcdef"], width: 8)
        var after = before
        after.draw("cd", x: 2, y: 0, style: .reverse)
        let runs = after.diff(from: before)
        #expect(summary(runs) == ["0:2+2 cd"])
        #expect(runs[0].cells.allSatisfy { $0.style == .reverse })
    }

    @Test func aChangedWideCharacterIsRewrittenWhole() {
        let before = canvas(["a漢b"], width: 6)
        let after = canvas(["a字b"], width: 6)
        let runs = after.diff(from: before)
        #expect(summary(runs) == ["0:1+2 字"])
        #expect(runs[0].cells.map(\.width) == [2, 0])
    }

    @Test func anEmojiRestyledTakesBothColumns() {
        let before = canvas(["x🎓y"], width: 6)
        var after = before
        after.draw("🎓", x: 1, y: 0, style: .bold)
        #expect(summary(after.diff(from: before)) == ["0:1+2 🎓"])
    }

    @Test func aWideCharacterReplacingNarrowOnesCoversBoth() {
        let before = canvas(["abcd"], width: 4)
        let after = canvas(["a漢d"], width: 4)
        #expect(summary(after.diff(from: before)) == ["0:1+2 漢"])
    }

    @Test func narrowCharactersReplacingAWideOneRepaintItsWidth() {
        let before = canvas(["漢字"], width: 4)
        var after = before
        after.draw("a", x: 0, y: 0)  // the other half of 漢 becomes a blank
        #expect(after.lines == ["a 字"])
        #expect(summary(after.diff(from: before)) == ["0:0+2 a "])
    }

    @Test func aChangeInTheMiddleOfAWideCharacterNeverStartsARunThere() {
        let before = canvas(["x漢y"], width: 5)
        var after = before
        after.draw("b", x: 2, y: 0)  // the right half of 漢
        #expect(after.lines == ["x by"])
        let runs = after.diff(from: before)
        #expect(summary(runs) == ["0:1+2  b"])
        #expect(runs.allSatisfy { after[$0.x, $0.y].width != 0 })
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let before = canvas(["Amelie"], width: 8)
        let after = canvas(["Ame\u{301}lie"], width: 8)
        let runs = after.diff(from: before)
        #expect(summary(runs) == ["0:2+1 e\u{301}"])
        #expect(DisplayWidth.of(runs[0].text) == 1)
        // The same letter composed or decomposed looks the same: nothing to write.
        #expect(canvas(["Amélie"], width: 8).diff(from: after).isEmpty)
    }

    @Test func aSizeChangeMeansEverything() {
        let before = canvas(["ab"], width: 4)
        let after = canvas(["ab", "漢"], width: 5)
        let runs = after.diff(from: before)
        #expect(summary(runs) == ["0:0+5 ab   ", "1:0+5 漢   "])
    }

    @Test func runsSplitWhereNothingChanged() {
        let before = canvas(["aaaa", "bbbb"], width: 4)
        let after = canvas(["xaax", "bbbb"], width: 4)
        #expect(summary(after.diff(from: before)) == ["0:0+1 x", "0:3+1 x"])
    }

    /// Writing the runs on a model of a real terminal showing `previous`
    /// gives exactly the new canvas, whatever the mix of wide, narrow and
    /// combining graphemes and styles.
    @Test func writingTheRunsShowsTheNewCanvas() {
        var random = SplitMix(seed: 10)
        let graphemes = ["a", "b", "é", "e\u{301}", "漢", "字", "🎓", "👩‍🎓", " ", "œ"]
        let styles: [Style] = [.plain, .bold, .reverse, Style(foreground: .red)]
        func randomCanvas() -> Canvas {
            var canvas = Canvas(width: 9, height: 3)
            for _ in 0..<12 {
                var text = ""
                for _ in 0..<Int(random.next() % 4) { text += graphemes[Int(random.next() % UInt64(graphemes.count))] }
                canvas.draw(text, x: Int(random.next() % 10), y: Int(random.next() % 3),
                            style: styles[Int(random.next() % UInt64(styles.count))])
            }
            return canvas
        }
        for _ in 0..<500 {
            let before = randomCanvas(), after = randomCanvas()
            var screen = ScreenModel(before)
            for run in after.diff(from: before) {
                #expect(DisplayWidth.of(run.text) == run.width)
                #expect(run.cells.first?.width != 0)
                screen.write(run)
            }
            #expect(screen == ScreenModel(after), "\(before.lines) → \(after.lines)")
        }
    }

    @Test func drawingAWideCharacterOverAnotherLeavesNoHalfBehind() {
        var canvas = canvas(["a字b"], width: 4)
        canvas.draw("中", x: 0, y: 0)  // its right half lands on the left half of 字
        #expect(canvas.lines == ["中 b"])
        #expect(canvas[2, 0] == .blank)
    }
}

/// What a terminal shows, column by column, writing as terminals do: a
/// grapheme written over half of a wide one erases the other half.
struct ScreenModel: Equatable, CustomStringConvertible {
    var rows: [[Canvas.Cell]]

    /// The text, a style change marked by `|`, so a failure reads in one line per row.
    var description: String {
        rows.map { row in
            zip(row.indices, row).map { x, cell in (x > 0 && row[x - 1].style != cell.style && cell.width > 0 ? "|" : "") + cell.text }
                .joined()
        }.joined(separator: "\n")
    }

    init(_ canvas: Canvas) {
        rows = (0..<canvas.height).map { y in (0..<canvas.width).map { canvas[$0, y] } }
    }

    mutating func write(_ run: Canvas.Run) {
        var x = run.x
        for cell in run.cells where cell.width > 0 {
            put(cell, x: x, y: run.y)
            x += cell.width
        }
    }

    private mutating func put(_ cell: Canvas.Cell, x: Int, y: Int) {
        for column in x..<x + cell.width {
            if rows[y][column].width == 0, column > 0, rows[y][column - 1].width == 2 { rows[y][column - 1] = .blank }
            if rows[y][column].width == 2, column + 1 < rows[y].count { rows[y][column + 1] = .blank }
        }
        rows[y][x] = cell
        if cell.width == 2 { rows[y][x + 1] = Canvas.Cell(text: "", width: 0, style: .plain) }
    }
}

/// A small seeded generator, so the random canvases are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1330_11EB
        return z ^ (z >> 31)
    }
}
