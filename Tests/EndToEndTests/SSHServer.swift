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
        port = try Self.freePort()
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
            if Self.accepts(port) { return }
            guard kill(pid, 0) == 0 else { break }
            usleep(50_000)
        }
        Issue.record("sshd did not listen on 127.0.0.1:\(port); its log:\n\(log)")
        throw POSIXError(.ECONNREFUSED)
    }

    private static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// A port the kernel says is free on 127.0.0.1 right now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
