import Foundation
import Testing
import StagesCore
import StagesStore

/// The real `stages` binary under tmux, on a demo store.
@Suite(.serialized) struct StagesEndToEndTests {
    let stages = Tmux.product("stages")

    func demoStore() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stages-e2e-\(UUID().uuidString)/store.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: stages)
        process.arguments = ["demo", "--store", url.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return url
    }

    @Test func demoOpensAndQuits() throws {
        let tmux = try Tmux([stages, "--demo"])
        try tmux.waitFor("1 Offres   2 Stages   3 Alternance")
        try tmux.waitFor("43 sur 44")
        try tmux.type("q")
        let after = try tmux.waitFor("[exit 0]")
        #expect(after.contains("[tty restored]"))
    }

    @Test func coordinatorReturnsARequestAndTheStoreHasIt() throws {
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let tmux = try Tmux([stages, "--store", store.path])
        try tmux.waitFor("43 sur 44")
        try tmux.type("/")
        try tmux.type("donnees")
        try tmux.waitFor("/ donnees")
        try tmux.send("Escape")
        try tmux.type("2")
        try tmux.waitFor("Étudiant·e")
        try tmux.type("/Manon")
        try tmux.send("Enter")
        try tmux.waitFor("1 sur 14")
        try tmux.send("Enter")
        try tmux.waitFor("Manon Petit — Institut national")
        try tmux.type("r")
        try tmux.waitFor("Renvoyer la demande")
        try tmux.type("Préciser le nom du tuteur, merci.")
        try tmux.send("F2")
        try tmux.waitFor("Demande renvoyée")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("Préciser le nom du tuteur, merci.")
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
        let placement = try Store.open(store).base.placements["plc-003"]
        #expect(placement?.status == .returned)
        #expect(placement?.history.last?.comment == "Préciser le nom du tuteur, merci.")
    }

    @Test func aMissingStoreIsOfferedAndACorruptOneRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stages-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.json").path
        let tmux = try Tmux([stages, "--store", path])
        let question = try tmux.waitFor("En créer un vide ici ? [o/N]")
        #expect(question.replacingOccurrences(of: "\n", with: "").contains("Aucun fichier de données à \(path)."))
        try tmux.type("o")
        try tmux.send("Enter")
        try tmux.waitFor("0 sur 0")
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
        #expect(FileManager.default.fileExists(atPath: path))

        try Data("{\n  \"format\" : \"stages\",\n  oops".utf8).write(to: URL(fileURLWithPath: path))
        let refused = try Tmux([stages, "--store", path])
        let screen = try refused.waitFor("[exit 2]")
        #expect(screen.contains("\(path):3:3"))
    }
}
