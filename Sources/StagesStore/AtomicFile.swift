#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// File operations that never leave a torn store: write a temporary file
/// beside the target, flush it, keep the old version as `.bak`, then rename.
///
/// And that cannot be turned against their owner: nothing is opened through a
/// symbolic link (`O_NOFOLLOW`, then `fstat` says it is a regular file), every
/// file is created exclusively (`O_EXCL`) under a name nobody can guess, files
/// are 0600 and folders 0700 whatever the umask. A symbolic link found where
/// the store reads or writes is refused with `StoreError.symbolicLink`, never
/// followed and never removed.
enum AtomicFile {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    /// What identifies one version of a file on disk, to notice another process's write.
    struct Version: Equatable {
        let device: UInt64, inode: UInt64, size: Int64, modified: timespec

        static func == (a: Version, b: Version) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    /// The entry itself, not what a symbolic link there points at.
    private static func entry(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    private static func kind(_ info: stat) -> mode_t { info.st_mode & mode_t(S_IFMT) }
    static func isRegularFile(_ info: stat) -> Bool { kind(info) == mode_t(S_IFREG) }
    static func isDirectory(_ info: stat) -> Bool { kind(info) == mode_t(S_IFDIR) }

    /// What kind of entry is at `path` (a symbolic link itself, not its target), nil if none.
    static func kind(of path: String) -> StoreError.EntryKind? {
        guard let info = entry(path) else { return nil }
        switch kind(info) {
        case mode_t(S_IFREG): return .file
        case mode_t(S_IFDIR): return .folder
        case mode_t(S_IFLNK): return .symbolicLink
        default: return .other
        }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        entry(path).map { kind($0) == mode_t(S_IFLNK) } ?? false
    }

    static func version(of path: String) -> Version? {
        guard let info = entry(path) else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return Version(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: modified)
    }

    /// The permission bits of the entry at `path` (of a link, not of its target).
    static func mode(of path: String) -> mode_t? {
        entry(path).map { $0.st_mode & 0o777 }
    }

    static func size(of path: String) -> Int? {
        entry(path).map { Int($0.st_size) }
    }

    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Why opening `path` failed: a symbolic link, or anything but a regular file, is named as such.
    private static func openFailure(_ path: String, operation: String, errno code: Int32) -> StoreError {
        if let info = entry(path) {
            if kind(info) == mode_t(S_IFLNK) { return .symbolicLink(path: path) }
            if !isRegularFile(info) { return .notAFile(path: path, kind: isDirectory(info) ? .folder : .other) }  // a FIFO without reader, a folder…
        }
        return .io(path: path, operation: operation, reason: describe(code))
    }

    /// Refuses before anything is written when a symbolic link sits at `path`.
    static func refuseSymbolicLink(_ path: String) throws(StoreError) {
        if isSymbolicLink(path) { throw .symbolicLink(path: path) }
    }

    /// Keeps `fd` only if it is a regular file, and makes it blocking again
    /// (it was opened non-blocking so a FIFO planted there cannot hang us).
    private static func adoptRegularFile(_ fd: Int32, _ path: String) throws(StoreError) -> stat {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = describe(errno)
            close(fd)
            throw .io(path: path, operation: "fstat", reason: reason)
        }
        guard isRegularFile(info) else {
            close(fd)
            throw .notAFile(path: path, kind: isDirectory(info) ? .folder : .other)
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return info
    }

    /// Opens an existing regular file, never through a symbolic link.
    private static func openExisting(_ path: String, flags: Int32, operation: String) throws(StoreError) -> (fd: Int32, info: stat) {
        let fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT, operation == "read" { throw .notFound(path: path) }
            throw openFailure(path, operation: operation, errno: errno)
        }
        return (fd, try adoptRegularFile(fd, path))
    }

