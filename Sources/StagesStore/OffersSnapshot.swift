import Foundation
import StagesCore

/// What the offers list shows, kept beside the store (`<store>.snapshot`, 0600) so
/// the first screen of a large store needs no decoding of the document: each
/// offer's list columns (title, organisation, place, domain, dates, weeks,
/// stipend, status), the organisations' names and the programme, in a compact
/// binary layout read in one pass.
///
/// It is derived, never a source: it names the exact version of the document it
/// was made from (device, inode, size, modification time), is used only when the
/// document is still that one (the journal's changes then go over it as over the
/// document), and is made again after a full read whenever it is missing, stale
/// or damaged. The application replaces what it shows by the document's records
/// as soon as they are read.
enum OffersSnapshot {
    static let magic = Array("stages-offers-snapshot 2\n".utf8)
    /// Offers per block: the blocks are read on every core.
    static let blockSize = 8_192

    /// The preview the snapshot at `path` gives for the document as of `version`, with the offers'
    /// ids by date of receipt (the order they are written in); nil when it is missing, made from
    /// another version, or damaged.
    static func read(_ path: String, for version: AtomicFile.Version?) -> (preview: Dataset, byReceipt: [String])? {
        guard let version, let data = try? AtomicFile.read(path) else { return nil }
        var reader = Reader(data: [UInt8](data))
        guard reader.take(magic.count).map(Array.init) == magic, reader.version() == version,
              let programmeText = reader.bytes(),
              let programme = try? StoreFormat.makeDecoder().decode(Programme.self, from: Data(programmeText)),
              let orgCount = reader.int(), (0...data.count).contains(orgCount) else { return nil }
        var organizations: [Organization] = []
        organizations.reserveCapacity(orgCount)
        for _ in 0..<orgCount {
            guard let id = reader.string(), let name = reader.string() else { return nil }
            organizations.append(Organization(id: id, name: name))
        }
        // Blocks of offers, each with its length, read on every core.
        guard let blockCount = reader.int(), (0...data.count).contains(blockCount) else { return nil }
        var blocks: [ArraySlice<UInt8>] = []
        for _ in 0..<blockCount {
            guard let block = reader.bytes() else { return nil }
            blocks.append(block)
        }
        let decoded = BlockResults(count: blocks.count), all = blocks
        DispatchQueue.concurrentPerform(iterations: all.count) { n in
            decoded.set(n, offers(in: all[n]))
        }
        guard let offers = decoded.all() else { return nil }
        guard reader.atEnd else { return nil }
        return (Dataset(programme: programme, organizations: organizations, offers: offers), offers.map(\.id))
    }

    /// The offers of one block; nil when damaged.
    private static func offers(in block: ArraySlice<UInt8>) -> [Offer]? {
        var reader = Reader(data: Array(block))
        guard let count = reader.int(), (0...block.count).contains(count) else { return nil }
        var offers: [Offer] = []
        offers.reserveCapacity(count)
        let none = Stamp(by: "", at: Date(timeIntervalSince1970: 0))
        func day(_ number: Int) -> CivilDate? { number == Int.min ? nil : CivilDate(dayNumber: number) }
        for _ in 0..<count {
            guard let id = reader.string(), let title = reader.string(), let organizationID = reader.string(),
                  let domain = reader.string().flatMap(Domain.init(rawValue:)), let city = reader.string(),
                  let postcode = reader.string(), let start = reader.int(), let weeks = reader.int(),
                  let stipendKind = reader.int(), let amount = reader.string(), let unit = reader.string(),
                  let status = reader.string().flatMap(OfferStatus.init(rawValue:)), let applyBy = reader.int(),
                  let receivedOn = reader.int() else { return nil }
            let stipend: AnnouncedStipend? = switch stipendKind {
            case 1: .legalMinimum
            case 2: Decimal(string: amount).flatMap { amount in StipendUnit(rawValue: unit).map { .amount(Stipend(amount: amount, unit: $0)) } }
            default: nil
            }
            offers.append(Offer(id: id, title: title, organizationID: organizationID, domain: domain, city: city,
                                postcode: postcode, description: "", start: day(start).map { .on($0) } ?? .fromEarliest,
                                durationWeeks: weeks < 0 ? nil : weeks, stipend: stipend, contact: Contact(name: "", email: ""),
                                receivedOn: day(receivedOn), applyBy: day(applyBy), status: status, created: none))
        }
        return reader.atEnd ? offers : nil
    }

