import CPangoCairo
import Foundation

/// The bytes of a PDF as Cairo writes them: a PDF surface whose write callback appends to
/// this buffer, so that the caller decides where and how the file is written.
final class PDFOutput {
    private(set) var bytes = Data()

    /// A PDF surface writing here. This buffer must outlive it: the surface holds it unretained.
    func surface(width: Double, height: Double) throws -> OpaquePointer {
        let this = Unmanaged.passUnretained(self).toOpaque()
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
            if let data, length > 0 {
                Unmanaged<PDFOutput>.fromOpaque(closure).takeUnretainedValue().bytes.append(data, count: Int(length))
            }
            return CAIRO_STATUS_SUCCESS
        }, this, width, height)
        guard let surface else { throw PDFRenderError(description: "PDF rendering failed: Cairo made no surface") }
        do {
            try PDFRenderError.check(cairo_surface_status(surface), "creating the PDF surface")
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }
}
