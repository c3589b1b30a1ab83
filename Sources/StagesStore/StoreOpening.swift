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

    private let url: URL
    private let lock: FileLock
    private let finished = DispatchSemaphore(value: 0)
    private let state = NSLock()
    private var outcome: Result<Store, StoreError>?
    private var piecesDone = 0
    private var released = false
    private let piecesToDo: Int

    public init(_ url: URL) throws(StoreError) {
        self.url = url
        let path = url.path
        try AtomicFile.checkStoreFolder(url.deletingLastPathComponent().path)
        lock = try FileLock(path: path + ".lock", exclusive: false)
        let version = AtomicFile.version(of: path)
        let data: Data
        do { data = try AtomicFile.read(path) } catch {
            lock.release()
            throw error
        }
        // simdjson reads both parts; what it leaves to JSONDecoder (see SimdjsonDecoder) is read by it.
        var reader = ParallelDecode.Reader.simdjson
        var box = ParallelDecode.Results()
        let members = ParallelDecode.members(data)
        var preview: Dataset?
        if let members, !ParallelDecode.run(ParallelDecode.jobs(members, keys: ParallelDecode.previewKeys, reader: reader, into: box), into: box) {
            reader = .foundation
            box = ParallelDecode.Results()
            _ = ParallelDecode.run(ParallelDecode.jobs(members, keys: ParallelDecode.previewKeys, reader: reader, into: box), into: box)
        }
        if members != nil, var first = box.preview() {
            // The journal's changes to the offers show at once too; the preview is only shown, never saved.
            if let journal = try? AtomicFile.read(path + ".journal") {
                _ = try? Journal.replay(journal, startLine: 1, path: path + ".journal", onto: &first)
            }
            preview = first
        }
        self.preview = preview
        let rest = preview == nil ? [] : ParallelDecode.jobs(members ?? [:], keys: ParallelDecode.restKeys, reader: reader, into: box)
        piecesToDo = rest.count
        let hasPreview = preview != nil, parts = box
        Thread.detachNewThread { [self] in
            let result: Result<Store, StoreError>
            do throws(StoreError) {
                if hasPreview, ParallelDecode.run(rest, into: parts, done: { [self] in state.withLock { piecesDone += 1 } }),
                   let document = parts.dataset() {
                    result = .success(try Store.opened(url, document: try StoreFormat.dataset(document, in: data, path: path),
                                                       version: version))
                } else {
                    // Not our layout, or a fault: the ordinary reading finds and locates it.
                    result = .success(try Store.opened(url, document: try StoreFormat.decode(data, path: path), version: version))
                }
            } catch {
                result = .failure(error)
            }
            state.withLock { outcome = result }
            finished.signal()
        }
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
        let result = state.withLock { outcome }!
        return try result.get()
    }
}
