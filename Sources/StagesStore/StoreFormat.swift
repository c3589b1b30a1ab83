import Foundation
import StagesCore

/// The store's JSON document: a format name and version, the programme, and
/// one array per kind of record, sorted by id. Keys are sorted and the layout
/// fixed, so saving the same data twice writes the same bytes.
enum StoreFormat {
    static let name = "stages"
    static let version = 1

    struct Header: Decodable {
        let format: String?
        let version: Int?
    }

    struct Document: Decodable {
        let programme: Programme
        let students: [Student]
        let organizations: [Organization]
        let offers: [Offer]
        let placements: [Placement]
        let alternances: [Alternance]
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Decodes a whole document, or says where and why it is unreadable.
    static func decode(_ data: Data, path: String) throws(StoreError) -> Dataset {
        guard !data.isEmpty, data.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
            throw .empty(path: path)
        }
        let decoder = makeDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            let fault = describe(error, in: data, path: path)
            // Well-formed JSON that is not even an object is some other file.
            throw JSONFaultLocator.syntaxFault(in: [UInt8](data)) == nil ? .notAStore(path: path) : fault
        }
        guard header.format == name else { throw .notAStore(path: path) }
        if let version = header.version, version > StoreFormat.version {
            throw .newerVersion(path: path, found: version, supported: StoreFormat.version)
        }
        do {
            let doc = try decoder.decode(Document.self, from: data)
            return Dataset(programme: doc.programme, students: doc.students, organizations: doc.organizations,
                           offers: doc.offers, placements: doc.placements, alternances: doc.alternances)
        } catch {
            throw describe(error, in: data, path: path)
        }
    }

    /// Turns a decoding error into a message with the line and column of the fault.
    static func describe(_ error: Error, in data: Data, path: String) -> StoreError {
        let bytes = [UInt8](data)
        if let fault = JSONFaultLocator.syntaxFault(in: bytes) {
            let (line, column) = JSONFaultLocator.lineAndColumn(of: fault.offset, in: bytes)
            return .corrupt(path: path, line: line, column: column, reason: fault.reason)
        }
        guard let decoding = error as? DecodingError else {
            return .corrupt(path: path, line: 1, column: 1, reason: String(describing: error))
        }
        let (codingPath, reason): ([CodingKey], String)
        switch decoding {
        case .keyNotFound(let key, let context):
            (codingPath, reason) = (context.codingPath, "field “\(key.stringValue)” missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            (codingPath, reason) = (context.codingPath, "“\(dotted(context.codingPath))”: \(context.debugDescription)")
        case .dataCorrupted(let context):
            (codingPath, reason) = (context.codingPath, "“\(dotted(context.codingPath))”: \(context.debugDescription)")
        @unknown default:
            (codingPath, reason) = ([], String(describing: decoding))
        }
        let steps = codingPath.map { key -> JSONFaultLocator.PathStep in
            key.intValue.map { .index($0) } ?? .key(key.stringValue)
        }
        let offset = JSONFaultLocator.offset(of: steps, in: bytes)
        let (line, column) = JSONFaultLocator.lineAndColumn(of: offset, in: bytes)
        return .corrupt(path: path, line: line, column: column, reason: reason)
    }

    static func dotted(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}

/// Writes documents, re-encoding only the records that changed since the
/// last write: each record's JSON is kept with the record it came from.
final class DocumentWriter {
    private let encoder = StoreFormat.makeEncoder()
    private var fragments: [String: [String: (record: AnyHashable, bytes: [UInt8])]] = [:]

    func encode(_ data: Dataset) throws -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        func line(_ text: String) { out.append(contentsOf: text.utf8) }
        line("{\n")
        try array(data.alternances, into: &out)
        line(",\n  \"format\" : \"\(StoreFormat.name)\",\n")
        try array(data.offers, into: &out)
        line(",\n")
        try array(data.organizations, into: &out)
        line(",\n")
        try array(data.placements, into: &out)
        line(",\n  \"programme\" : ")
        out.append(contentsOf: indented(try encoder.encode(data.programme), by: 2).dropFirst(2))
        line(",\n")
        try array(data.students, into: &out)
        line(",\n  \"version\" : \(StoreFormat.version)\n}\n")
        return Data(out)
    }

    private func array<R: Record>(_ records: [String: R], into out: inout [UInt8]) throws {
        out.append(contentsOf: "  \"\(R.collection)\" : [".utf8)
        var cache = fragments[R.collection] ?? [:]
        var fresh: [String: (record: AnyHashable, bytes: [UInt8])] = [:]
        fresh.reserveCapacity(records.count)
        for (n, id) in records.keys.sorted().enumerated() {
            let record = records[id]!
            let bytes: [UInt8]
            if let cached = cache.removeValue(forKey: id), cached.record == AnyHashable(record) {
                bytes = cached.bytes
            } else {
                bytes = indented(try encoder.encode(record), by: 4)
            }
            fresh[id] = (AnyHashable(record), bytes)
            out.append(contentsOf: (n == 0 ? "\n" : ",\n").utf8)
            out.append(contentsOf: bytes)
        }
        fragments[R.collection] = fresh
        out.append(contentsOf: (records.isEmpty ? "]" : "\n  ]").utf8)
    }

    private func indented(_ json: Data, by width: Int) -> [UInt8] {
        let pad = [UInt8](repeating: 0x20, count: width)
        var out = pad
        out.reserveCapacity(json.count + json.count / 8)
        for byte in json {
            out.append(byte)
            if byte == 0x0A { out.append(contentsOf: pad) }
        }
        return out
    }
}
