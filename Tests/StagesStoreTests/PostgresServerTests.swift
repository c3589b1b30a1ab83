#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// The harness the database tests stand on: a real PostgreSQL, started and thrown away by the test,
/// that checks passwords as the department's server will.
@Suite struct PostgresServerTests {
    @Test func startsChecksPasswordsAndGoesAway() throws {
        let server = try PostgresServer()
        // A password the URL must percent-encode.
        let password = "wonder land/@:?#%'"
        try server.createRole("alice", password: password)
        try server.createDatabase("stages_test", owner: "alice")
        #expect(try server.psql("select 1+1") == "2")
        #expect(try server.psql("select pg_get_userbyid(datdba) from pg_database where datname = 'stages_test'") == "alice")

        let alice = try server.runPsql("select current_user || ' ' || current_database()", user: "alice", password: password,
                                       database: "stages_test")
        #expect(alice.status == 0, "\(alice.errors)")
        #expect(alice.output == "alice stages_test\n")

        let wrong = try server.runPsql("select 1", user: "alice", password: "wonderland", database: "stages_test")
        #expect(wrong.status != 0)
        #expect(wrong.errors.contains("password authentication failed"), "\(wrong.errors)")

        let folder = server.folder.path, port = server.port
        #expect(accepts(port))
        server.stop()
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(!accepts(port))
    }

    @Test func aKilledServerDropsItsConnectionsAndRestartsWithItsData() throws {
        let server = try PostgresServer()
        try server.psql("create table kept (n int); insert into kept values (42)")
        // A session that sleeps on the server while the server dies under it.
        let environment = ["PGPASSWORD": server.adminPassword, "PGCONNECT_TIMEOUT": "10"]
        let session = try Spawn.start(["psql", "-X", "-At", "-h", server.host, "-p", "\(server.port)", "-U", server.adminUser,
                                       "-d", "postgres", "-c", "select pg_sleep(30)"], environment: environment)
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline,
              try server.psql("select count(*) from pg_stat_activity where query like 'select pg_sleep%'") != "1" {
            usleep(20_000)
        }
        try server.kill()
        #expect(Spawn.wait(session) != 0)
        #expect(!accepts(server.port))
        #expect(throws: PostgresServer.Failure.self) { try server.psql("select 1") }

        try server.restart()
        #expect(try server.psql("select n from kept") == "42")
    }
}
