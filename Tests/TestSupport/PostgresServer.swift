#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A real PostgreSQL server for one test: Debian's binaries, a throwaway cluster
/// in a private temporary folder, on 127.0.0.1 at a free port, with password
/// (SCRAM) authentication as in production; stopped and removed by `stop()` or
/// when the object goes. PostgreSQL refuses to run as root, so when the tests
/// are root (CI) the server runs as the `postgres` Unix user.
public final class PostgresServer {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    public let host = "127.0.0.1"
    public let port: Int
    /// The cluster's superuser, who alone may log in at first.
    public let adminUser = "stages_admin"
    public let adminPassword: String
    /// The private folder holding the cluster, its socket and its log.
    public let folder: URL

    private let binaries: Binaries
    /// What runs a server command as the server's user: setpriv when root, nothing otherwise.
    private let asServerUser: [String]
    private var running = false
    /// A shell that stops the server and removes the folder should this process die without `stop()`.
    private var watchdog: pid_t?

    private var data: String { folder.appendingPathComponent("data").path }
    private var logFile: String { folder.appendingPathComponent("server.log").path }

    /// The server's log so far.
    public var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    public init() throws {
        binaries = try Binaries.find()
        adminPassword = UUID().uuidString
        var owner: (uid_t, gid_t)?
        if getuid() == 0 {
            guard let user = getpwnam("postgres") else {
                throw Failure(description: "the tests run as root, which PostgreSQL refuses, and there is no postgres "
                    + "Unix user to run it as: apt-get install postgresql (.ci/run installs it)")
            }
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw Failure(description: "the tests run as root and need /usr/bin/setpriv to run PostgreSQL as postgres: "
                    + "apt-get install util-linux")
            }
            asServerUser = ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
            owner = (user.pointee.pw_uid, user.pointee.pw_gid)
        } else {
            asServerUser = []
        }
        // The server wants its folders 0700 and its own: privateFolder's mode, given to postgres when root.
        folder = try privateFolder("stages-postgres")
        do {
            port = try Self.initialize(folder: folder, owner: owner, binaries: binaries, as: asServerUser, password: adminPassword)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        running = true
        watchdog = try? Spawn.start(["/bin/sh", "-c", """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            \(shellWords(asServerUser + [binaries.pgCtl, "stop", "-D", data, "-m", "immediate"]))
            rm -rf \(shellWord(folder.path))
            """], errors: .discarded)
    }

    deinit {
        stop()
    }

    /// A new role that may log in with `password` (stored as SCRAM, the server's default).
    public func createRole(_ name: String, password: String) throws {
        try psql("CREATE ROLE \(identifier(name)) LOGIN PASSWORD \(literal(password))")
    }

    /// A new database, owned by `owner` if given (by the superuser otherwise).
    public func createDatabase(_ name: String, owner: String? = nil) throws {
        try psql("CREATE DATABASE \(identifier(name))" + (owner.map { " OWNER \(identifier($0))" } ?? ""))
    }

