#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StagesCore

/// One process's handle on the JSON store. It remembers the version it last
/// read or wrote (`base`); `save` locks the file, re-reads it only if another
/// process wrote since, merges this process's changes over it, and replaces
/// the file atomically. A file it cannot read is never overwritten.
public final class Store {
    public let url: URL
    public var path: String { url.path }
    /// The dataset as it is on disk, as far as this process knows.
    public private(set) var base: Dataset
    private var diskVersion: AtomicFile.Version?
    private let writer = DocumentWriter()

    private init(url: URL, base: Dataset) {
        self.url = url
        self.base = base
    }

    /// Opens an existing store; refuses a missing, empty, corrupt or newer one.
    public static func open(_ url: URL) throws(StoreError) -> Store {
        let store = Store(url: url, base: Dataset(programme: .current(on: .today())))
        _ = try store.reload()
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
        let store = Store(url: url, base: Dataset(programme: dataset.programme))
        let mode: mode_t = sharedWithGroup ? 0o660 : 0o600
        let lock = try FileLock(path: store.lockPath, mode: mode)
        defer { lock.release() }
        try store.write(dataset, mode: mode, group: nil)
        return store
    }

    var lockPath: String { path + ".lock" }

    /// Reads the file again, whoever wrote it last.
    @discardableResult
    public func reload() throws(StoreError) -> Dataset {
        let version = AtomicFile.version(of: path)
        let data = try AtomicFile.read(path)
        base = try StoreFormat.decode(data, path: path)
        diskVersion = version
        return base
    }

    /// Whether another process has written the file since this one last read or wrote it.
    public var changedOnDisk: Bool { AtomicFile.version(of: path) != diskVersion }

    /// Saves `mine`, a dataset that started as `base` and was then changed.
    /// Returns what is now on disk (with other processes' changes) and the
    /// records both sides changed, whose disk version was kept.
    public func save(_ mine: Dataset) throws(StoreError) -> SaveOutcome {
        let (mode, group) = AtomicFile.mode(of: path) ?? (0o600, gid_t.max)
        let lock = try FileLock(path: lockPath, mode: mode)
        defer { lock.release() }
        let original = base
        let theirs = changedOnDisk ? try reload() : base
        let result = Merge.merge(base: original, mine: mine, theirs: theirs)
        if result.merged != theirs {
            try write(result.merged, mode: mode, group: group == gid_t.max ? nil : group)
        }
        if !result.conflicts.isEmpty { keepConflicts(result.conflicts) }
        return SaveOutcome(dataset: result.merged, conflicts: result.conflicts, othersChanged: theirs != original)
    }

    private func write(_ dataset: Dataset, mode: mode_t, group: gid_t?) throws(StoreError) {
        let data: Data
        do {
            data = try writer.encode(dataset)
        } catch {
            throw .io(path: path, operation: "encode", reason: String(describing: error))
        }
        try AtomicFile.replace(path, with: data, mode: mode, group: group)
        base = dataset
        diskVersion = AtomicFile.version(of: path)
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