    /// Opens `path`, creating it (0600) if it is missing; an existing one must be
    /// a regular file, not a symbolic link. An existing file of ours is narrowed to 0600.
    static func openOrCreate(_ path: String, flags: Int32, operation: String) throws(StoreError) -> (fd: Int32, created: Bool) {
        while true {
            let fd = open(path, flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
            if fd >= 0 {
                fchmod(fd, fileMode)  // whatever the umask
                return (fd, true)
            }
            guard errno == EEXIST else { throw openFailure(path, operation: operation, errno: errno) }
            let existing = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            if existing < 0 {
                if errno == ENOENT { continue }  // removed meanwhile: create it after all
                throw openFailure(path, operation: operation, errno: errno)
            }
            let info = try adoptRegularFile(existing, path)
            if info.st_mode & 0o777 != fileMode, info.st_uid == geteuid(), flags & O_ACCMODE != O_RDONLY {
                fchmod(existing, fileMode)
            }
            return (existing, false)
        }
    }

    /// The file's bytes from `offset` to its end.
    static func read(_ path: String, from offset: Int = 0) throws(StoreError) -> Data {
        let (fd, info) = try openExisting(path, flags: O_RDONLY, operation: "read")
        defer { close(fd) }
        func failure() -> StoreError { .io(path: path, operation: "read", reason: describe(errno)) }
        var data = Data(count: max(0, Int(info.st_size) - offset))
        var filled = 0
        while filled < data.count {
            let count = data.count
            let got = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, count - filled, off_t(offset + filled)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            if got == 0 { break }
            filled += got
        }
        if filled < data.count {
            data.count = filled
            return data
        }
        // The file may have grown since fstat: read on to its end.
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let got = pread(fd, &chunk, chunk.count, off_t(offset + filled))
            if got < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            if got == 0 { return data }
            data.append(chunk, count: got)
            filled += got
        }
    }

    /// Appends `data` in one write and flushes it, after cutting the file back
    /// to `length` (dropping a torn last line). Creates the file (0600) if needed.
    static func append(_ data: Data, to path: String, truncatingTo length: Int) throws(StoreError) {
        let (fd, created) = try openOrCreate(path, flags: O_WRONLY, operation: "open")
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0, lseek(fd, off_t(length), SEEK_SET) >= 0 else {
            throw .io(path: path, operation: "truncate", reason: describe(errno))
        }
        if let failure = writeAll(fd, data) ?? (fsync(fd) == 0 ? nil : describe(errno)) {
            _ = ftruncate(fd, off_t(length))
            throw .io(path: path, operation: "write", reason: failure)
        }
        if created { syncDirectory(of: path) }
    }