    /// Runs `sql` as the superuser, stopping at the first error; returns the rows unaligned
    /// (`|` between columns, a line each) without the last newline. Throws on any error.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        let arguments = ["-h", host, "-p", "\(port)", "-U", adminUser, "-d", database]
        let run = try Spawn.run(psqlCommand(arguments, sql), environment: psqlEnvironment(password: adminPassword), errors: .apart)
        guard run.status == 0 else {
            throw Failure(description: "psql as \(adminUser) on \(database) ended with \(run.status) for \(sql): \(run.errors)"
                + logTail())
        }
        return run.output.hasSuffix("\n") ? String(run.output.dropLast()) : run.output
    }

    /// Runs `sql` as `user` with `password`, connecting through `url`, and returns what psql did
    /// without judging it: for tests of refusals.
    public func runPsql(_ sql: String, user: String, password: String, database: String = "postgres") throws -> Spawn.Run {
        // The password goes in the URL, not PGPASSWORD: the URL is what is being tested.
        try Spawn.run(psqlCommand(["-d", url(user: user, password: password, database: database)], sql),
                      environment: psqlEnvironment(password: nil), errors: .apart)
    }

    /// A libpq connection URL to this server, user and password percent-encoded.
    public func url(user: String, password: String, database: String) -> String {
        let user = user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user
        let password = password.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed) ?? password
        let database = database.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? database
        return "postgresql://\(user):\(password)@\(host):\(port)/\(database)"
    }

    /// Ends the server at once, as a crash would (connections drop, no checkpoint), keeping its
    /// data: `restart()` brings it back on the same port.
    public func kill() throws {
        guard running else { return }
        try pgCtl(["stop", "-D", data, "-m", "immediate"])
        running = false
    }

    /// Ends the server at once if it runs, then starts it again on the same port with the same data.
    public func restart() throws {
        try kill()
        try Self.start(binaries: binaries, as: asServerUser, folder: folder, port: port)
        running = true
    }

    /// Ends the server at once and removes its folder. Idempotent; failures are ignored so that
    /// it may run in deinit (a server left running ends itself within a minute of its lock file
    /// going with the folder).
    public func stop() {
        if let watchdog {
            sendSignal(watchdog, SIGKILL)
            _ = Spawn.wait(watchdog)
            self.watchdog = nil
        }
        if running { try? kill() }
        running = false
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: - Running the tools

    private func pgCtl(_ arguments: [String]) throws {
        try Self.check(asServerUser + [binaries.pgCtl] + arguments, logFile: logFile)
    }

    private func psqlCommand(_ connection: [String], _ sql: String) -> [String] {
        // -X: no ~/.psqlrc; -At: bare rows, to compare.
        [binaries.psql, "-X", "-v", "ON_ERROR_STOP=1", "-At"] + connection + ["-c", sql]
    }

    private func psqlEnvironment(password: String?) -> [String: String] {
        // Fixed messages and encoding, whatever the caller's locale; no waiting forever.
        ["PGCONNECT_TIMEOUT": "10", "PGCLIENTENCODING": "UTF8", "LC_MESSAGES": "C", "PGPASSFILE": "/dev/null"]
            .merging(password.map { ["PGPASSWORD": $0] } ?? [:]) { $1 }
    }

    private func logTail() -> String {
        Self.logTail(logFile)
    }

    /// Makes the cluster and starts it on a free port; returns the port. Another process may take
    /// the port between `freePort` and the server's bind: then a second one is tried, and a third.
    private static func initialize(folder: URL, owner: (uid_t, gid_t)?, binaries: Binaries, as prefix: [String],
                                   password: String) throws -> Int {
        let data = folder.appendingPathComponent("data").path
        let passwordFile = folder.appendingPathComponent("password").path
        let socketFolder = folder.appendingPathComponent("socket").path
        try Data((password + "\n").utf8).write(to: URL(fileURLWithPath: passwordFile))
        chmod(passwordFile, 0o600)
        mkdir(socketFolder, 0o700)
        if let (uid, gid) = owner {
            for path in [folder.path, passwordFile, socketFolder] where chown(path, uid, gid) != 0 {
                throw Failure(description: "cannot give \(path) to the postgres user: \(String(cString: strerror(errno)))")
            }
        }
        // C.UTF-8 (glibc's, always there on Debian) folds non-ASCII case, unlike --no-locale.
        let locale = FileManager.default.fileExists(atPath: "/usr/lib/locale/C.utf8") ? ["--locale=C.UTF-8"] : ["--no-locale"]
        try check(prefix + [binaries.initdb, "-D", data, "-U", "stages_admin", "--pwfile=\(passwordFile)",
                            "--auth=scram-sha-256", "-E", "UTF8", "--no-sync"] + locale, logFile: nil)
        unlink(passwordFile)
        for attempt in 1...3 {
            let port = try freePort()
            do {
                try start(binaries: binaries, as: prefix, folder: folder, port: port)
                return port
            } catch let failure as Failure where attempt < 3 && failure.description.contains("could not bind") {
                continue
            }
        }
        throw Failure(description: "no free port for PostgreSQL")  // not reached: the third failure is thrown
    }

    private static func start(binaries: Binaries, as prefix: [String], folder: URL, port: Int) throws {
        let logFile = folder.appendingPathComponent("server.log").path
        let socketFolder = folder.appendingPathComponent("socket").path
        // pg_ctl hands -o to a shell: the socket folder is quoted. fsync=off: a test's cluster need not survive a power cut.
        let options = "-c listen_addresses=127.0.0.1 -p \(port) -k \(shellWord(socketFolder)) -c fsync=off"
        try check(prefix + [binaries.pgCtl, "start", "-w", "-t", "30", "-D", folder.appendingPathComponent("data").path,
                            "-l", logFile, "-o", options], logFile: logFile)
    }

    /// Runs `argv`; throws with the command, its standard error and the log's last lines if it fails.
    private static func check(_ argv: [String], logFile: String?) throws {
        let run = try Spawn.run(argv, environment: ["LC_MESSAGES": "C"], errors: .apart)
        guard run.status == 0 else {
            throw Failure(description: "\(argv.joined(separator: " ")) ended with \(run.status): \(run.errors)\(run.output)"
                + (logFile.map(logTail) ?? ""))
        }
    }

    private static func logTail(_ logFile: String) -> String {
        guard let log = try? String(contentsOfFile: logFile, encoding: .utf8), !log.isEmpty else { return "" }
        return "\nserver log, last lines:\n" + log.split(separator: "\n").suffix(15).joined(separator: "\n")
    }

    /// initdb, pg_ctl and psql of the highest PostgreSQL installed.
    private struct Binaries {
        let initdb: String
        let pgCtl: String
        let psql: String

        static func find() throws -> Binaries {
            let root = "/usr/lib/postgresql"
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
                .filter { FileManager.default.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") }
                .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            if let version = versions.last {
                let bin = "\(root)/\(version)/bin"
                let psql = FileManager.default.isExecutableFile(atPath: "\(bin)/psql") ? "\(bin)/psql" : "psql"
                return Binaries(initdb: "\(bin)/initdb", pgCtl: "\(bin)/pg_ctl", psql: psql)
            }
            // Elsewhere than Debian (Homebrew, say) the tools are in PATH.
            let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            if let bin = path.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }) {
                return Binaries(initdb: "\(bin)/initdb", pgCtl: "\(bin)/pg_ctl", psql: "\(bin)/psql")
            }
            throw Failure(description: "PostgreSQL server not found: apt-get install postgresql (.ci/run installs it)")
        }
    }
}

/// Kills `pid` (a free function: `PostgresServer.kill()` hides the C one inside the class).
private func sendSignal(_ pid: pid_t, _ number: Int32) {
    kill(pid, number)
}

/// `name` as an SQL identifier, quoted.
private func identifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// `text` as an SQL string literal.
private func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
}

/// `word` for a POSIX shell, single-quoted.
private func shellWord(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

private func shellWords(_ words: [String]) -> String {
    words.map(shellWord).joined(separator: " ")
}
