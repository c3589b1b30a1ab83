import Foundation
import Testing
import TestSupport

/// The real `stages` binary against a real PostgreSQL server: `init`, `migrate` both ways with
/// identical exports, every command on `--store postgresql://…`, and bad addresses in one line.
@Suite(.serialized) struct PostgresCommandTests {
    let server: PostgresServer
    let url: String

    init() throws {
        server = try PostgresServer()
        try server.createRole("stages", password: "secret")
        try server.createDatabase("stages", owner: "stages")
        url = server.url(user: "stages", password: "secret", database: "stages")
    }

    @Test func migrateBothWaysLosesNothing() throws {
        let folder = try privateFolder("stages-pg")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("store.json").path
        #expect(try Stages.run(["demo", "--store", json]).status == 0)
        let there = try Stages.run(["migrate", "--from", json, "--to", url])
        #expect(there.status == 0, "\(there.errors)")
        #expect(there.output.contains("exports identiques"))
        #expect(!there.output.contains("secret"))
        // A destination with records is refused, unless asked.
        let again = try Stages.run(["migrate", "--from", json, "--to", url])
        #expect(again.status == 2)
        #expect(again.errors.contains("la base contient déjà des données"))
        #expect(try Stages.run(["migrate", "--from", json, "--to", url, "--force"]).status == 0)

        let back = folder.appendingPathComponent("back.json").path
        let home = try Stages.run(["migrate", "--from", url, "--to", back])
        #expect(home.status == 0, "\(home.errors)")
        for kind in ["offers", "placements", "students", "alternance"] {
            let a = try Stages.run(["export", kind, "--format", "json", "--store", json])
            let b = try Stages.run(["export", kind, "--format", "json", "--store", url])
            let c = try Stages.run(["export", kind, "--format", "json", "--store", back])
            #expect(a.status == 0 && b.status == 0 && c.status == 0)
            #expect(a.output == b.output && b.output == c.output, "\(kind) exported the same from all three")
        }
    }

    /// A new year on a database: the finished one archived on this machine (read-only), the database going on without
    /// its students, and the figures of both years side by side.
    @Test func aNewYearOnTheDatabase() throws {
        let folder = try privateFolder("stages-pg-year")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("store.json").path
        let home = ["HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        #expect(try Stages.run(["demo", "--store", json]).status == 0)
        #expect(try Stages.run(["migrate", "--from", json, "--to", url]).status == 0)
        let started = try Stages.run(["year", "start", "2027-2028", "--store", url, "--force"], environment: home)
        #expect(started.status == 0, "\(started.errors)")
        let archive = try #require(started.output.split(separator: "\n").first.flatMap { $0.split(separator: " : ").last }.map(String.init))
        #expect(FileManager.default.fileExists(atPath: archive) && archive.hasPrefix(folder.path))
        #expect(!(try Stages.run(["export", "students", "--store", url], environment: home).output.contains("lmoreau")))
        let stats = try Stages.run(["export", "stats", "--store", url], environment: home)
        #expect(stats.output.contains("total,stages convenus,0,6"), "\(stats.output)")
        let refused = try Stages.run(["settings", "set", "department", "X", "--store", archive], environment: home)
        #expect(refused.status == 2 && refused.errors.contains("lecture seule"))
    }

    @Test func initThenTheCommandsOnTheDatabase() throws {
        let made = try Stages.run(["init", "--store", url])
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("Base prête : postgresql://stages@127.0.0.1:\(server.port)/stages"))
        // Init again keeps the records and says so.
        #expect(try Stages.run(["init", "--store", url]).output.contains("données gardées"))
        let check = try Stages.run(["check", "--store", url])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("0 erreur(s)"))
        // STAGES_STORE names it as well as --store.
        let viaEnvironment = try Stages.run(["settings", "set", "department", "IUT test"], environment: ["STAGES_STORE": url])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.errors)")
        #expect(try Stages.run(["settings", "--store", url]).output.contains("department = IUT test"))
    }

    /// Access over SSH to a database: the forced command names it without its password, which the
    /// service account's password file gives (as libpq's `~/.pgpass`, owner-only).
    @Test func accessWritesTheDatabaseWithoutItsPasswordAndThePasswordFileOpensIt() throws {
        let folder = try privateFolder("stages-pg-access")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Stages.run(["demo", "--store", url]).status == 0)
        let key = folder.appendingPathComponent("lmoreau.pub").path
        try "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl lea@portable\n"
            .write(toFile: key, atomically: true, encoding: .utf8)
        let keys = folder.appendingPathComponent("authorized_keys").path
        let added = try Stages.run(["access", "add", "lmoreau", key, "--store", url, "--authorized-keys", keys, "--binary", "/usr/local/bin/stages"])
        #expect(added.status == 0, "\(added.errors)")
        let written = try String(contentsOfFile: keys, encoding: .utf8)
        let bare = "postgresql://stages@127.0.0.1:\(server.port)/stages"
        #expect(written.contains("command=\"/usr/local/bin/stages session lmoreau --store '\(bare)'\"") || written.contains("--store \(bare)"), "\(written)")
        #expect(!written.contains("secret"))

        // The forced command's store, opened with the password from the file: it gets as far as asking for a terminal.
        let passwords = folder.appendingPathComponent("pgpass").path
        try "# host:port:database:user:password\n127.0.0.1:\(server.port):stages:stages:secret\n".write(toFile: passwords, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passwords)
        let session = try Stages.run(["session", "lmoreau", "--store", bare], environment: ["PGPASSFILE": passwords, "PGPASSWORD": ""])
        #expect(session.status == 2)
        #expect(session.errors.contains("ssh -t"), "\(session.errors)")
        // A password file others may read is not read (libpq's rule): authentication fails.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: passwords)
        let open = try Stages.run(["session", "lmoreau", "--store", bare], environment: ["PGPASSFILE": passwords, "PGPASSWORD": ""])
        #expect(open.errors.contains("authentification refusée"), "\(open.errors)")
    }

    @Test func badAddressesAreOneLineAndExitTwo() throws {
        let closed = try freePort()
        let unreachable = try Stages.run(["check", "--store", "postgresql://stages:secret@127.0.0.1:\(closed)/stages"])
        #expect(unreachable.status == 2)
        #expect(unreachable.errors.contains("postgresql://stages@127.0.0.1:\(closed)/stages : serveur PostgreSQL injoignable"))
        #expect(unreachable.errors.split(separator: "\n").count == 1)
        let password = try Stages.run(["check", "--store", server.url(user: "stages", password: "nope", database: "stages")])
        #expect(password.status == 2)
        #expect(password.errors.contains("authentification refusée pour l'utilisateur « stages »"))
        #expect(!password.errors.contains("nope"))
        let missing = try Stages.run(["check", "--store", server.url(user: "stages", password: "secret", database: "absente")])
        #expect(missing.errors.contains("la base « absente » n'existe pas"))
        let bare = try Stages.run(["check", "--store", url])
        #expect(bare.errors.contains("cette base n'a pas le schéma de stages"))
        let malformed = try Stages.run(["check", "--store", "postgresql://nohost"])
        #expect(malformed.status == 2)
        #expect(malformed.errors.contains("URL attendue de la forme postgresql://"))
    }
}
