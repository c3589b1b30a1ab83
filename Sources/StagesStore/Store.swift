#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StagesCore

/// One process's handle on the store: the JSON document `store.json` plus its
/// journal `store.json.journal` (see `Journal`). It remembers what it last read
/// or wrote (`base`). `save` takes the lock, catches up with what other
/// processes wrote since, merges this process's changes over it record by
/// record, and appends them to the journal. A file it cannot read is never written.
public final class Store {
    public let url: URL
    public var path: String { url.path }
    var journalPath: String { path + ".journal" }
    var lockPath: String { path + ".lock" }

    /// The dataset as it is on disk, as far as this process knows.
    public private(set) var base: Dataset
    private var documentVersion: AtomicFile.Version?
    /// Bytes of the journal already applied to `base`.
    private var journalOffset = 0
    private var journalLines = 0
    /// The journal is folded into the document once it passes this share of the document's size.
    public var compactionRatio = 0.25

    private init(url: URL, base: Dataset) {
        self.url = url
        self.base = base
    }

    /// Opens an existing store; refuses a missing, empty, corrupt or newer one.
    public static func open(_ url: URL) throws(StoreError) -> Store {
        let store = Store(url: url, base: Dataset(programme: .current(on: .today())))
        try store.reload()
        return store
    }

    /// Creates a new store holding `dataset`; refuses to replace an existing file.
    /// Private to its owner unless `sharedWithGroup`.
    public static func create(_ url: URL, with dataset: Dataset, sharedWithGroup: Bool = false) throws(StoreError) -> Store {
        let path = url.path
        guard access(path, F_OK) != 0 else {
            throw .io(path: path, operation: "create", reason: "a file already exists there")
        }
        let directory = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: sharedWithGroup ? 0o770 : 0o700])
        } catch {
            throw .io(path: directory, operation: "mkdir", reason: error.localizedDescription)
        }
        var tracked = dataset
        tracked.markUnchanged()
        let store = Store(url: url, base: tracked)
        let mode: mode_t = sharedWithGroup ? 0o660 : 0o600
        let lock = try FileLock(path: store.lockPath, mode: mode, exclusive: true)
        defer { lock.release() }
        unlink(store.journalPath)  // a stray journal belongs to no document
        try store.writeDocument(dataset, mode: mode, group: nil)
        return store
    }

    /// Reads the document and its journal again, whoever wrote them.
    @discardableResult
    public func reload() throws(StoreError) -> Dataset {
        let lock = try FileLock(path: lockPath, mode: 0o600, exclusive: false)
        defer { lock.release() }
        try readAll()
        return base
    }

    /// Whether another process has written since this one last read or wrote.
    public var changedOnDisk: Bool {
        AtomicFile.version(of: path) != documentVersion || (AtomicFile.size(of: journalPath) ?? 0) != journalOffset
    }

    /// Saves `mine`, a dataset that started as `base` and was then changed.
    /// Returns what is now on disk (with other processes' changes) and the
    /// records both sides changed, whose disk version was kept.
    public func save(_ mine: Dataset) throws(StoreError) -> SaveOutcome {
        let (mode, group) = AtomicFile.mode(of: path) ?? (0o600, gid_t.max)
        let lock = try FileLock(path: lockPath, mode: mode, exclusive: true)
        defer { lock.release() }
        let (result, othersChanged) = try mergeWithDisk(mine)
        if !result.changes.isEmpty {
            try append(Journal.Entry(changes: result.changes), mode: mode, group: group)
            // Taken out of `base` so the tables are changed in place, not copied whole.
            var merged = base
            base = Dataset(programme: merged.programme)
            for change in result.changes { change.apply(to: &merged) }
            merged.markUnchanged()
            base = merged
        }
        if !result.conflicts.isEmpty { keepConflicts(result.conflicts) }
        if Double(journalOffset) > compactionRatio * Double(max(AtomicFile.size(of: path) ?? 0, 4 << 20)) {
            try writeDocument(base, mode: mode, group: group)
        }
        return SaveOutcome(dataset: base, conflicts: result.conflicts, othersChanged: othersChanged)
    }

    /// Under the lock: catches up with the disk and works out what to write.
    /// The copy of the old base lives only here, so the tables are not shared afterwards.
    private func mergeWithDisk(_ mine: Dataset) throws(StoreError) -> (Merge.Result, othersChanged: Bool) {
        let original = base
        let othersChanged = try catchUp()
        return (Merge.merge(base: original, mine: mine, theirs: base), othersChanged)
    }

    /// Folds the journal into the document, so the document alone holds everything.
    public func compact() throws(StoreError) {
        let (mode, group) = AtomicFile.mode(of: path) ?? (0o600, gid_t.max)
        let lock = try FileLock(path: lockPath, mode: mode, exclusive: true)
        defer { lock.release() }
        try catchUp()
        if AtomicFile.size(of: journalPath) != nil { try writeDocument(base, mode: mode, group: group) }
    }

    /// Under the lock: applies what others wrote since this process last looked.
    /// Returns whether there was anything.
    @discardableResult
    private func catchUp() throws(StoreError) -> Bool {
        let size = AtomicFile.size(of: journalPath) ?? 0
        if AtomicFile.version(of: path) != documentVersion || size < journalOffset {
            let before = base
            try readAll()
            return base != before
        } else if size > journalOffset {
            let tail = try AtomicFile.read(journalPath, from: journalOffset)
            let before = journalOffset
            try applyJournal(tail)
            return journalOffset != before
        }
        return false
    }

    private func readAll() throws(StoreError) {
        let version = AtomicFile.version(of: path)
        var data = try StoreFormat.decode(try AtomicFile.read(path), path: path)
        journalOffset = 0
        journalLines = 0
        if AtomicFile.size(of: journalPath) != nil {
            let bytes = try AtomicFile.read(journalPath, from: 0)
            journalOffset = try Journal.replay(bytes, startLine: 1, path: journalPath, onto: &data)
            journalLines = bytes.prefix(journalOffset).count { $0 == 0x0A }
        }
        data.markUnchanged()
        base = data
        documentVersion = version
    }

    private func applyJournal(_ tail: Data) throws(StoreError) {
        var data = base
        let consumed = try Journal.replay(tail, startLine: journalLines + 1, path: journalPath, onto: &data)
        journalLines += tail.prefix(consumed).count { $0 == 0x0A }
        journalOffset += consumed
        data.markUnchanged()
        base = data
    }

    private func append(_ entry: Journal.Entry, mode: mode_t, group: gid_t) throws(StoreError) {
        let line: Data
        do {
            line = try Journal.encode(entry)
        } catch {
            throw .io(path: journalPath, operation: "encode", reason: String(describing: error))
        }
        // A line cut short by a crash is dropped before ours follows it.
        try AtomicFile.append(line, to: journalPath, truncatingTo: journalOffset, mode: mode,
                              group: group == gid_t.max ? nil : group)
        journalOffset += line.count
        journalLines += 1
    }

    /// Replaces the document with `dataset` and retires the journal it now contains.
    /// The previous document and journal stay beside it as `.bak` and `.journal.bak`.
    private func writeDocument(_ dataset: Dataset, mode: mode_t, group: gid_t?) throws(StoreError) {
        let data: Data
        do {
            data = try StoreFormat.encode(dataset)
        } catch {
            throw .io(path: path, operation: "encode", reason: String(describing: error))
        }
        try AtomicFile.replace(path, with: data, mode: mode, group: group == gid_t.max ? nil : group)
        // Until this rename the new document and the old journal coexist; replaying
        // the journal over a document that already holds it changes nothing.
        if AtomicFile.size(of: journalPath) != nil { rename(journalPath, journalPath + ".bak") }
        base = dataset
        base.markUnchanged()
        documentVersion = AtomicFile.version(of: path)
        journalOffset = 0
        journalLines = 0
    }

    /// Our side of each conflict goes to `<store>.conflicts/`, so nothing typed is lost.
    private func keepConflicts(_ conflicts: [Conflict]) {
        let directory = path + ".conflicts"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let stamp = Int(Date().timeIntervalSince1970)
        for conflict in conflicts {
            let file = "\(directory)/\(stamp)-\(conflict.collection)-\(conflict.id).json"
            _ = FileManager.default.createFile(atPath: file, contents: conflict.mine ?? Data("null\n".utf8),
                                               attributes: [.posixPermissions: 0o600])
        }
    }
}

/// What a save did.
public struct SaveOutcome: Sendable {
    /// The store's content after the save: adopt it to see others' changes.
    public let dataset: Dataset
    public let conflicts: [Conflict]
    /// Whether another process had written since this one last looked.
    public let othersChanged: Bool
}
