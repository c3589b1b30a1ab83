import CPangoCairo

/// Turns blocks into what the paginator cuts (heights and cutting rules) and what draws them
/// (a flow per piece), laid out once with Pango on the PDF's own context.
struct Composer {
    let cr: OpaquePointer

    /// The items for the paginator, and the flow that draws each piece (nil for spaces and breaks).
    func compose(_ blocks: [PrintedDocument.Block]) -> (items: [Paginator.Item], flows: [Flow?]) {
        var items: [Paginator.Item] = [], flows: [Flow?] = []
        for block in blocks {
            for (item, flow) in pieces(block) {
                items.append(item)
                flows.append(flow)
            }
        }
        return (items, flows)
    }

    private func pieces(_ block: PrintedDocument.Block) -> [(Paginator.Item, Flow?)] {
        switch block {
        case .heading(let text):
            return [textPiece(text, font: Typeface.title, centred: true,
                         Paginator.Piece(units: [], spaceAfter: 16, cut: .never, keepWithNext: true))]
        case .section(let title):
            return [textPiece(title, font: Typeface.section,
                         Paginator.Piece(units: [], spaceBefore: 14, spaceAfter: 6, cut: .never, keepWithNext: true))]
        case .paragraph(let body):
            return [paragraph(body)]
        case .fields(let fields):
            return self.fields(fields)
        case .clause(let heading, let paragraphs):
            return [textPiece(heading, font: Typeface.clause,
                         Paginator.Piece(units: [], spaceBefore: 10, spaceAfter: 4, cut: .never, keepWithNext: true))]
                + paragraphs.map(paragraph)
        case .signatures(let signatures):
            guard !signatures.isEmpty else { return [] }
            let flow = SignatureFlow(signatures, on: cr)
            return [(.piece(Paginator.Piece(units: flow.units, spaceBefore: 12, spaceAfter: 6, cut: .never)), flow)]
        case .spacer:
            return [(.space(12), nil)]
        case .pageBreak:
            return [(.pageBreak, nil)]
        }
    }

    private func paragraph(_ body: String) -> (Paginator.Item, Flow?) {
        textPiece(body, font: Typeface.body, Paginator.Piece(units: [], spaceAfter: 6))
    }

    /// One text across the text area; `piece` gives the spacing and rules, the text its units.
    private func textPiece(_ text: String, font: String, centred: Bool = false, _ piece: Paginator.Piece) -> (Paginator.Item, Flow?) {
        let layout = TextLayout(text, font: font, width: PageGeometry.contentWidth, centred: centred, on: cr)
        let flow = TextFlow([TextFlow.Column(text: layout, left: PageGeometry.contentLeft)])
        var piece = piece
        piece.units = flow.units
        return (.piece(piece), flow)
    }

    /// A piece per field, so that a page may end between two; the label column as wide as the
    /// widest label, within a quarter and two fifths of the text area.
    private func fields(_ fields: [PrintedDocument.Field]) -> [(Paginator.Item, Flow?)] {
        let gap = 10.0, width = PageGeometry.contentWidth
        let widest = fields.map { TextLayout($0.label, font: Typeface.label, width: nil, on: cr).naturalWidth }.max() ?? 0
        let labelWidth = min(max(widest, width / 4), width * 2 / 5)
        return fields.enumerated().map { index, field in
            let flow = TextFlow([
                TextFlow.Column(text: TextLayout(field.label, font: Typeface.label, width: labelWidth, on: cr),
                                left: PageGeometry.contentLeft),
                TextFlow.Column(text: TextLayout(field.value, font: Typeface.body, width: width - labelWidth - gap, on: cr),
                                left: PageGeometry.contentLeft + labelWidth + gap),
            ])
            let last = index == fields.count - 1
            return (.piece(Paginator.Piece(units: flow.units, spaceAfter: last ? 8 : 2)), flow)
        }
    }
}
