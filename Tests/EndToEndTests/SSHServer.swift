#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// A real OpenSSH server for one test: Debian's `sshd` on 127.0.0.1 at a free
/// port, as the user running the tests, with its own host key, configuration
/// and authorized_keys in a temporary folder; stopped when the test ends.
final class SSHServer {
    let folder: URL
    let port: Int
    let user: String
    private let pid: pid_t

    var authorizedKeys: String { folder.appendingPathComponent("authorized_keys").path }
    var log: String { (try? String(contentsOfFile: folder.appendingPathComponent("sshd.log").path, encoding: .utf8)) ?? "" }

    init() throws {
        folder = try privateFolder("stages-sshd")
        user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let hostKey = folder.appendingPathComponent("host_key").path
        try Spawn.run(["/usr/bin/ssh-keygen"] + ["-q", "-t", "ed25519", "-N", "", "-C", "test host", "-f", hostKey])
        port = try freePort()
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(hostKey)
            PidFile \(folder.path)/sshd.pid
            AuthorizedKeysFile \(folder.path)/authorized_keys
            StrictModes no
            UsePAM no
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin forced-commands-only
            AllowUsers \(user)
            LogLevel VERBOSE

            """
        let configPath = folder.appendingPathComponent("sshd_config").path
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        // Privilege separation needs its empty folder when sshd runs as root.
        if getuid() == 0 { mkdir("/run/sshd", 0o755) }
        // sshd re-executes itself: it needs its absolute path.
        pid = try Spawn.start(["/usr/sbin/sshd", "-D", "-f", configPath, "-E", folder.appendingPathComponent("sshd.log").path])
        try waitUntilListening()
    }

    deinit {
        kill(pid, SIGTERM)
        _ = Spawn.wait(pid)
        try? FileManager.default.removeItem(at: folder)
    }

    /// A new key pair in the server's folder; returns the private key's path (the public one adds ".pub").
    func makeKey(_ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Spawn.run(["/usr/bin/ssh-keygen"] + ["-q", "-t", "ed25519", "-N", "", "-C", "\(name)@laptop", "-f", path])
        return path
    }

    /// The client's command line, for a tmux pane or a process: `-t` asks for a terminal.
    func ssh(key: String, terminal: Bool = true, command: [String] = []) -> [String] {
        ["/usr/bin/ssh"] + (terminal ? ["-t"] : ["-T"]) + [
            "-F", "/dev/null", "-i", key, "-p", "\(port)", "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
            "-o", "BatchMode=yes", "\(user)@127.0.0.1",
        ] + command
    }

    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if accepts(port) { return }
            guard kill(pid, 0) == 0 else { break }
            usleep(50_000)
        }
        Issue.record("sshd did not listen on 127.0.0.1:\(port); its log:\n\(log)")
        throw POSIXError(.ECONNREFUSED)
    }
}
