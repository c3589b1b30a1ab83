#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StagesCore

/// Opening a large store on both cores: the document this program writes has
/// each top-level member on a line indented by exactly two spaces (newlines
/// inside strings are escaped), so the members can be cut apart cheaply and
/// the record arrays, cut between records into runs, read at the same time.
/// Any other layout, or any fault, returns nil and the ordinary decoder reads
/// the file and explains.
enum ParallelDecode {
    /// What reads the pieces: simdjson, or JSONDecoder, which reads whatever
    /// simdjson leaves to it.
    enum Reader { case simdjson, foundation }

    static func decode(_ data: Data, reader: Reader, runSize: Int = 1 << 20) -> StoreFormat.Document? {
        guard let members = members(data) else { return nil }
        let box = Results()
        guard decode(members, keys: allKeys, reader: reader, runSize: runSize, into: box) else { return nil }
        return box.dataset()
    }

    /// Reads the members named by `keys` into `box` on every core; false when one failed.
    static func decode(_ members: [String: Data], keys: [String], reader: Reader, runSize: Int = 1 << 20,
                       into box: Results) -> Bool {
        run(jobs(members, keys: keys, reader: reader, runSize: runSize, into: box), into: box)
    }

    /// Every top-level member that holds data; the offers and what their list shows come first.
    static let previewKeys = ["programme", "organizations", "offers"]
    static let restKeys = ["placements", "students", "alternances"]
    static let allKeys = previewKeys + restKeys

    /// The document's members by key, once its format and version are known to be ours and
    /// every member is there; nil otherwise (the ordinary decoder then reads it and explains).
    static func members(_ data: Data) -> [String: Data]? {
        guard let members = topLevelMembers(data),
              members["format"].map({ String(decoding: $0, as: UTF8.self) }) == "\"\(StoreFormat.name)\"",
              let version = members["version"].flatMap({ Int(String(decoding: $0, as: UTF8.self)) }),
              version <= StoreFormat.version,
              allKeys.allSatisfy({ members[$0] != nil }) else { return nil }
        return members
    }

    /// The jobs reading the members named by `keys` with `reader`, each array in runs of about
    /// `runSize` bytes, so both cores stay busy to the end.
    static func jobs(_ members: [String: Data], keys: [String], reader: Reader, runSize: Int = 1 << 20,
                     into box: Results) -> [@Sendable () throws -> Void] {
        var jobs: [@Sendable () throws -> Void] = []
        func add<R: Record>(_ type: R.Type) {
            guard let array = members[R.collection] else { return }
            switch reader {
            case .foundation:
                for (n, piece) in pieces(of: array, size: runSize).enumerated() {
                    jobs.append { box.add(try decoder().decode([R].self, from: piece), part: n) }
                }
            case .simdjson:
                guard let runs = recordRuns(of: array, size: runSize) else {
                    jobs.append { box.add(try SimdjsonStoreDecode.records(R.self, array: array), part: 0) }
                    return
                }
                for (n, run) in runs.enumerated() {
                    let elements = array[(array.startIndex + run.bytes.lowerBound)..<(array.startIndex + run.bytes.upperBound)]
                    jobs.append { box.add(try SimdjsonStoreDecode.records(R.self, elements: elements, first: run.first), part: n) }
                }
            }
        }
        for key in keys {
            switch key {
            case "programme":
                guard let programme = members[key] else { continue }
                jobs.append {
                    box.set(programme: try reader == .simdjson ? SimdjsonStoreDecode.programme(programme)
                                                                  : decoder().decode(Programme.self, from: programme))
                }
            case Offer.collection: add(Offer.self)
            case Placement.collection: add(Placement.self)
            case Student.collection: add(Student.self)
            case Organization.collection: add(Organization.self)
            case Alternance.collection: add(Alternance.self)
            default: break
            }
        }
        return jobs
    }

