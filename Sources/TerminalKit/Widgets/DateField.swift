/// A date typed day first, as a French user types it: 08/04/2027 (also
/// 8/4/2027, 08.04.2027 or 08-04-2027). Only digits and separators are accepted.
public struct DateField: Hashable, Sendable {
    public private(set) var field: TextField
    /// Shown dimmed while the field is empty and not focused, in the
    /// application's language: "DD/MM/YYYY", "JJ/MM/AAAA".
    public var placeholder: String

    public init(day: Int? = nil, month: Int? = nil, year: Int? = nil, placeholder: String = "DD/MM/YYYY") {
        self.placeholder = placeholder
        if let day, let month, let year {
            field = TextField(Self.format(day: day, month: month, year: year), maxLength: 10)
        } else {
            field = TextField("", maxLength: 10)
        }
    }

    public init(text: String, placeholder: String = "DD/MM/YYYY") {
        self.placeholder = placeholder
        field = TextField(text, maxLength: 10)
    }

    public var text: String { field.text }

    public static func format(day: Int, month: Int, year: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day))/\(two(month))/\(year)"
    }

    /// What is wrong with the typed text, when it is not a date.
    public enum Problem: Error, Hashable, Sendable {
        /// Not of the form DD/MM/YYYY.
        case malformed
        /// Well formed but no such day: 31/04/2027, 29/02/2027.
        case impossible(day: Int, month: Int, year: Int)
    }

    /// The date typed, nil when the field is empty, or the problem.
    public var value: Result<(day: Int, month: Int, year: Int)?, Problem> {
        let text = field.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .success(nil) }
        let parts = text.split(whereSeparator: { "/.-".contains($0) }).map(String.init)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else {
            return .failure(.malformed)
        }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            return .failure(.impossible(day: day, month: month, year: year))
        }
        return .success((day, month, year))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public mutating func handle(_ key: Key) -> Bool {
        if case .character(let c) = key, !(c.isASCII && (c.isNumber || "/.-".contains(c))) {
            return true  // swallowed: a date holds nothing else
        }
        return field.handle(key)
    }

    public func render(into canvas: inout Canvas, in rect: Rect, style: Style, focused: Bool) {
        field.render(into: &canvas, in: Rect(x: rect.x, y: rect.y, width: min(rect.width, 11), height: 1),
                     style: style, focused: focused)
        if text.isEmpty, !focused {
            canvas.draw(placeholder, x: rect.x, y: rect.y, style: Style(dim: true).merged(with: style), clip: rect)
        }
    }
}

extension Style {
    /// This style's attributes added to another's colours.
    func merged(with other: Style) -> Style {
        var out = other
        out.bold = out.bold || bold
        out.dim = out.dim || dim
        out.underline = out.underline || underline
        out.reverse = out.reverse || reverse
        out.foreground = foreground ?? other.foreground
        return out
    }
}

import Foundation
