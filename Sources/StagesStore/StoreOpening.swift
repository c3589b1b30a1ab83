import Foundation
import StagesCore

/// Opening a large store with what the first screen shows first. The document
/// is read once; the programme, the organisations and the offers are decoded
/// on every core and given as `preview`, so the offers list can be drawn at
/// once; the rest (students, placements, contracts), the document's checks and
/// the journal are then decoded on a background thread while the caller draws,
/// and `finish` hands over the store, exactly as `Store.open` would have.
///
/// The store's shared lock is held from the first read to `finish`: no writer
/// can come between the preview and the rest, which are read from the same bytes.
public final class StoreOpening: @unchecked Sendable {
    /// The programme, organisations and offers, with the journal's changes to them;
    /// nil when the document's layout is not the one this program writes (then
    /// `finish` reads it the ordinary way, and explains what is wrong with it).
    public private(set) var preview: Dataset?
    /// The preview's offers by date of receipt, newest first, when the snapshot gave them so
    /// (and the journal changed none): the first screen's order, with no sorting.
    public private(set) var previewOrder: [String]?

    private let url: URL
    private let lock: FileLock
    private let finished = DispatchSemaphore(value: 0)
    private let state = NSLock()
    private var outcome: Result<Store, StoreError>?
    private var piecesDone = 0
    private var released = false
    private var piecesToDo = 0

    public init(_ url: URL) throws(StoreError) {
        self.url = url
        let path = url.path
        try AtomicFile.checkStoreFolder(url.deletingLastPathComponent().path)
        lock = try FileLock(path: path + ".lock", exclusive: false)
        let version = AtomicFile.version(of: path)
        // The snapshot of this very document, if there is one: the first screen needs nothing else,
        // and the document itself is read with the rest.
        if let snapshot = OffersSnapshot.read(path + ".snapshot", for: version) {
            let withJournal = Self.withJournal(snapshot.preview, path: path)
            preview = withJournal
            if !withJournal.changeLog.contains(where: { $0.hasPrefix(Offer.collection + "/") }) { previewOrder = snapshot.byReceipt }
            Thread.detachNewThread { [self] in
                let text = DocumentText()
                do throws(StoreError) { text.data = try AtomicFile.read(path) } catch {
                    return conclude(.failure(error))
                }
                text.members = text.data.flatMap(ParallelDecode.members)
                readRest(text, version: version, keys: ParallelDecode.allKeys, reader: .simdjson,
                         box: ParallelDecode.Results(), fromSnapshot: true)
            }
            return
        }
        let data: Data
        do { data = try AtomicFile.read(path) } catch {
            lock.release()
            throw error
        }
        // simdjson reads both parts; what it leaves to JSONDecoder (see SimdjsonDecoder) is read by it.
        var reader = ParallelDecode.Reader.simdjson
        var box = ParallelDecode.Results()
        let members = ParallelDecode.members(data)
        func decodePreview() -> Bool {
            members.map { ParallelDecode.decode($0, keys: ParallelDecode.previewKeys, reader: reader, into: box) } ?? false
        }
        if members != nil, !decodePreview() {
            reader = .foundation
            box = ParallelDecode.Results()
            _ = decodePreview()
        }
        preview = members == nil ? nil : box.preview().map { Self.withJournal($0, path: path) }
        let parts = box, chosen = reader, text = DocumentText()
        text.data = data
        text.members = preview != nil ? members : nil
        Thread.detachNewThread { [self] in
            readRest(text, version: version, keys: ParallelDecode.restKeys, reader: chosen, box: parts, fromSnapshot: false)
        }
    }

    /// The journal's changes show in the preview too; it is only shown, never saved.
    private static func withJournal(_ preview: Dataset, path: String) -> Dataset {
        var data = preview
        if let journal = try? AtomicFile.read(path + ".journal") {
            _ = try? Journal.replay(journal, startLine: 1, path: path + ".journal", onto: &data)
        }
        return data
    }

    /// The document's bytes and its members, let go of as soon as the records are decoded:
    /// at 100 000 offers they are 200 MB the tables need not share the peak with.
    private final class DocumentText: @unchecked Sendable {
        var data: Data?
        var members: [String: Data]?
    }

    /// On the background thread: the members named by `keys` (none: the ordinary reading), then
    /// the store; and the snapshot for the next opening, when this one had none to use.
    private func readRest(_ text: DocumentText, version: AtomicFile.Version?, keys: [String],
                          reader: ParallelDecode.Reader, box: ParallelDecode.Results, fromSnapshot: Bool) {
        let path = url.path
        do throws(StoreError) {
            if decode(text, keys: keys, reader: reader, into: box), let document = box.dataset() {
                text.members = nil
                text.data = nil
                // The text is read again only to say where a duplicate id stands.
                let records = try StoreFormat.dataset(document, path: path) { try? AtomicFile.read(path) }
                let store = try Store.opened(url, document: records, version: version)
                if !fromSnapshot { OffersSnapshot.write(document, version: version, to: path + ".snapshot") }
                conclude(.success(store))
            } else {
                // Not our layout, something simdjson leaves to JSONDecoder, or a fault: the ordinary reading finds and locates it.
                let data = text.data ?? Data()
                text.members = nil
                text.data = nil
                conclude(.success(try Store.opened(url, document: try StoreFormat.decode(data, path: path), version: version)))
            }
        } catch {
            conclude(.failure(error))
        }
    }

    /// Decodes the members named by `keys` into `box`; false when there are none to decode or one failed.
    private func decode(_ text: DocumentText, keys: [String], reader: ParallelDecode.Reader, into box: ParallelDecode.Results) -> Bool {
        guard let members = text.members else { return false }
        let jobs = ParallelDecode.jobs(members, keys: keys, reader: reader, into: box)
        state.withLock { piecesToDo = jobs.count }
        return ParallelDecode.run(jobs, into: box, done: { [self] in state.withLock { piecesDone += 1 } })
    }

    private func conclude(_ result: Result<Store, StoreError>) {
        state.withLock { outcome = result }
        finished.signal()
    }

    /// How much of the rest is decoded, from 0 to 1.
    public var progress: Double {
        state.withLock { piecesToDo == 0 ? (outcome == nil ? 0 : 1) : Double(piecesDone) / Double(piecesToDo) }
    }

    /// Waits up to `milliseconds` for the rest; whether it is done.
    public func wait(milliseconds: Int) -> Bool {
        if finished.wait(timeout: .now() + .milliseconds(milliseconds)) == .success {
            finished.signal()  // `finish` and later waits find it done too
            return true
        }
        return false
    }

    /// The store, once everything is read; the lock is released.
    public func finish() throws(StoreError) -> Store {
        finished.wait()
        finished.signal()
        state.withLock {
            if !released { lock.release() }
            released = true
        }
        preview = nil  // the store holds everything now: the preview's tables need not stay in memory beside it
        previewOrder = nil
        let result = state.withLock { outcome }!
        return try result.get()
    }
}
