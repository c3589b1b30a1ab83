/// Counts drawn as bars of block characters, eighths included, so that the eye compares them at once.
enum Bars {
    /// "17 ██████▍": the count, right-aligned on four columns, then its bar against `most` over `width` columns.
    static func counted(_ count: Int, of most: Int, width: Int) -> String {
        let number = String(count)
        let padded = String(repeating: " ", count: max(0, 4 - number.count)) + number
        let drawn = width > 0 ? bar(count, of: most, width: width) : ""
        return drawn.isEmpty ? padded : padded + " " + drawn
    }

    static func bar(_ count: Int, of most: Int, width: Int) -> String {
        guard most > 0, count > 0 else { return "" }
        let eighths = max(1, count * width * 8 / most)
        return String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : partial[eighths % 8])
    }

    private static let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
}
