import CSimdjson
import Foundation

/// A JSON document parsed by simdjson, with the parser that holds it: its
/// values (`csj_value`) point into the parser and are valid while this lives.
/// Parsing is done once, in `init`; afterwards the document is only read, which
/// several threads may do at once.
final class SimdjsonDocument: @unchecked Sendable {
    private let parser: OpaquePointer
    let root: csj_value
    /// The text has a run of 16 digits or more with a fraction or an exponent:
    /// a number in it may hold more than a double carries, so a `Decimal` read
    /// from its double could differ from the one read from its text.
    let hasLongNumbers: Bool

    /// nil when the text is not one well-formed JSON value (simdjson says why; the caller need not).
    init?(parsing data: Data) {
        guard let parser = csj_parser_new() else { return nil }
        var root = csj_value()
        var longNumbers = false
        let status = data.withUnsafeBytes { raw in
            csj_parse(parser, raw.bindMemory(to: UInt8.self).baseAddress, raw.count, &root, &longNumbers)
        }
        guard status == 0 else {
            csj_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
        hasLongNumbers = longNumbers
    }

    deinit { csj_parser_free(parser) }
}
