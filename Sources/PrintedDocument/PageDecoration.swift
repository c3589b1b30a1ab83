import CPangoCairo
import Foundation

/// What every page carries besides its content: the watermark behind, the footer and the
/// page number in the band at the foot.
struct PageDecoration {
    let footer: String
    let pageLabel: @Sendable (Int, Int) -> String
    let watermark: String?

    /// Drawn first, so that the text lies over it; as filled outlines, not text, so that
    /// copying or extracting the page's text does not pick its letters up among the lines.
    func drawBackground(on cr: OpaquePointer) {
        guard let watermark, !watermark.isEmpty else { return }
        let text = TextLayout(watermark, font: Typeface.watermark, width: nil, on: cr)
        let width = text.naturalWidth, height = text.height
        guard width > 0 else { return }
        // Along the diagonal, bottom left to top right, over at most 60 % of its length.
        let diagonal = (PageGeometry.width * PageGeometry.width + PageGeometry.height * PageGeometry.height).squareRoot()
        let scale = min(1, 0.6 * diagonal / width)
        cairo_save(cr)
        cairo_translate(cr, PageGeometry.width / 2, PageGeometry.height / 2)
        cairo_rotate(cr, -atan2(PageGeometry.height, PageGeometry.width))
        cairo_scale(cr, scale, scale)
        cairo_set_source_rgb(cr, 0.88, 0.88, 0.88)
        text.outline(top: -height / 2, left: -width / 2, on: cr)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// A thin rule, the footer text on the left, "page N / M" on the right.
    func drawFoot(page: Int, of count: Int, on cr: OpaquePointer) {
        cairo_save(cr)
        cairo_set_source_rgb(cr, 0.6, 0.6, 0.6)
        cairo_set_line_width(cr, 0.5)
        cairo_move_to(cr, PageGeometry.contentLeft, PageGeometry.footerRule)
        cairo_line_to(cr, PageGeometry.contentLeft + PageGeometry.contentWidth, PageGeometry.footerRule)
        cairo_stroke(cr)
        cairo_set_source_rgb(cr, 0.3, 0.3, 0.3)
        let label = TextLayout(pageLabel(page, count), font: Typeface.footer, width: PageGeometry.contentWidth / 3, on: cr)
        let labelWidth = label.naturalWidth
        label.draw(top: PageGeometry.footerTop, left: PageGeometry.contentLeft + PageGeometry.contentWidth - labelWidth, on: cr)
        if !footer.isEmpty {
            TextLayout(footer, font: Typeface.footer, width: PageGeometry.contentWidth - labelWidth - 16, on: cr)
                .draw(top: PageGeometry.footerTop, left: PageGeometry.contentLeft, on: cr)
        }
        cairo_restore(cr)
    }
}
