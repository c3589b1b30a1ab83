#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Reads and replaces an authorized_keys file without ever leaving it half
/// written or losing a change: a change holds a lock beside the file from the
/// read to the rename; the new file is made exclusively beside it, flushed,
/// then renamed over it. A symbolic link is refused, never followed.
public enum AuthorizedKeysFile {
    public enum Failure: Error, Sendable {
        case io(path: String, reason: String)
        case symlink(path: String)
        case notAFile(path: String)
        case content(path: String, AccessProblem)

        public func message(french: Bool) -> String {
            switch self {
            case .io(let path, let reason): return french ? "\(path) : \(reason)" : "\(path): \(reason)"
            case .symlink(let path):
                return french ? "\(path) : c'est un lien symbolique ; stages ne lit ni n'écrit à travers (indiquez le vrai fichier)"
                              : "\(path): a symbolic link; stages neither reads nor writes through it (give the real file)"
            case .notAFile(let path):
                return french ? "\(path) : pas un fichier ordinaire" : "\(path): not a regular file"
            case .content(let path, let problem):
                return french ? "\(path) : \(problem.message(french: true))" : "\(path): \(problem.message(french: false))"
            }
        }
    }

    /// Reads the file, lets `change` alter it, and writes it back if `change` says it did,
    /// all under the lock, so two changes at once both land. An absent file is an empty one.
    public static func update<T>(_ path: String, _ change: (inout AuthorizedKeys) throws -> (changed: Bool, result: T)) throws -> T {
        let lock = try lockBeside(path)
        defer { close(lock) }
        var keys = try read(path)
        let (changed, result) = try change(&keys)
        if changed { try write(keys, to: path) }
        return result
    }

    /// The file as it is; an absent file is an empty one.
    public static func read(_ path: String) throws(Failure) -> AuthorizedKeys {
        let bytes = try readRegularFile(path) ?? Data()
        do { return try AuthorizedKeys(bytes: bytes) } catch { throw .content(path: path, error) }
    }

    /// A regular file's bytes, nil when there is nothing there; never through a link, never a FIFO or device.
    public static func readRegularFile(_ path: String) throws(Failure) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw .symlink(path: path) }
            throw .io(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
        var bytes = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(fd, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Replaces the file with `keys`, private to its owner; makes its folder (0700) if needed.
    public static func write(_ keys: AuthorizedKeys, to path: String) throws(Failure) {
        try makeFolder(of: path)
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { throw .symlink(path: path) }
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<100 where fd < 0 {
            temporary = path + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0, errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .io(path: temporary, reason: String(cString: strerror(errno))) }
        fchmod(fd, 0o600)
        let bytes = [UInt8](keys.bytes)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        let failed = written < bytes.count || fsync(fd) != 0
        let reason = String(cString: strerror(errno))
        close(fd)
        guard !failed, rename(temporary, path) == 0 else {
            let why = failed ? reason : String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: path, reason: why)
        }
    }

    private static func makeFolder(of path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .io(path: folder, reason: String(cString: strerror(errno)))
        }
    }

    /// An exclusive lock on `path.lock`, held until the descriptor is closed.
    private static func lockBeside(_ path: String) throws(Failure) -> Int32 {
        try makeFolder(of: path)
        let lockPath = path + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw errno == ELOOP ? .symlink(path: lockPath) : .io(path: lockPath, reason: String(cString: strerror(errno)))
        }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .io(path: lockPath, reason: reason)
            }
        }
        return fd
    }
}
