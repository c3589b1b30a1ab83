import CSimdjson
import Foundation
import StagesCore

/// Opening the store with simdjson: one parse of the whole document, then the
/// record arrays decoded on both cores from the parsed values, which are only
/// read. Anything unexpected (not JSON, not a store of a version this reads, a
/// field of the wrong type, a value this decoder leaves to JSONDecoder)
/// returns nil, and the Foundation path reads the file and explains.
enum SimdjsonStoreDecode {
    /// Records per job: enough to pay for the job, few enough to keep both cores busy to the end.
    static let recordsPerJob = 500

    static func decode(_ data: Data) -> StoreFormat.Document? {
        guard let document = SimdjsonDocument(parsing: data) else { return nil }
        let top = SimdjsonDecoder(document: document, value: document.root)
        guard let header = try? top.decodeValue(StoreFormat.Header.self), header.format == StoreFormat.name,
              let version = header.version, version <= StoreFormat.version else { return nil }
        let results = Results()
        var jobs: [@Sendable () throws -> Void] = [{
            let decoder = SimdjsonDecoder(document: document, value: document.root)
            results.set(programme: try decoder.decode(Programme.self, from: try field("programme", of: document), at: NameKey("programme"), depth: 0))
        }]
        func add<R: Record>(_ type: R.Type) throws {
            let elements = try elements(of: try field(R.collection, of: document))
            for start in stride(from: 0, to: elements.count, by: recordsPerJob) {
                let range = start..<min(start + recordsPerJob, elements.count)
                jobs.append {
                    let decoder = SimdjsonDecoder(document: document, value: document.root, codingPath: [NameKey(R.collection)])
                    var records: [R] = []
                    records.reserveCapacity(range.count)
                    for index in range {
                        records.append(try decoder.decode(R.self, from: elements[index], at: SimdjsonIndexKey(index), depth: 1))
                    }
                    results.add(records, at: start)
                }
            }
        }
        do {
            try add(Offer.self)
            try add(Placement.self)
            try add(Student.self)
            try add(Organization.self)
            try add(Alternance.self)
        } catch {
            return nil
        }
        let all = jobs
        DispatchQueue.concurrentPerform(iterations: all.count) { i in
            do { try all[i]() } catch { results.fail() }
        }
        return results.document()
    }

    private struct Missing: Error {}

    private static func field(_ name: String, of document: SimdjsonDocument) throws -> csj_value {
        var found = csj_value()
        var name = name
        let present = name.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { csj_object_field(document.root, $0.baseAddress, $0.count, &found) }
        }
        guard present else { throw Missing() }
        return found
    }

    private static func elements(of array: csj_value) throws -> [csj_value] {
        var cursor = csj_cursor()
        guard csj_array_begin(array, &cursor) else { throw Missing() }
        var out: [csj_value] = []
        out.reserveCapacity(csj_count(array))
        var element = csj_value()
        while csj_array_next(&cursor, &element) { out.append(element) }
        return out
    }

    /// A top-level member's name, as a coding key.
    private struct NameKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The decoded records, filled from both cores, one run of records at a time.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [String: [Int: Any]] = [:]
        private var programme: Programme?
        private var failed = false

        func set(programme value: Programme) { lock.withLock { programme = value } }
        func add<R: Record>(_ records: [R], at start: Int) { lock.withLock { runs[R.collection, default: [:]][start] = records } }
        func fail() { lock.withLock { failed = true } }

        private func records<R: Record>(_ type: R.Type) -> [R] {
            (runs[R.collection] ?? [:]).sorted { $0.key < $1.key }.flatMap { $0.value as! [R] }
        }

        func document() -> StoreFormat.Document? {
            lock.withLock {
                guard !failed, let programme else { return nil }
                return StoreFormat.Document(
                    programme: programme, students: records(Student.self), organizations: records(Organization.self),
                    offers: records(Offer.self), placements: records(Placement.self), alternances: records(Alternance.self))
            }
        }
    }
}
