import Foundation
import Testing
import TestSupport

/// The real `stages` binary under tmux prints a convention from a placement's detail:
/// the PDF lands in `conventions/` beside the store and reads back as the convention.
@Suite(.serialized) struct ConventionEndToEndTests {
    @Test func cOnAValidatedPlacementWritesItsConventionAsPDF() throws {
        let store = try Stages.demoStore(in: privateFolder("stages-e2e-convention"))
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        // Wide enough for the status line to show the whole path.
        let tmux = try Tmux([Stages.path, "--store", store.path], width: 220, height: 40)
        try tmux.waitFor("43 sur 44")
        try tmux.type("2")
        try tmux.waitFor("Étudiant·e")
        try tmux.type("/Léa")
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("Léa Moreau — Archives départementales du Rhône")
        try tmux.type("c")
        let file = store.deletingLastPathComponent().appendingPathComponent("conventions/convention-2026-plc-001.pdf").path
        try tmux.waitFor("Convention écrite : \(file)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(bytes.starts(with: Data("%PDF".utf8)))
        let text = try Spawn.run(["pdftotext", "-enc", "UTF-8", file, "-"]).output
        #expect(text.contains("Convention de stage"))
        #expect(text.contains("Léa Moreau"))
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
    }
}
