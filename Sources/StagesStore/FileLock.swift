#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An advisory lock on `<store>.lock`: exclusive while a process re-reads,
/// merges and writes the store, shared while one reads it, so a reader never
/// sees the document of one moment with the journal of another.
struct FileLock {
    private let descriptor: Int32?

    /// Blocks until the lock is ours. A reader that may not create or open the
    /// lock file (a read-only store) reads without it.
    init(path: String, mode: mode_t, exclusive: Bool) throws(StoreError) {
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode)
        if fd < 0, !exclusive { fd = open(path, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else {
            if !exclusive { descriptor = nil; return }
            throw .io(path: path, operation: "open lock", reason: String(cString: strerror(errno)))
        }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .io(path: path, operation: "lock", reason: reason)
            }
        }
        descriptor = fd
    }

    func release() {
        guard let descriptor else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