    /// The blocks' offers, filled from every core.
    private final class BlockResults: @unchecked Sendable {
        private let lock = NSLock()
        private var blocks: [[Offer]?]

        init(count: Int) { blocks = Array(repeating: nil, count: count) }
        func set(_ n: Int, _ offers: [Offer]?) { lock.withLock { blocks[n] = offers } }
        func all() -> [Offer]? { lock.withLock { blocks.contains { $0 == nil } ? nil : blocks.flatMap { $0! } } }
    }

    /// Writes the snapshot of `document` (as of `version`) at `path`; a failure (a read-only
    /// folder, a full disk) only means the next opening decodes the offers instead.
    static func write(_ document: StoreFormat.Document, version: AtomicFile.Version?, to path: String) {
        guard let version, let programme = try? StoreFormat.makeEncoder().encode(document.programme) else { return }
        var w = Writer()
        w.out += magic
        w.version(version)
        w.bytes(Array(programme))
        w.int(document.organizations.count)
        for org in document.organizations {
            w.string(org.id)
            w.string(org.name)
        }
        let ordered = document.offers.sorted { ($0.receivedOrderKey, $0.id) < ($1.receivedOrderKey, $1.id) }
        let blocks = stride(from: 0, to: ordered.count, by: blockSize).map { ordered[$0..<min($0 + blockSize, ordered.count)] }
        w.int(blocks.count)
        for block in blocks {
            var b = Writer()
            b.int(block.count)
            for offer in block {
                b.string(offer.id)
                b.string(offer.title)
                b.string(offer.organizationID)
                b.string(offer.domain.rawValue)
                b.string(offer.city)
                b.string(offer.postcode)
                if case .on(let day) = offer.start { b.int(day.dayNumber) } else { b.int(Int.min) }
                b.int(offer.durationWeeks ?? -1)
                switch offer.stipend {
                case nil: b.int(0); b.string(""); b.string("")
                case .legalMinimum?: b.int(1); b.string(""); b.string("")
                case .amount(let s)?: b.int(2); b.string("\(s.amount)"); b.string(s.unit.rawValue)
                }
                b.string(offer.status.rawValue)
                b.int(offer.applyBy?.dayNumber ?? Int.min)
                b.int(offer.receivedOn?.dayNumber ?? Int.min)
            }
            w.bytes(b.out)
        }
        try? AtomicFile.replace(path, with: Data(w.out), keepBackup: false)
    }

    private struct Writer {
        var out: [UInt8] = []

        mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { out += $0 } }
        mutating func bytes(_ value: [UInt8]) {
            int(value.count)
            out += value
        }
        mutating func string(_ value: String) { bytes(Array(value.utf8)) }
        mutating func version(_ v: AtomicFile.Version) {
            for n in [Int(bitPattern: UInt(v.device)), Int(bitPattern: UInt(v.inode)), Int(v.size), v.modified.tv_sec, v.modified.tv_nsec] {
                int(n)
            }
        }
    }

    /// Reads what `Writer` wrote; every read is bounds-checked, and nil means damaged.
    private struct Reader {
        let data: [UInt8]
        var offset = 0

        var atEnd: Bool { offset == data.count }

        mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, count <= data.count - offset else { return nil }
            defer { offset += count }
            return data[offset..<(offset + count)]
        }

        mutating func int() -> Int? {
            guard let raw = take(8) else { return nil }
            return Int(Int64(littleEndian: raw.withUnsafeBytes { $0.loadUnaligned(as: Int64.self) }))
        }

        mutating func bytes() -> ArraySlice<UInt8>? { int().flatMap { take($0) } }

        mutating func string() -> String? { bytes().map { String(decoding: $0, as: UTF8.self) } }

        mutating func version() -> AtomicFile.Version? {
            guard let device = int(), let inode = int(), let size = int(), let seconds = int(), let nanoseconds = int() else { return nil }
            return AtomicFile.Version(device: UInt64(UInt(bitPattern: device)), inode: UInt64(UInt(bitPattern: inode)),
                                      size: Int64(size), modified: timespec(tv_sec: seconds, tv_nsec: nanoseconds))
        }
    }
}
