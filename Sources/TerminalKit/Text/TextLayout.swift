/// Fitting text into columns: truncation with an ellipsis, padding, and word
/// wrapping, all by grapheme and display width.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// At most `width` columns; an ellipsis marks a cut, and a wide character
    /// that would straddle the edge is dropped rather than split.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        out.append(ellipsis)
        return out
    }

    /// Exactly `width` columns: truncated, then padded with spaces on the right (or left).
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return alignRight ? pad + cut : cut + pad
    }

    /// Lines of at most `width` columns, broken between words; a word longer
    /// than a line is broken between graphemes. Newlines in `text` are kept.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + wordWidth <= width {
                    if gap == 1 { line.append(" ") }
                    line += word
                    lineWidth += gap + wordWidth
                    continue
                }
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    var piece = ""
                    var used = 0
                    while let c = word.first, used + DisplayWidth.of(c) <= width {
                        piece.append(c)
                        used += DisplayWidth.of(c)
                        word = word.dropFirst()
                    }
                    if piece.isEmpty { word = word.dropFirst(); continue }  // wider than the whole line
                    lines.append(piece)
                    wordWidth -= used
                }
                line = String(word)
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
