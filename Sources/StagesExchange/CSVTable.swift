import Foundation
import SwiftCSV

/// A CSV file read into a header and rows, each row with the line it starts
/// on (a quoted field may span lines), for messages that name the line.
public struct CSVTable: Sendable {
    public let header: [String]
    public let rows: [(line: Int, fields: [String])]
    public let separator: Character

    /// Parses `text` with SwiftCSV; the separator is `,`, `;` or tab, guessed
    /// from the header line unless given.
    public init(text: String, separator: Character? = nil) throws {
        let text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let delimiter = CSVDelimiter.character(separator ?? Self.guessSeparator(text))
        self.separator = delimiter.rawValue
        let csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
        header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        var line = 2 + Self.newlines(in: csv.header)
        var rows: [(Int, [String])] = []
        for fields in csv.rows {
            rows.append((line, fields))
            line += 1 + Self.newlines(in: fields)
        }
        self.rows = rows
    }

    /// The most frequent of `,` `;` tab in the header line, quotes skipped.
    /// (SwiftCSV's own guess mutates a shared CharacterSet, which crashes when two threads read CSV.)
    static func guessSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if !quoted, c == "\n" { break }
            if !quoted, counts[c] != nil { counts[c]! += 1 }
        }
        return counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }!.key
    }

    private static func newlines(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.count { $0 == "\n" } }
    }
}

/// Writes CSV: fields quoted when they must be, and cells a spreadsheet would
/// run as a formula (=, +, -, @, tab, carriage return first) neutralised with a quote.
public enum CSVWriter {
    public static func write(header: [String], rows: [[String]], separator: Character = ",", excel: Bool = false) -> Data {
        let separator: Character = excel ? ";" : separator
        var out = excel ? "\u{FEFF}" : ""
        for row in [header] + rows {
            out += row.map { quote(neutralise($0), separator) }.joined(separator: String(separator)) + "\r\n"
        }
        return Data(out.utf8)
    }

    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }

    static func quote(_ cell: String, _ separator: Character) -> String {
        guard cell.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        // Swift's own split and join: NSString's replacingOccurrences cost an eighth of an export.
        return "\"" + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
