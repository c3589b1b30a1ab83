import CPangoCairo

/// A text laid out by Pango at a width, with its lines measured so that the paginator can cut
/// between them and each line can be drawn on its own, wherever its page puts it.
/// The text is set as plain text, never as markup: `<`, `&` print as they are.
final class TextLayout {
    /// One line, in points, relative to the layout's top left.
    struct Line {
        let top: Double
        let height: Double
        /// From the line's top to its baseline.
        let baseline: Double
        /// Its left edge: more than 0 when centred.
        let left: Double
        let width: Double
    }

    private let layout: OpaquePointer
    let lines: [Line]

    /// Wrapped at `width` points, or not at all when `width` is nil.
    init(_ text: String, font: String, width: Double?, centred: Bool = false, on cr: OpaquePointer) {
        layout = pango_cairo_create_layout(cr)
        // Cairo's PDF units are points: at Pango's default 96 dpi, "10" would print as 13.3 pt.
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
        let description = pango_font_description_from_string(font)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        if let width { pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE))) }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        if centred { pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER) }
        // Pango wants valid UTF-8 up to the length given: a NUL would end it early.
        let plain = text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "") : text
        pango_layout_set_text(layout, plain, Int32(plain.utf8.count))
        lines = Self.measure(layout)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    var height: Double { lines.last.map { $0.top + $0.height } ?? 0 }

    /// The width of the widest line.
    var naturalWidth: Double { lines.map { $0.left + $0.width }.max() ?? 0 }

    /// Draws line `index` with its top at `top` and the layout's left edge at `left`.
    func draw(line index: Int, top: Double, left: Double, on cr: OpaquePointer) {
        let line = lines[index]
        cairo_move_to(cr, left + line.left, top + line.baseline)
        pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(layout, Int32(index)))
    }

    /// Draws every line, the layout's top left at (`left`, `top`).
    func draw(top: Double, left: Double, on cr: OpaquePointer) {
        for (index, line) in lines.enumerated() { draw(line: index, top: top + line.top, left: left, on: cr) }
    }

    /// Adds the outlines of every line to the current path, the layout's top left at
    /// (`left`, `top`): shapes to fill, not text a reader would extract.
    func outline(top: Double, left: Double, on cr: OpaquePointer) {
        for (index, line) in lines.enumerated() {
            cairo_move_to(cr, left + line.left, top + line.top + line.baseline)
            pango_cairo_layout_line_path(cr, pango_layout_get_line_readonly(layout, Int32(index)))
        }
    }

    private static func measure(_ layout: OpaquePointer) -> [Line] {
        let scale = Double(PANGO_SCALE)
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var lines: [Line] = []
        repeat {
            var top: Int32 = 0, bottom: Int32 = 0
            var logical = PangoRectangle()
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = pango_layout_iter_get_baseline(iterator)
            lines.append(Line(top: Double(top) / scale, height: Double(bottom - top) / scale,
                              baseline: Double(baseline - top) / scale, left: Double(logical.x) / scale,
                              width: Double(logical.width) / scale))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }
}
