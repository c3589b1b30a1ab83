#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock on `<store>.lock`, held while a process re-reads,
/// merges and writes the store, so two writers take turns.
struct FileLock {
    private let descriptor: Int32

    /// Blocks until the lock is ours.
    init(path: String, mode: mode_t) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: path, operation: "open lock", reason: String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .io(path: path, operation: "lock", reason: reason)
            }
        }
        descriptor = fd
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
