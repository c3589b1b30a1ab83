/// Where things go on the page, in PostScript points (1/72 inch): A4 portrait, 2 cm margins,
/// and a band at the foot for the footer and the page number.
enum PageGeometry {
    static let width = 595.2756   // 210 mm
    static let height = 841.8898  // 297 mm
    static let margin = 56.6929   // 2 cm
    /// The text area: the footer band lies below `contentBottom`.
    static let contentLeft = margin
    static let contentWidth = width - 2 * margin
    static let contentTop = margin
    static let contentBottom = height - margin - 14
    /// The footer's rule, and the top of its text just under it.
    static let footerRule = height - margin - 6
    static let footerTop = height - margin - 2
}

/// The fonts, as Pango font descriptions: DejaVu Sans has every Latin letter, « », € and œ.
enum Typeface {
    static let body = "DejaVu Sans 10"
    static let label = "DejaVu Sans Bold 10"
    static let title = "DejaVu Sans Bold 17"
    static let section = "DejaVu Sans Bold 12.5"
    static let clause = "DejaVu Sans Bold 10.5"
    static let footer = "DejaVu Sans 8"
    static let watermark = "DejaVu Sans Bold 110"
}
