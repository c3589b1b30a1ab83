import CPangoCairo
import Foundation

/// Typesets a `PrintedDocument` into PDF with Pango and Cairo: A4 portrait, DejaVu Sans
/// embedded (subsetted) by Cairo, every page numbered "N / M" in the document's words.
public enum PDFRenderer {
    /// The PDF's bytes; writing them to a file is the caller's business.
    public static func pdf(_ document: PrintedDocument) throws -> Data {
        let output = PDFOutput()
        return try withExtendedLifetime(output) {
            let surface = try output.surface(width: PageGeometry.width, height: PageGeometry.height)
            defer { cairo_surface_destroy(surface) }
            setMetadata(of: document, on: surface)
            guard let cr = cairo_create(surface) else { throw PDFRenderError(description: "PDF rendering failed: no Cairo context") }
            defer { cairo_destroy(cr) }
            try PDFRenderError.check(cairo_status(cr), "creating the drawing context")

            // First pass: lay every block out and cut into pages, which gives the page count;
            // second pass: draw each page, now that "page N / M" can be written.
            let (items, flows) = Composer(cr: cr).compose(document.blocks)
            let pages = Paginator.pages(items, top: PageGeometry.contentTop, bottom: PageGeometry.contentBottom)
            let decoration = PageDecoration(footer: document.footer, pageLabel: document.pageLabel, watermark: document.watermark)
            for (index, placements) in pages.enumerated() {
                decoration.drawBackground(on: cr)
                cairo_set_source_rgb(cr, 0, 0, 0)
                for placement in placements {
                    flows[placement.item]?.draw(placement.units, top: placement.top, on: cr)
                }
                decoration.drawFoot(page: index + 1, of: pages.count, on: cr)
                cairo_show_page(cr)
                try PDFRenderError.check(cairo_status(cr), "drawing page \(index + 1)")
            }
            cairo_surface_finish(surface)
            try PDFRenderError.check(cairo_surface_status(surface), "finishing the PDF")
            return output.bytes
        }
    }

    /// The information dictionary: empty values are left out.
    private static func setMetadata(of document: PrintedDocument, on surface: OpaquePointer) {
        let entries = [(CAIRO_PDF_METADATA_TITLE, document.title), (CAIRO_PDF_METADATA_AUTHOR, document.metadata.author),
                       (CAIRO_PDF_METADATA_SUBJECT, document.metadata.subject),
                       (CAIRO_PDF_METADATA_CREATOR, document.metadata.creator),
                       (CAIRO_PDF_METADATA_KEYWORDS, document.metadata.keywords)]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }
}
