#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Starting processes by hand with posix_spawn: Foundation's Process waits on
/// descriptors that long-lived children (a tmux server, sshd) inherit, and
/// would then never see a short command end.
enum Spawn {
    /// Starts `argv` (looked up in PATH) with standard input from /dev/null and
    /// standard output (and error, unless `errors` is false) to `output` (or /dev/null);
    /// nothing else is inherited.
    static func start(_ argv: [String], output: String? = nil, errors: Bool = true) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if errors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        return pid
    }

    /// The exit status of `pid`, once it has ended (128 + the signal that ended it).
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Runs `argv` to its end; returns its status and what it printed (output and errors together).
    @discardableResult
    static func run(_ argv: [String], errors: Bool = true) throws -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)").path
        defer { unlink(output) }
        let status = wait(try start(argv, output: output, errors: errors))
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }
}
