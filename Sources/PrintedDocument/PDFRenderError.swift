import CPangoCairo

/// Cairo reported a failure while making the PDF.
public struct PDFRenderError: Error, CustomStringConvertible, Equatable {
    /// What was being done, and Cairo's own words for what went wrong.
    public let description: String

    /// Throws when `status` is not success; `step` says what was being done.
    static func check(_ status: cairo_status_t, _ step: String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw PDFRenderError(description: "PDF rendering failed while \(step): \(String(cString: cairo_status_to_string(status)))")
    }
}
