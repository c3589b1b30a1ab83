import Foundation
import Testing
import TestSupport

/// The coordinator's application on a PostgreSQL store, in tmux: another process's save is
/// taken in within seconds (NOTIFY, then the idle look), and the application's own save lands.
@Suite(.serialized) struct PostgresEndToEndTests {
    @Test func anotherProcessesSaveIsSeenAndOurEditLands() throws {
        let server = try PostgresServer()
        try server.createRole("stages", password: "secret")
        try server.createDatabase("stages", owner: "stages")
        let url = server.url(user: "stages", password: "secret", database: "stages")
        #expect(try Stages.run(["demo", "--store", url]).status == 0)
        let tmux = try Tmux([Stages.path, "--store", url], width: 120, height: 40)
        try tmux.waitFor("postgresql://stages@127.0.0.1:\(server.port)/stages")
        #expect(try Stages.run(["settings", "set", "department", "IUT renommé", "--store", url]).status == 0)
        try tmux.waitFor("Données relues.", seconds: 10)
        try tmux.send("e")
        try tmux.waitFor("F2")
        try tmux.send("End")
        try tmux.type(" — PG")
        try tmux.send("F2")
        try tmux.waitFor("Offre enregistrée")
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
        let offers = try Stages.run(["export", "offers", "--format", "json", "--store", url])
        #expect(offers.output.contains(" — PG\""))
    }
}
