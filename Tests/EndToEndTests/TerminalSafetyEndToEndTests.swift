#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// Imported data holding escape sequences, printed by the command line to a real
/// terminal (tmux): shown, never obeyed; written to a file or a pipe, kept byte for byte.
@Suite(.serialized) struct TerminalSafetyEndToEndTests {
    let stages = Stages.path

    /// Sets the clipboard to "Hacked" (OSC 52), clears the screen, sets the window title to "pwned".
    static let hostile = "\u{1B}]52;c;SGFja2Vk\u{07}\u{1B}[2J\u{1B}[H\u{1B}]0;pwned\u{07}"
    /// The same, as `TerminalSafe.neutralise` shows it.
    static let shown = "␛]52;c;SGFja2Vk␇␛[2J␛[H␛]0;pwned␇"
    /// The same, for the shell's printf.
    static let printf = "\\033]52;c;SGFja2Vk\\007\\033[2J\\033[H\\033]0;pwned\\007"

    @Test func hostileNamesAreShownNotObeyed() throws {
        let store = try StagesEndToEndTests().demoStore()
        let folder = store.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("offres.csv")
        try Data("""
            organisme,titre,description,contact,début,domaine,ville
            Archives \(Self.hostile) de Lyon,Fonds \(Self.hostile) privés,Classement,Hélène Dubois,12/04/2027,archives,Lyon

            """.utf8).write(to: csv)
        #expect(try Stages.run(["import", "offers", csv.path, "--store", store.path]).status == 0)

        // A shell in a tall, wide pane, so each command's whole output stays on screen;
        // set-clipboard on: an OSC 52 reaching tmux becomes a paste buffer.
        let tmux = try Tmux(shell: "sh", width: 250, height: 200)
        try tmux.run(["set-option", "-s", "set-clipboard", "on"])
        func buffers() throws -> String { try tmux.run(["list-buffers"]) }
        func title() throws -> String {
            try tmux.run(["display-message", "-p", "-t", "0", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        /// Runs a command line after a cleared screen and a marker; returns the screen, wrapped lines joined.
        func step(_ name: String, _ command: String) throws -> String {
            // The quotes split the words, so the echoed command line never matches what it prints.
            try tmux.type("clear; echo \"MARK\"\"ER-\(name)\"; \(command); echo \"[exit\"\"-\(name) $?]\"")
            try tmux.send("Enter")
            try tmux.waitFor("[exit-\(name) ")
            return try tmux.run(["capture-pane", "-p", "-J", "-t", "0"])
        }

        // The control: the same bytes written raw do land in a buffer and the title, so the checks below can fail.
        let control = try step("control", "printf '\(Self.printf)'")
        #expect(!control.contains("MARKER-control"))  // cleared
        #expect(try poll { try buffers().contains("\"Hacked\"") })
        #expect(try poll { try title() == "pwned" })
        try tmux.run(["delete-buffer"])
        #expect(try buffers().isEmpty)
        try tmux.type("printf '\\033]0;clean\\007'")
        try tmux.send("Enter")
        #expect(try poll { try title() == "clean" })

        let binary = Tmux.quote(stages), at = "--store \(Tmux.quote(store.path))"
        let check = try step("check", "\(binary) check \(at)")
        #expect(check.contains("[exit-check 1]"))
        #expect(check.contains("MARKER-check"))
        #expect(check.contains("  Archives \(Self.shown) de Lyon\n"))

        let dryRun = try step("dryrun", "\(binary) import offers \(Tmux.quote(csv.path)) \(at) --dry-run")
        #expect(dryRun.contains("[exit-dryrun 0]"))
        #expect(dryRun.contains("MARKER-dryrun"))
        #expect(dryRun.contains("non dupliquée : Fonds \(Self.shown) privés — Archives \(Self.shown) de Lyon"))

        let export = try step("export", "\(binary) export offers \(at)")
        #expect(export.contains("[exit-export 0]"))
        #expect(export.contains("MARKER-export"))
        #expect(export.contains(",Fonds \(Self.shown) privés,Archives \(Self.shown) de Lyon,"))

        // An error message naming a path goes through the same door (stderr).
        let missing = try step("missing", "\(binary) check --store \"\(folder.path)/$(printf 'x\(Self.printf)')/store.json\"")
        #expect(missing.contains("[exit-missing 2]"))
        #expect(missing.contains("MARKER-missing"))
        #expect(missing.contains("x\(Self.shown)/store.json"))

        #expect(try buffers().isEmpty)
        #expect(try title() == "clean")

        // To a file or a pipe, the data is written exactly.
        let file = folder.appendingPathComponent("offres-export.csv"), piped = folder.appendingPathComponent("offres-pipe.csv")
        let files = try step("files", "\(binary) export offers \(at) --output \(Tmux.quote(file.path)) && "
                                      + "\(binary) export offers \(at) | cat > \(Tmux.quote(piped.path))")
        #expect(files.contains("[exit-files 0]"))
        let written = try Data(contentsOf: file), throughPipe = try Data(contentsOf: piped)
        #expect(written == throughPipe)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains(",Fonds \(Self.hostile) privés,Archives \(Self.hostile) de Lyon,"))
        #expect(!text.contains("␛"))
    }

    /// Polls `condition` until it holds or `seconds` pass.
    func poll(seconds: Double = 15, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return try condition()
    }
}
