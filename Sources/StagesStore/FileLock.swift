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

    /// Blocks until the lock is ours. The lock file is made 0600 and never
    /// opened through a symbolic link. A reader that may not create or open the
    /// lock file (a read-only store) reads without it.
    init(path: String, exclusive: Bool) throws(StoreError) {
        var fd: Int32
        do {
            fd = try AtomicFile.openOrCreate(path, flags: O_RDWR, operation: "open lock").fd
        } catch .io where !exclusive {
            do {
                fd = try AtomicFile.openOrCreate(path, flags: O_RDONLY, operation: "open lock").fd
            } catch .io {
                descriptor = nil
                return
            }
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