    /// Runs `jobs` on every core; false when one failed. `done` is told after each job, from its thread.
    static func run(_ jobs: [@Sendable () throws -> Void], into box: Results, done: (@Sendable () -> Void)? = nil) -> Bool {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            do { try jobs[i]() } catch { box.fail() }
            done?()
        }
        return !box.failed
    }

    /// An array's text cut between records into arrays of about `size` bytes, for JSONDecoder.
    static func pieces(of array: Data, size: Int = 1 << 20) -> [Data] {
        guard let runs = recordRuns(of: array, size: size) else { return [array] }
        return runs.map { run in
            var piece = Data(capacity: run.bytes.count + 2)
            piece.append(UInt8(ascii: "["))
            piece.append(array[(array.startIndex + run.bytes.lowerBound)..<(array.startIndex + run.bytes.upperBound)])
            piece.append(UInt8(ascii: "]"))
            return piece
        }
    }

    /// Where an array's text is cut between records ("\n    {" starts one) into runs of
    /// about `size` bytes: each run's records (offsets in `array`, without the brackets or
    /// the commas between runs) and the index of its first record. nil when the array is
    /// one run, or its layout is not ours.
    static func recordRuns(of array: Data, size: Int = 1 << 20) -> [(bytes: Range<Int>, first: Int)]? {
        guard array.count > size else { return nil }
        return array.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [(bytes: Range<Int>, first: Int)]? in
            guard let base = bytes.baseAddress else { return nil }
            // Record starts: a newline, four spaces, an opening brace; one every `size` bytes at least.
            var starts: [(offset: Int, record: Int)] = []
            var records = 0
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
                let i = base.distance(to: UnsafeRawPointer(hit))
                offset = i + 1
                guard i + 5 < bytes.count, bytes[i + 1] == 0x20, bytes[i + 2] == 0x20, bytes[i + 3] == 0x20,
                      bytes[i + 4] == 0x20, bytes[i + 5] == UInt8(ascii: "{") else { continue }
                if starts.isEmpty || i + 5 - starts[starts.count - 1].offset >= size { starts.append((i + 5, records)) }
                records += 1
            }
            guard starts.count > 1 else { return nil }
            var out: [(bytes: Range<Int>, first: Int)] = []
            for (n, start) in starts.enumerated() {
                var stop = n + 1 < starts.count ? starts[n + 1].offset : bytes.count
                if n + 1 == starts.count {
                    // The array ends with its bracket: anything after it is not ours to drop.
                    while stop > start.offset, [0x0A, 0x0D, 0x20, 0x09].contains(bytes[stop - 1]) { stop -= 1 }
                    guard stop > start.offset, bytes[stop - 1] == UInt8(ascii: "]") else { return nil }
                    stop -= 1
                }
                while stop > start.offset, [0x0A, 0x20, UInt8(ascii: ",")].contains(bytes[stop - 1]) { stop -= 1 }
                guard stop > start.offset else { return nil }
                out.append((start.offset..<stop, start.record))
            }
            return out
        }
    }

    private static func decoder() -> JSONDecoder { StoreFormat.makeDecoder() }

    /// The text of each top-level member, by key; nil if the layout is not ours.
    static func topLevelMembers(_ data: Data) -> [String: Data]? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [String: Data]? in
            guard let base = raw.baseAddress, raw.count > 4, raw[0] == UInt8(ascii: "{") else { return nil }
            var starts: [(key: String, value: Int, line: Int)] = []
            var offset = 0
            while offset < raw.count, let hit = memchr(base + offset, 0x0A, raw.count - offset) {
                let line = base.distance(to: UnsafeRawPointer(hit)) + 1
                offset = line
                guard line + 3 < raw.count, raw[line] == 0x20, raw[line + 1] == 0x20, raw[line + 2] == UInt8(ascii: "\"") else { continue }
                var end = line + 3
                while end < raw.count, raw[end] != UInt8(ascii: "\"") { end += 1 }
                let key = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(line + 3)..<end]), as: UTF8.self)
                guard end + 4 <= raw.count, raw[end + 1] == 0x20, raw[end + 2] == UInt8(ascii: ":"), raw[end + 3] == 0x20 else { return nil }
                // A key given twice is for the ordinary decoder to refuse, not for the later one to win.
                guard !starts.contains(where: { $0.key == key }) else { return nil }
                starts.append((key, end + 4, line))
            }
            var members: [String: Data] = [:]
            for (i, member) in starts.enumerated() {
                // A member runs to the line before the next one (its ",\n" dropped), the last to the closing brace.
                var stop = i + 1 < starts.count ? starts[i + 1].line - 1 : raw.count
                if i + 1 == starts.count {
                    // The document ends with its closing brace and blanks: trailing text is for the ordinary decoder to refuse.
                    while stop > member.value, [0x0A, 0x0D, 0x20, 0x09].contains(raw[stop - 1]) { stop -= 1 }
                    guard stop > member.value, raw[stop - 1] == UInt8(ascii: "}") else { return nil }
                    stop -= 1
                }
                while stop > member.value, [0x0A, 0x20, UInt8(ascii: ",")].contains(raw[stop - 1]) { stop -= 1 }
                guard stop > member.value else { return nil }
                members[member.key] = data[(data.startIndex + member.value)..<(data.startIndex + stop)]  // a slice, not a copy
            }
            return members
        }
    }

    /// The decoded parts, filled from both cores.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String: [Int: Any]] = [:]
        private var programme: Programme?
        private var isFailed = false

        func set(programme value: Programme) { lock.withLock { programme = value } }
        func add<R: Record>(_ records: [R], part: Int) { lock.withLock { parts[R.collection, default: [:]][part] = records } }
        func fail() { lock.withLock { isFailed = true } }
        var failed: Bool { lock.withLock { isFailed } }

        private func records<R: Record>(_ type: R.Type) -> [R] {
            (parts[R.collection] ?? [:]).sorted { $0.key < $1.key }.flatMap { $0.value as! [R] }
        }

        /// What the offers list shows, decoded first: the programme, organisations and offers alone.
        func preview() -> Dataset? {
            lock.withLock {
                guard !isFailed, let programme else { return nil }
                return Dataset(programme: programme, organizations: records(Organization.self), offers: records(Offer.self))
            }
        }

        func dataset() -> StoreFormat.Document? {
            lock.withLock {
                guard !isFailed, let programme else { return nil }
                return StoreFormat.Document(
                    programme: programme, students: records(Student.self), organizations: records(Organization.self),
                    offers: records(Offer.self), placements: records(Placement.self), alternances: records(Alternance.self))
            }
        }
    }
}
