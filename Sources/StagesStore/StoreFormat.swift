import Foundation
import StagesCore

/// The store's JSON document: a format name and version, the programme, and
/// one array per kind of record, sorted by id. Keys are sorted and the layout
/// fixed, so saving the same data twice writes the same bytes.
package enum StoreFormat {
    static let name = "stages"
    static let version = 1

    struct Header: Decodable {
        let format: String?
        let version: Int?
    }

    /// The whole document. Encoding it with sorted keys and records sorted by id
    /// makes the text a function of the data alone.
    struct Document: Codable {
        var format = StoreFormat.name
        var version = StoreFormat.version
        let programme: Programme
        let students: [Student]
        let organizations: [Organization]
        let offers: [Offer]
        let placements: [Placement]
        let alternances: [Alternance]
    }

    package static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    package static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func encode(_ data: Dataset) throws -> Data {
        func sorted<R: Record>(_ table: [String: R]) -> [R] { table.values.sorted { $0.id < $1.id } }
        var out = try makeEncoder().encode(Document(
            programme: data.programme, students: sorted(data.students), organizations: sorted(data.organizations),
            offers: sorted(data.offers), placements: sorted(data.placements), alternances: sorted(data.alternances)))
        out.append(0x0A)
        return out
    }

    /// Decodes a whole document, or says where and why it is unreadable.
    static func decode(_ data: Data, path: String) throws(StoreError) -> Dataset {
        guard !data.isEmpty, data.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
            throw .empty(path: path)
        }
        // Runs of records read by simdjson on both cores, else by JSONDecoder on both cores; each returns
        // nil for a layout not ours or anything it leaves to the next, and the whole document comes last.
        if let doc = SimdjsonStoreDecode.decode(data) ?? ParallelDecode.decode(data, reader: .foundation) { return try dataset(doc, in: data, path: path) }
        let decoder = makeDecoder()
        // One parse in the usual case: the whole document, then its format and version.
        if let doc = try? decoder.decode(Document.self, from: data) {
            guard doc.format == name else { throw .notAStore(path: path) }
            guard doc.version <= StoreFormat.version else {
                throw .newerVersion(path: path, found: doc.version, supported: StoreFormat.version)
            }
            return try dataset(doc, in: data, path: path)
        }
        // Something is wrong: say what, from the header first.
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
            _ = try decoder.decode(Document.self, from: data)
            throw StoreError.corrupt(path: path, line: 1, column: 1, reason: "unreadable")
        } catch let error as StoreError {
            throw error
        } catch {
            throw describe(error, in: data, path: path)
        }
    }

    /// The records by id; an id given twice in one collection is refused where it
    /// comes again, never settled by keeping one of the two.
    static func dataset(_ doc: Document, in data: Data, path: String) throws(StoreError) -> Dataset {
        try dataset(doc, path: path) { data }
    }

    /// The same, with the document's text asked for only to locate a duplicate (a caller that let
    /// go of a large document's bytes reads them again then).
    static func dataset(_ doc: Document, path: String, text: () -> Data?) throws(StoreError) -> Dataset {
        let dataset = Dataset(programme: doc.programme, students: doc.students, organizations: doc.organizations,
                              offers: doc.offers, placements: doc.placements, alternances: doc.alternances)
        // Fewer records by id than in the arrays: some id came twice. Looked for only then.
        func refuseDuplicates<R: Record>(_ records: [R], indexed: Int) throws(StoreError) {
            guard indexed != records.count else { return }
            var seen: [String: Int] = [:]
            for (index, record) in records.enumerated() {
                guard let first = seen.updateValue(index, forKey: record.id) else { continue }
                let bytes = [UInt8](text() ?? Data())
                func position(_ n: Int) -> (line: Int, column: Int) {
                    JSONFaultLocator.lineAndColumn(of: JSONFaultLocator.offset(of: [.key(R.collection), .index(n)], in: bytes), in: bytes)
                }
                let (line, column) = position(index)
                throw .corrupt(path: path, line: line, column: column,
                               reason: "id “\(record.id)” given twice in “\(R.collection)”, first at line \(position(first).line)")
            }
        }
        // In the document's order (its keys are sorted), so the first duplicate in the file is named.
        try refuseDuplicates(doc.alternances, indexed: dataset.alternances.count)
        try refuseDuplicates(doc.offers, indexed: dataset.offers.count)
        try refuseDuplicates(doc.organizations, indexed: dataset.organizations.count)
        try refuseDuplicates(doc.placements, indexed: dataset.placements.count)
        try refuseDuplicates(doc.students, indexed: dataset.students.count)
        return dataset
    }

    /// Turns a decoding error into a message with the line and column of the fault.
    static func describe(_ error: Error, in data: Data, path: String) -> StoreError {
        let bytes = [UInt8](data)
        if let fault = JSONFaultLocator.syntaxFault(in: bytes) {
            let (line, column) = JSONFaultLocator.lineAndColumn(of: fault.offset, in: bytes)
            return .corrupt(path: path, line: line, column: column, reason: fault.reason)
        }
        guard let decoding = error as? DecodingError else {
            return .corrupt(path: path, line: 1, column: 1, reason: explain(error))
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
            (codingPath, reason) = ([], explain(decoding))
        }
        let steps = codingPath.map { key -> JSONFaultLocator.PathStep in
            key.intValue.map { .index($0) } ?? .key(key.stringValue)
        }
        let offset = JSONFaultLocator.offset(of: steps, in: bytes)
        let (line, column) = JSONFaultLocator.lineAndColumn(of: offset, in: bytes)
        return .corrupt(path: path, line: line, column: column, reason: reason)
    }

    /// An error met while encoding or decoding, as a person can read it: the
    /// field and what is wrong with it, not the type's dump.
    static func explain(_ error: any Error) -> String {
        switch error {
        case EncodingError.invalidValue(_, let context):
            "“\(dotted(context.codingPath))”: \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
             DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "“\(dotted(context.codingPath))”: \(context.debugDescription)"
        default:
            (error as? LocalizedError)?.errorDescription ?? "\(type(of: error))"
        }
    }

    static func dotted(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}

