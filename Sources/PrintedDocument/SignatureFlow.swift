import CPangoCairo

/// Boxes to sign in, two per row: the role in bold, the name, the dated line, then blank room
/// for the signature, inside a thin frame. A unit is a row.
final class SignatureFlow: Flow {
    private struct Box {
        let texts: [TextLayout]
        var textHeight: Double { texts.reduce(0) { $0 + $1.height } }
    }

    private static let gap = 14.0       // between the two boxes of a row
    private static let rowGap = 12.0    // under each row
    private static let padding = 7.0
    private static let room = 58.0      // blank, to sign in

    private let rows: [[Box]]
    private let boxWidth: Double
    let units: [Double]

    init(_ signatures: [PrintedDocument.Signature], on cr: OpaquePointer) {
        boxWidth = (PageGeometry.contentWidth - Self.gap) / 2
        let textWidth = boxWidth - 2 * Self.padding
        let boxes = signatures.map { signature in
            Box(texts: [TextLayout(signature.role, font: Typeface.label, width: textWidth, on: cr),
                        TextLayout(signature.name, font: Typeface.body, width: textWidth, on: cr)]
                    + (signature.dated.map { [TextLayout($0, font: Typeface.body, width: textWidth, on: cr)] } ?? []))
        }
        rows = stride(from: 0, to: boxes.count, by: 2).map { Array(boxes[$0..<min($0 + 2, boxes.count)]) }
        units = rows.map { row in Self.boxHeight(row) + Self.rowGap }
    }

    private static func boxHeight(_ row: [Box]) -> Double {
        (row.map(\.textHeight).max() ?? 0) + 2 * padding + room
    }

    func draw(_ range: Range<Int>, top: Double, on cr: OpaquePointer) {
        var y = top
        for row in rows[range] {
            let height = Self.boxHeight(row)
            for (column, box) in row.enumerated() {
                let left = PageGeometry.contentLeft + Double(column) * (boxWidth + Self.gap)
                cairo_set_source_rgb(cr, 0.55, 0.55, 0.55)
                cairo_set_line_width(cr, 0.6)
                cairo_rectangle(cr, left, y, boxWidth, height)
                cairo_stroke(cr)
                cairo_set_source_rgb(cr, 0, 0, 0)
                var textTop = y + Self.padding
                for text in box.texts {
                    text.draw(top: textTop, left: left + Self.padding, on: cr)
                    textTop += text.height
                }
            }
            y += height + Self.rowGap
        }
    }
}
