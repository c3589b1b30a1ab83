#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// File operations that never leave a torn store: write a temporary file
/// beside the target, flush it, keep the old version as `.bak`, then rename.
enum AtomicFile {
    /// What identifies one version of a file on disk, to notice another process's write.
    struct Version: Equatable {
        let device: UInt64, inode: UInt64, size: Int64, modified: timespec

        static func == (a: Version, b: Version) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    static func version(of path: String) -> Version? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Version(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: info.st_mtim)
    }

    static func mode(of path: String) -> (mode: mode_t, group: gid_t)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & 0o777, info.st_gid)
    }

    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The file's bytes from `offset` to its end.
    static func read(_ path: String, from offset: Int = 0) throws(StoreError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if access(path, F_OK) != 0 { throw .notFound(path: path) }
            throw .io(path: path, operation: "read", reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do {
            if offset > 0 { try handle.seek(toOffset: UInt64(offset)) }
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .io(path: path, operation: "read", reason: error.localizedDescription)
        }
    }

    /// Appends `data` in one write and flushes it, after cutting the file back
    /// to `length` (dropping a torn last line). Creates the file if needed.
    static func append(_ data: Data, to path: String, truncatingTo length: Int, mode: mode_t, group: gid_t?) throws(StoreError) {
        let existed = access(path, F_OK) == 0
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: path, operation: "open", reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if !existed {
            fchmod(fd, mode)
            if let group { _ = fchown(fd, uid_t.max, group) }
        }
        guard ftruncate(fd, off_t(length)) == 0, lseek(fd, off_t(length), SEEK_SET) >= 0 else {
            throw .io(path: path, operation: "truncate", reason: String(cString: strerror(errno)))
        }
        if let failure = writeAll(fd, data) ?? (fsync(fd) == 0 ? nil : String(cString: strerror(errno))) {
            _ = ftruncate(fd, off_t(length))
            throw .io(path: path, operation: "write", reason: failure)
        }
        if !existed { syncDirectory(of: path) }
    }

    /// Writes every byte, retrying after signals; returns the failure, if any.
    private static func writeAll(_ fd: Int32, _ data: Data) -> String? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Replaces `path` with `data`. The previous file, if any, stays reachable as `path.bak`.
    static func replace(_ path: String, with data: Data, mode: mode_t, group: gid_t?, keepBackup backup: Bool = true) throws(StoreError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: temporary, operation: "create", reason: String(cString: strerror(errno))) }
        fchmod(fd, mode)  // the umask must not narrow a shared file
        if let group { _ = fchown(fd, uid_t.max, group) }
        var failure = writeAll(fd, data)
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw .io(path: temporary, operation: "write", reason: failure)
        }
        if backup { keepBackup(of: path) }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: path, operation: "rename", reason: reason)
        }
        syncDirectory(of: path)
    }

    /// Points `path.bak` at the current file: a hard link costs nothing and
    /// survives the rename that follows; a copy where links are not allowed.
    private static func keepBackup(of path: String) {
        guard access(path, F_OK) == 0 else { return }
        let backup = path + ".bak"
        let staged = backup + ".tmp-\(getpid())"
        unlink(staged)
        if link(path, staged) != 0 {
            guard (try? FileManager.default.copyItem(atPath: path, toPath: staged)) != nil else { return }
        }
        rename(staged, backup)
    }

    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
