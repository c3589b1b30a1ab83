/// Blanks at the ends of what people type, handled in Swift: the rules run these
/// on every field of every record, where Foundation's `trimmingCharacters`
/// (through NSString) took a quarter of `stages check`.
extension StringProtocol {
    /// Nothing but spaces, tabs and newlines (or nothing at all).
    public var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Without the spaces, tabs and newlines at either end.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
