import CSimdjson
import Foundation
import StagesCore

/// Opening the store with simdjson: ParallelDecode cuts the document into its
/// members and the record arrays into runs of about a megabyte, and each run
/// is parsed and decoded on its own, on both cores; only two runs' parsed
/// values are alive at a time. Anything unexpected (a layout not ours, not
/// JSON, a field of the wrong type, a value this decoder leaves to
/// JSONDecoder) returns nil, and JSONDecoder reads the file and explains.
package enum SimdjsonStoreDecode {
    static func decode(_ data: Data) -> StoreFormat.Document? {
        ParallelDecode.decode(data, reader: .simdjson)
    }

    struct Unreadable: Error {}

    package static func programme(_ text: Data) throws -> Programme {
        guard let document = SimdjsonDocument(parsing: text) else { throw Unreadable() }
        return try SimdjsonDecoder(document: document, value: document.root, codingPath: [NameKey("programme")])
            .decodeValue(Programme.self)
    }

    /// The records of a whole array's text.
    package static func records<R: Record>(_ type: R.Type, array text: Data) throws -> [R] {
        guard let document = SimdjsonDocument(parsing: text) else { throw Unreadable() }
        return try records(R.self, in: document, first: 0)
    }

    /// The records of a run of an array's elements, the first of which is the array's `first`.
    static func records<R: Record>(_ type: R.Type, elements text: Data, first: Int) throws -> [R] {
        guard let document = SimdjsonDocument(parsing: text, asArrayElements: true) else { throw Unreadable() }
        return try records(R.self, in: document, first: first)
    }

    private static func records<R: Record>(_ type: R.Type, in document: SimdjsonDocument, first: Int) throws -> [R] {
        var cursor = csj_cursor()
        guard csj_array_begin(document.root, &cursor) else { throw Unreadable() }
        let decoder = SimdjsonDecoder(document: document, value: document.root, codingPath: [NameKey(R.collection)])
        var records: [R] = []
        records.reserveCapacity(csj_count(document.root))
        var element = csj_value()
        while csj_array_next(&cursor, &element) {
            records.append(try decoder.decode(R.self, from: element, at: SimdjsonIndexKey(first + records.count), depth: 1))
        }
        return records
    }

    /// A top-level member's name, as a coding key.
    private struct NameKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
