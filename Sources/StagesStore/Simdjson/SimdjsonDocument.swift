import CSimdjson
import Foundation

/// A JSON document parsed by simdjson: its values (`csj_value`) point into it
/// and are valid while this lives. Parsing is done once, in `init`, with a
/// parser dropped as soon as the document is built; afterwards the document is
/// only read, which several threads may do at once.
final class SimdjsonDocument: @unchecked Sendable {
    private let document: OpaquePointer
    let root: csj_value
    /// The text has a run of 16 digits or more with a fraction or an exponent:
    /// a number in it may hold more than a double carries, so a `Decimal` read
    /// from its double could differ from the one read from its text.
    let hasLongNumbers: Bool

    /// nil when the text is not one well-formed JSON value (simdjson says why; the caller need not).
    convenience init?(parsing data: Data) {
        self.init(parsing: data, asArrayElements: false)
    }

    /// `asArrayElements`: the text is an array's elements, as if within `[` and `]`.
    init?(parsing data: Data, asArrayElements: Bool) {
        var document: OpaquePointer?
        var root = csj_value()
        var longNumbers = false
        let status = data.withUnsafeBytes { raw in
            csj_parse(raw.bindMemory(to: UInt8.self).baseAddress, raw.count, asArrayElements, &document, &root, &longNumbers)
        }
        guard status == 0, let document else { return nil }
        self.document = document
        self.root = root
        hasLongNumbers = longNumbers
    }

    deinit { csj_document_free(document) }
}
