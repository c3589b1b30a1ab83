import Foundation
import StagesCore

/// The store's journal, `<store>.journal`: one line of JSON per save, listing
/// the records that save changed. Saving appends a line instead of rewriting
/// the whole document, so an edit costs the size of the edit, not of the store.
/// A line cut short by a crash (no final newline) was never acknowledged and
/// is ignored; compaction folds the journal back into the document.
package enum Journal {
    /// One save: every record it changed, applied together or not at all.
    struct Entry: Codable {
        var changes: [Change]
    }

    /// A record set to a new value, or removed (`record` absent).
    package struct Change: Codable {
        package let collection: String
        package let id: String
        package let record: (any Record)?
        package let programme: Programme?

        package static let programmeCollection = "programme"

        package init<R: Record>(_ record: R?, id: String) {
            collection = R.collection
            self.id = id
            self.record = record
            programme = nil
        }

        package init(programme: Programme) {
            collection = Self.programmeCollection
            id = Self.programmeCollection
            record = nil
            self.programme = programme
        }

        enum Keys: String, CodingKey { case collection, id, record }

        package init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            collection = try c.decode(String.self, forKey: .collection)
            id = try c.decode(String.self, forKey: .id)
            if collection == Self.programmeCollection {
                guard id == Self.programmeCollection else {
                    throw DecodingError.dataCorruptedError(forKey: .id, in: c,
                                                           debugDescription: "the programme's key is “programme”, not “\(id)”")
                }
                programme = try c.decode(Programme.self, forKey: .record)
                record = nil
                return
            }
            guard let type = Dataset.recordType(collection) else {
                throw DecodingError.dataCorruptedError(forKey: .collection, in: c,
                                                       debugDescription: "unknown collection “\(collection)”")
            }
            func decode<R: Record>(_: R.Type) throws -> R? { try c.decodeIfPresent(R.self, forKey: .record) }
            record = try decode(type)
            programme = nil
            // A line whose key and record disagree would file the record under another's id.
            if let record, record.id != id {
                throw DecodingError.dataCorruptedError(forKey: .id, in: c,
                                                       debugDescription: "key “\(id)” but the record's id is “\(record.id)”")
            }
        }

        package func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(collection, forKey: .collection)
            try c.encode(id, forKey: .id)
            if let programme {
                try c.encode(programme, forKey: .record)
            } else if let record {
                func encode<R: Record>(_ value: R) throws { try c.encode(value, forKey: .record) }
                try encode(record)
            }
        }

        package func apply(to data: inout Dataset) {
            if let programme {
                data.programme = programme
                return
            }
            guard let type = Dataset.recordType(collection) else { return }
            func set<R: Record>(_: R.Type) { data.setStored(record as? R, id: id) }
            set(type)
        }
    }

    static func encode(_ entry: Entry) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var line = try encoder.encode(entry)
        line.append(0x0A)
        return line
    }

    /// Applies the complete lines of `bytes` (a journal read from `startLine`)
    /// to `data`; returns how many bytes were consumed. A last line without its
    /// newline is left unconsumed; a complete line that does not parse is an error.
    static func replay(_ bytes: Data, startLine: Int, path: String, onto data: inout Dataset) throws(StoreError) -> Int {
        let decoder = StoreFormat.makeDecoder()
        var consumed = 0
        var lineNumber = startLine
        while let newline = bytes[(bytes.startIndex + consumed)...].firstIndex(of: 0x0A) {
            let line = bytes[(bytes.startIndex + consumed)..<newline]
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                do {
                    let entry = try decoder.decode(Entry.self, from: line)
                    for change in entry.changes { change.apply(to: &data) }
                } catch {
                    let fault = StoreFormat.describe(error, in: Data(line), path: path)
                    if case .corrupt(_, _, let column, let reason) = fault {
                        throw .corrupt(path: path, line: lineNumber, column: column, reason: reason)
                    }
                    throw fault
                }
            }
            consumed = newline - bytes.startIndex + 1
            lineNumber += 1
        }
        return consumed
    }
}
