import Foundation
import StagesCore
import StagesStore
import Testing
import TestSupport

/// The department server as people meet it: one account owns the store, and
/// each person comes in through a real OpenSSH server with their own key,
/// held by `stages access` to `stages session LOGIN`.
@Suite(.serialized) struct SSHEndToEndTests {
    let stages = Stages.path
    let year = Programme.current(on: .today()).academicYearLabel

    /// The service account's demo store, in a private folder of the server's.
    func demoStore(beside server: SSHServer) throws -> String {
        let data = server.folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return try Stages.demoStore(in: data).path
    }

    @Test func eachPersonLandsInTheirOwnApplication() throws {
        let server = try SSHServer()
        let store = try demoStore(beside: server)

        // The service account's owner gives access: a coordinator and two students.
        let coordinator = try server.makeKey("mdupont"), lea = try server.makeKey("lmoreau"), manon = try server.makeKey("mpetit")
        let target = ["--store", store, "--authorized-keys", server.authorizedKeys]
        let added = try Spawn.run([stages] + ["access", "add", "mdupont", coordinator + ".pub", "--coordinator", "--name", "Marie Dupont"] + target)
        #expect(added.status == 0, "\(added.output)")
        #expect(try Spawn.run([stages] + ["access", "add", "lmoreau", lea + ".pub"] + target).status == 0)
        #expect(try Spawn.run([stages] + ["access", "add", "mpetit", manon + ".pub"] + target).status == 0)
        let list = try Spawn.run([stages] + ["access", "list"] + target).output
        #expect(list.contains("mdupont  responsable — Marie Dupont (mdupont)"))
        #expect(list.contains("lmoreau  étudiant·e — Léa Moreau"))
        // A key given twice is refused, naming the file and the line of its owner.
        let twice = try Spawn.run([stages] + ["access", "add", "mpetit", lea + ".pub"] + target)
        #expect(twice.status != 0)
        #expect(twice.output.contains("\(server.authorizedKeys), cette clé est déjà celle de « lmoreau » (ligne"))

        // Student A lands in her own application, also when asking for another command.
        for command in [[], ["stages", "student", "--login", "mpetit"], ["sh"]] {
            let pane = try Tmux(server.ssh(key: lea, command: command), width: 100, height: 30)
            try pane.waitFor("Léa Moreau — \(year)")
            // The session cannot take the server's memory, whatever window it announces.
            let pids = try Spawn.run(["pgrep", "-f", "session lmoreau --store \(store)"]).output.split(separator: "\n")
            let limits = pids.compactMap { try? String(contentsOfFile: "/proc/\($0)/limits", encoding: .utf8) }
            #expect(limits.contains { $0.contains("Max data size             2147483648") }, "\(limits)")
            for tab in ["3", "4", "1"] {
                try pane.type(tab)
                #expect(try pane.screen().contains("Manon") == false, "student A saw student B's name on tab \(tab)")
            }
            try pane.type("q")
            try pane.waitFor("[exit 0]")
        }

        // The coordinator validates student B's request; the history names the coordinator.
        let desk = try Tmux(server.ssh(key: coordinator), width: 120, height: 40)
        try desk.waitFor("3 Alternance")
        try desk.type("2")
        try desk.waitFor("Étudiant·e")
        try desk.type("/Manon")
        try desk.send("Enter")
        try desk.waitFor("1 sur 14")
        try desk.send("Enter")
        try desk.waitFor("Manon Petit — Institut national")
        try desk.type("v")
        try desk.waitFor("Valider la demande ?")
        try desk.send("Enter")
        try desk.waitFor("Demande validée")
        try desk.waitFor("Marie Dupont (mdupont)")
        try desk.type("q")
        try desk.waitFor("[exit 0]")
        let step = try #require(try Store.open(URL(fileURLWithPath: store)).base.placements["plc-003"]?.history.last)
        #expect(step.to == "validated")
        #expect(step.by == "mdupont")
        #expect(step.name == "Marie Dupont")

        // Student B sees her request validated, by whom.
        let manonPane = try Tmux(server.ssh(key: manon), width: 100, height: 30)
        try manonPane.waitFor("Manon Petit — \(year)")
        try manonPane.waitFor("Validée")
        try manonPane.type("q")
        try manonPane.waitFor("[exit 0]")
    }

    @Test func withoutATerminalOrAPlaceNothingOpens() throws {
        let server = try SSHServer()
        let store = try demoStore(beside: server)
        let lea = try server.makeKey("lmoreau")
        #expect(try Spawn.run([stages] + ["access", "add", "lmoreau", lea + ".pub", "--store", store,
                                           "--authorized-keys", server.authorizedKeys]).status == 0)
        // A command asked for without a terminal runs nothing of its own.
        let asked = try Spawn.run(server.ssh(key: lea, terminal: false, command: ["cat", store]))
        #expect(asked.status == 2)
        #expect(asked.output.contains("stages a besoin d'un terminal"))
        #expect(!asked.output.contains("\"format\""))
        // A key held to a login the store does not know opens nothing.
        let keys = try String(contentsOfFile: server.authorizedKeys, encoding: .utf8)
        try keys.replacingOccurrences(of: " session lmoreau ", with: " session ghost ")
            .write(toFile: server.authorizedKeys, atomically: true, encoding: .utf8)
        let pane = try Tmux(server.ssh(key: lea))
        try pane.waitFor("« ghost » n'a pas de place dans les stages de \(year)")
        try pane.waitFor("[exit 77]")
    }
}
