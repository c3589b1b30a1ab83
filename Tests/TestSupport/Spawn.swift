#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Starting processes by hand with posix_spawn: Foundation's Process waits on
/// descriptors that long-lived children (a tmux server, sshd) inherit, and
/// would then never see a short command end.
public enum Spawn {
    /// What a process did: its exit status and what it printed.
    public struct Run: Sendable {
        public let status: Int32
        /// Standard output, with standard error unless that went elsewhere.
        public let output: String
        /// Standard error, when asked for `.apart`; empty otherwise.
        public let errors: String
    }

    /// Where a process's standard error goes.
    public enum Errors: Sendable {
        /// With standard output (`2>&1`).
        case withOutput
        /// Nowhere (`2>/dev/null`).
        case discarded
        /// To the tests' own standard error.
        case inherited
        /// `run` keeps it apart in `Run.errors`; `start` discards it.
        case apart
    }

    /// Starts `argv` (looked up in PATH) with standard input from /dev/null and
    /// standard output to `output` (or /dev/null); nothing else is inherited but
    /// standard error when asked. `environment` is laid over this process's own.
    public static func start(_ argv: [String], environment: [String: String] = [:], output: String? = nil,
                             errors: Errors = .withOutput) throws -> pid_t {
        try start(argv, environment: environment, output: output, errors: errors, errorFile: nil)
    }

    private static func start(_ argv: [String], environment: [String: String], output: String?, errors: Errors,
                              errorFile: String?) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        switch errors {
        case .withOutput: posix_spawn_file_actions_adddup2(&actions, 1, 2)
        case .inherited: break
        case .discarded, .apart:
            posix_spawn_file_actions_addopen(&actions, 2, errorFile ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned: Int32
        if environment.isEmpty {
            spawned = posix_spawnp(&pid, argv[0], &actions, nil, &cArguments, environ)
        } else {
            let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            var cEnvironment = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { cEnvironment.forEach { free($0) } }
            spawned = posix_spawnp(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        return pid
    }

    /// The exit status of `pid`, once it has ended (128 + the signal that ended it).
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Runs `argv` to its end; returns its status and what it printed.
    @discardableResult
    public static func run(_ argv: [String], environment: [String: String] = [:], errors: Errors = .withOutput) throws -> Run {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)").path
        let output = base + ".out", errorFile = base + ".err"
        defer {
            unlink(output)
            unlink(errorFile)
        }
        let pid = try start(argv, environment: environment, output: output, errors: errors,
                            errorFile: errors == .apart ? errorFile : nil)
        let status = wait(pid)
        return Run(status: status, output: text(output), errors: errors == .apart ? text(errorFile) : "")
    }

    /// The words that run the rest of a command line as Unix user and group `uid`, with no other group.
    public static func asUser(_ uid: uid_t) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(uid)", "--clear-groups"]
    }

    private static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}
