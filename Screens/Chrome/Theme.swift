import TerminalKit

/// The application's looks, readable without colour (NO_COLOR): every
/// meaning carried by colour is also carried by an attribute or a sign.
enum Theme {
    static let title = Style(bold: true)
    static let activeTab = Style(bold: true, reverse: true)
    static let tab = Style.plain
    static let label = Style(bold: true)
    static let dim = Style(dim: true)
    static let error = Style(foreground: .red, bold: true)
    static let warning = Style(foreground: .yellow)
    static let success = Style(foreground: .green)
    static let heading = Style(foreground: .cyan, bold: true, underline: true)
    static let filter = Style(foreground: .cyan)
}
