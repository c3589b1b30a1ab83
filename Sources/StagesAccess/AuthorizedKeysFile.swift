#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads and replaces an authorized_keys file without ever leaving it half
/// written: a new file made exclusively beside it, flushed, then renamed over
/// it. A symbolic link there is refused, not followed.
public enum AuthorizedKeysFile {
    public enum Failure: Error, Sendable {
        case io(path: String, reason: String)
        case symlink(path: String)
        case content(path: String, AccessProblem)

        public func message(french: Bool) -> String {
            switch self {
            case .io(let path, let reason): return "\(path) : \(reason)"
            case .symlink(let path):
                return french ? "\(path) : c'est un lien symbolique ; stages ne l'écrit pas à travers (indiquez le vrai fichier)"
                              : "\(path): a symbolic link; stages does not write through it (give the real file)"
            case .content(let path, let problem): return "\(path) : \(problem.message(french: french))"
            }
        }
    }

    /// The file as it is; an absent file is an empty one.
    public static func read(_ path: String) throws(Failure) -> AuthorizedKeys {
        var info = stat()
        if lstat(path, &info) != 0 { return try parse("", path) }
        guard info.st_mode & S_IFMT != S_IFLNK else { throw .symlink(path: path) }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(fd, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return try parse(String(decoding: bytes, as: UTF8.self), path)
    }

    private static func parse(_ text: String, _ path: String) throws(Failure) -> AuthorizedKeys {
        do { return try AuthorizedKeys(text: text) } catch { throw .content(path: path, error) }
    }

    /// Replaces the file with `keys`, private to its owner; makes its folder (0700) if needed.
    public static func write(_ keys: AuthorizedKeys, to path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .io(path: folder, reason: String(cString: strerror(errno)))
        }
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
        let bytes = Array(keys.text.utf8)
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
}