    /// Writes every byte, retrying after signals; returns the failure, if any.
    private static func writeAll(_ fd: Int32, _ data: Data) -> String? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return describe(errno)
                }
                offset += written
            }
            return nil
        }
    }

    private static let suffixAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    private static let suffixLength = 12

    /// Twelve letters or digits from the system's random source: a name nobody can plant in advance.
    static func randomSuffix() -> String {
        let alphabet = Array(suffixAlphabet)
        var generator = SystemRandomNumberGenerator()
        return String((0..<suffixLength).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Writes `data` to a new file of ours beside `path`, flushed, under an
    /// unpredictable name created exclusively (like mkstemp): an entry already
    /// there, a symbolic link included, is never opened; another name is drawn
    /// instead. Returns its name.
    private static func writeTemporary(beside path: String, _ data: Data) throws(StoreError) -> String {
        for _ in 0..<100 {
            let candidate = path + ".tmp-" + randomSuffix()
            if try writeNew(candidate, data) { return candidate }
        }
        throw .io(path: path + ".tmp-*", operation: "create", reason: "no free temporary name after 100 tries")
    }

    /// Removes what a process killed while writing left beside `path`: its
    /// temporary document (`path.tmp-XXXXXXXXXXXX`) and backup (`path.bak.tmp-…`).
    /// Only regular files of this user whose names are exactly ours go; a
    /// symbolic link, a folder, someone else's file or any other name stays, and
    /// nothing is followed. Call it under the store's exclusive lock only: every
    /// such file is written under that lock, so while it is ours, whoever made
    /// one is gone. Returns the names removed.
    @discardableResult
    static func removeLeftoverTemporaries(beside path: String) -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        let stem = (path as NSString).lastPathComponent
        guard let folder = opendir(directory.isEmpty ? "." : directory) else { return [] }
        defer { closedir(folder) }
        var removed: [String] = []
        while let item = readdir(folder) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard isTemporaryName(name, of: stem) else { continue }
            let file = (directory.isEmpty ? "" : directory + "/") + name
            guard let info = entry(file), isRegularFile(info), info.st_uid == geteuid() else { continue }
            if unlink(file) == 0 { removed.append(name) }  // unlink() removes the entry, never what it might point at
        }
        return removed
    }

    /// Whether `name` is one of the temporary names `writeTemporary` and `keepBackup` give beside `stem`.
    static func isTemporaryName(_ name: String, of stem: String) -> Bool {
        for prefix in [stem + ".tmp-", stem + ".bak.tmp-"] where name.hasPrefix(prefix) {
            let suffix = name.utf8.dropFirst(prefix.utf8.count)
            if suffix.count == suffixLength, suffix.allSatisfy({ suffixAlphabet.utf8.contains($0) }) { return true }
        }
        return false
    }

    /// Replaces `path` with `data` (0600). The previous file, if any, stays reachable as `path.bak`.
    /// Refuses, before writing anything, when `path` or `path.bak` is a symbolic link.
    static func replace(_ path: String, with data: Data, keepBackup backup: Bool = true) throws(StoreError) {
        try refuseSymbolicLink(path)
        if backup { try refuseSymbolicLink(path + ".bak") }
        let temporary = try writeTemporary(beside: path, data)
        if backup { keepBackup(of: path) }
        guard rename(temporary, path) == 0 else {
            let reason = describe(errno)
            unlink(temporary)
            throw .io(path: path, operation: "rename", reason: reason)
        }
        syncDirectory(of: path)
    }

    /// Refuses, naming it, whatever is at `path`: a symbolic link, a file, a folder…
    static func refuseExisting(_ path: String) throws(StoreError) {
        guard let kind = kind(of: path) else { return }
        throw kind == .symbolicLink ? .symbolicLink(path: path) : .alreadyThere(path: path, kind: kind)
    }

    /// Makes `path` hold `data` (0600) only if nothing is there: the flushed file
    /// gets its name by link(), which never replaces an entry; where links are
    /// not allowed, it is written in place, created exclusively.
    static func createExclusively(_ path: String, with data: Data) throws(StoreError) {
        let temporary = try writeTemporary(beside: path, data)
        defer { unlink(temporary) }  // ours, created exclusively; the data lives on under `path`
        if link(temporary, path) == 0 {
            syncDirectory(of: path)
            return
        }
        let code = errno
        if code == EEXIST { try refuseExisting(path) }
        guard code == EPERM || code == EOPNOTSUPP || code == EXDEV else {
            throw .io(path: path, operation: "create", reason: describe(code))
        }
        guard try writeNew(path, data) else {
            try refuseExisting(path)
            throw .io(path: path, operation: "create", reason: describe(EEXIST))
        }
        syncDirectory(of: path)
    }

    /// Creates `file` exclusively (0600) holding `data`, flushed; false if something is already there.
    private static func writeNew(_ file: String, _ data: Data) throws(StoreError) -> Bool {
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else {
            if errno == EEXIST { return false }
            throw .io(path: file, operation: "create", reason: describe(errno))
        }
        fchmod(fd, fileMode)
        var failure = writeAll(fd, data)
        if failure == nil, fsync(fd) != 0 { failure = describe(errno) }
        close(fd)
        if let failure {
            unlink(file)  // ours: created exclusively above
            throw .io(path: file, operation: "write", reason: failure)
        }
        return true
    }

    /// Points `path.bak` at the current file: a hard link (to a new, random name,
    /// then renamed) costs nothing and survives the rename that follows; a copy
    /// where links are not allowed. A backup is a convenience: failing to make one
    /// does not stop the save.
    private static func keepBackup(of path: String) {
        guard let info = entry(path), isRegularFile(info) else { return }
        let backup = path + ".bak"
        var staged: String?
        for _ in 0..<100 {
            let candidate = backup + ".tmp-" + randomSuffix()
            // link() makes a new entry or fails with EEXIST; it never writes through what is there.
            if link(path, candidate) == 0 {
                staged = candidate
                break
            }
            if errno != EEXIST { break }
        }
        if staged == nil {
            guard let bytes = try? read(path), let copy = try? writeTemporary(beside: backup, bytes) else { return }
            staged = copy
        }
        guard let staged else { return }
        if rename(staged, backup) != 0 { unlink(staged) }
    }

    /// Creates `directory/stem.json` (or `stem-2.json`, `stem-3.json`… if taken)
    /// exclusively, 0600, holding `data`; returns its path.
    static func createNew(in directory: String, stem: String, contents data: Data) throws(StoreError) -> String {
        for attempt in 1...1000 {
            let file = directory + "/" + stem + (attempt == 1 ? "" : "-\(attempt)") + ".json"
            if try writeNew(file, data) { return file }
        }
        throw .io(path: directory + "/" + stem + ".json", operation: "create", reason: "no free name after 1000 tries")
    }

    /// A folder the store keeps its own files in (`.drafts`, `.conflicts`): made
    /// 0700 if missing; if present it must be a real folder (not a symbolic link)
    /// owned by this user, and is narrowed to 0700.
    static func makePrivateDirectory(_ path: String) throws(StoreError) {
        var created = false
        if entry(path) == nil {
            created = mkdir(path, directoryMode) == 0
            if !created, errno != EEXIST { throw .io(path: path, operation: "mkdir", reason: describe(errno)) }
        }
        try checkPrivateDirectory(path)  // also narrows a new one to 0700 if the umask took owner bits
        if created { syncDirectory(of: path) }
    }

    /// Whether the store's own folder `path` exists; throws if it is not what the
    /// store made (a symbolic link, not a folder, someone else's).
    @discardableResult
    static func checkPrivateDirectory(_ path: String) throws(StoreError) -> Bool {
        guard let info = entry(path) else { return false }
        if kind(info) == mode_t(S_IFLNK) { throw .symbolicLink(path: path) }
        guard isDirectory(info) else { throw .notADirectory(path: path) }
        guard info.st_uid == geteuid() else { throw .notOwned(path: path, owner: Int(info.st_uid)) }
        if info.st_mode & 0o777 != directoryMode { try narrowDirectory(path) }
        return true
    }

    /// Sets a folder of ours to 0700, through a descriptor that cannot be a symbolic link.
    private static func narrowDirectory(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if isSymbolicLink(path) { throw .symbolicLink(path: path) }
            throw .io(path: path, operation: "open", reason: describe(code))
        }
        defer { close(fd) }
        guard fchmod(fd, directoryMode) == 0 else {
            throw .io(path: path, operation: "chmod", reason: describe(errno))
        }
    }

    /// Creates the store's folder and any missing parent, each 0700; folders
    /// already there are left as they are (the check below judges them).
    static func makeFolders(_ path: String) throws(StoreError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard isDirectory(info) else { throw .notADirectory(path: path) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolders(parent) }
        if mkdir(path, directoryMode) != 0 {
            guard errno == EEXIST else { throw .io(path: path, operation: "mkdir", reason: describe(errno)) }
            return
        }
        try narrowDirectory(path)  // the umask must not matter
    }

    /// The folder the store lives in: nobody but its owner may write there, or
    /// another account could swap the store's files; its owner must be this user or root.
    /// A missing folder passes (opening then says the store is missing).
    static func checkStoreFolder(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0, isDirectory(info) else { return }
        let mode = info.st_mode & 0o7777
        if mode & 0o022 != 0 { throw .folderWritableByOthers(path: path, mode: Int(mode)) }
        if info.st_uid != geteuid(), info.st_uid != 0 { throw .notOwned(path: path, owner: Int(info.st_uid)) }
    }

    /// Flushes the folder holding `path`, so a new name in it survives a crash.
    static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        syncFolder(directory.isEmpty ? "." : directory)
    }

    static func syncFolder(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
