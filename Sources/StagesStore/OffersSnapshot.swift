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
    static let magic = Array("stages-offers-snapshot 1\n".utf8)

    /// The preview the snapshot at `path` gives for the document as of `version`, with the offers'
    /// ids by date of receipt (the order they are written in); nil when it is missing, made from
    /// another version, or damaged.
    static func read(_ path: String, for version: AtomicFile.Version?) -> (preview: Dataset, byReceipt: [String])? {
        guard let version, let data = try? AtomicFile.read(path) else { return nil }
        var reader = Reader(data: [UInt8](data))
        guard reader.take(magic.count).map(Array.init) == magic, reader.version() == version,
              let programmeText = reader.bytes(),
              let programme = try? StoreFormat.makeDecoder().decode(Programme.self, from: Data(programmeText)),
              let orgCount = reader.int() else { return nil }
        var organizations: [Organization] = []
        organizations.reserveCapacity(orgCount)
        for _ in 0..<orgCount {
            guard let id = reader.string(), let name = reader.string() else { return nil }
            organizations.append(Organization(id: id, name: name))
        }
        guard let offerCount = reader.int() else { return nil }
        var offers: [Offer] = []
        offers.reserveCapacity(offerCount)
        let none = Stamp(by: "", at: Date(timeIntervalSince1970: 0))
        for _ in 0..<offerCount {
            guard let id = reader.string(), let title = reader.string(), let organizationID = reader.string(),
                  let domain = reader.string().flatMap(Domain.init(rawValue:)), let city = reader.string(),
                  let postcode = reader.string(), let start = reader.string(), let weeks = reader.int(),
                  let stipendKind = reader.int(), let amount = reader.string(), let unit = reader.string(),
                  let status = reader.string().flatMap(OfferStatus.init(rawValue:)), let applyBy = reader.string(),
                  let receivedOn = reader.string() else { return nil }
            let stipend: AnnouncedStipend? = switch stipendKind {
            case 1: .legalMinimum
            case 2: Decimal(string: amount).flatMap { amount in StipendUnit(rawValue: unit).map { .amount(Stipend(amount: amount, unit: $0)) } }
            default: nil
            }
            offers.append(Offer(id: id, title: title, organizationID: organizationID, domain: domain, city: city,
                                postcode: postcode, description: "", start: CivilDate(iso: start).map { .on($0) } ?? .fromEarliest,
                                durationWeeks: weeks < 0 ? nil : weeks, stipend: stipend, contact: Contact(name: "", email: ""),
                                receivedOn: CivilDate(iso: receivedOn), applyBy: CivilDate(iso: applyBy), status: status,
                                created: none))
        }
        guard reader.atEnd else { return nil }
        return (Dataset(programme: programme, organizations: organizations, offers: offers), offers.map(\.id))
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
        w.int(document.offers.count)
        for offer in document.offers.sorted(by: { ($0.receivedOrderKey, $0.id) < ($1.receivedOrderKey, $1.id) }) {
            w.string(offer.id)
            w.string(offer.title)
            w.string(offer.organizationID)
            w.string(offer.domain.rawValue)
            w.string(offer.city)
            w.string(offer.postcode)
            if case .on(let day) = offer.start { w.string(day.iso) } else { w.string("") }
            w.int(offer.durationWeeks ?? -1)
            switch offer.stipend {
            case nil: w.int(0); w.string(""); w.string("")
            case .legalMinimum?: w.int(1); w.string(""); w.string("")
            case .amount(let s)?: w.int(2); w.string("\(s.amount)"); w.string(s.unit.rawValue)
            }
            w.string(offer.status.rawValue)
            w.string(offer.applyBy?.iso ?? "")
            w.string(offer.receivedOn?.iso ?? "")
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
