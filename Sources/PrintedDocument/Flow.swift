import CPangoCairo

/// Something laid out and measured, that draws any run of its units where the paginator put it.
protocol Flow: AnyObject {
    /// The heights of its indivisible units, top to bottom.
    var units: [Double] { get }
    func draw(_ units: Range<Int>, top: Double, on cr: OpaquePointer)
}

/// Texts side by side (one column for a paragraph, two for a label and its value), cut
/// between lines: unit i is line i of every column.
final class TextFlow: Flow {
    struct Column {
        let text: TextLayout
        let left: Double
    }

    let columns: [Column]
    let units: [Double]

    init(_ columns: [Column]) {
        self.columns = columns
        let count = columns.map(\.text.lines.count).max() ?? 0
        units = (0..<count).map { index in
            columns.map { index < $0.text.lines.count ? $0.text.lines[index].height : 0 }.max() ?? 0
        }
    }

    func draw(_ range: Range<Int>, top: Double, on cr: OpaquePointer) {
        var y = top
        for index in range {
            for column in columns where index < column.text.lines.count {
                column.text.draw(line: index, top: y, left: column.left, on: cr)
            }
            y += units[index]
        }
    }
}
