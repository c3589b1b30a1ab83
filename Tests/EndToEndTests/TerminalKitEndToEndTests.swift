import Foundation
import Testing
import TestSupport

/// The widget gallery on a real terminal, under tmux.
@Suite(.serialized) struct TerminalKitEndToEndTests {
    let demo = builtProduct("terminalkit-demo")

    @Test func accentsTypingAndResize() throws {
        let tmux = try Tmux([demo])
        try tmux.waitFor("élève, œuvre, garçon — 80×24")
        try tmux.waitFor("张伟")
        try tmux.type("Zoé")
        try tmux.waitFor("Prénom *  Zoé")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("— 100×30")
        try tmux.resize(width: 60, height: 15)
        try tmux.waitFor("Fenêtre trop petite : 60×15")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("— 80×24")
        // The title line comes first: the form may still be on its way to the screen.
        try tmux.waitFor("Prénom *  Zoé")
        try tmux.send("Escape")
        let after = try tmux.waitFor("[exit 0]", seconds: 5)  // Esc answers at once, not after a second
        #expect(after.contains("Prénom saisi : Zoé"))
        #expect(after.contains("[tty restored]"))
    }

    /// Only the changed runs are written: wide characters typed, erased and
    /// pushed along must leave nothing behind on the real screen.
    @Test func wideCharactersAreRewrittenWhole() throws {
        let tmux = try Tmux([demo])
        try tmux.waitFor("Prénom *")
        func firstName() throws -> String {
            let line = try tmux.screen().split(separator: "\n").first { $0.contains("Prénom *") } ?? ""
            return line.trimmingCharacters(in: .whitespaces)
        }
        /// The field's line exactly: "张" alone shows inside "张伟" too, before the second key lands.
        func waitForFirstName(_ expected: String) throws {
            let deadline = Date().addingTimeInterval(15)
            var seen = try firstName()
            while seen != expected, Date() < deadline {
                usleep(50_000)
                seen = try firstName()
            }
            #expect(seen == expected)
        }
        try tmux.type("张伟🎓")
        try tmux.waitFor("Prénom *  张伟🎓")
        try tmux.send("BSpace", "BSpace")
        try waitForFirstName("Prénom *  张")
        try tmux.send("Home")
        try tmux.type("Zoé")
        try waitForFirstName("Prénom *  Zoé张")
        try tmux.send("C-l")  // a garbled screen drawn again whole
        let screen = try tmux.waitFor("Prénom *  Zoé张")
        #expect(screen.contains("张伟") && screen.contains("Ame\u{301}lie 🎓"))  // the table, untouched
        try tmux.send("Escape")
        let after = try tmux.waitFor("[exit 0]")
        #expect(after.contains("Prénom saisi : Zoé张"))
    }

    @Test func controlCLeavesCleanlyWith130() throws {
        let tmux = try Tmux([demo])
        try tmux.waitFor("Prénom *")
        try tmux.type("Élo")
        try tmux.waitFor("Élo")
        try tmux.send("C-c")
        let after = try tmux.waitFor("[exit 130]")
        #expect(after.contains("Prénom saisi : Élo"))
        #expect(!after.contains("Galerie TerminalKit"))  // the normal screen is back
        #expect(after.contains("[tty restored]"))
    }

    @Test("SIGTERM and SIGHUP leave cleanly, each with its status", arguments: [("TERM", 143), ("HUP", 129)])
    func aSignalLeavesCleanly(signal: String, status: Int) throws {
        let tmux = try Tmux([demo])
        try tmux.waitFor("Prénom *")
        try tmux.signal(signal)
        let after = try tmux.waitFor("[exit \(status)]")
        #expect(after.contains("[tty restored]"))
    }

    @Test func noColorMeansAttributesOnly() throws {
        let colored = try Tmux([demo])
        try colored.waitFor("Prénom *")
        let colors = try colored.screen(escapes: true)
        #expect(colors.contains("\u{1B}[31m"), "\(colors)")
        let plain = try Tmux([demo], environment: ["NO_COLOR": "1"])
        try plain.waitFor("Prénom *")
        let escapes = try plain.screen(escapes: true)
        #expect(!escapes.contains("\u{1B}[31m"))
        #expect(escapes.contains("\u{1B}[7m"))  // reverse video still marks the status bar
    }

    @Test("a clear message instead of a crash", arguments: [
        ("env TERM=dumb", "Type de terminal inconnu"),
        ("env TERM=no-such-terminal", "Type de terminal inconnu"),
        ("env -u TERM", "La variable TERM n'est pas définie"),
    ])
    func unusableTerminal(prefix: String, message: String) throws {
        let tmux = try Tmux(shell: "\(prefix) \(demo)")
        let screen = try tmux.waitFor("[exit 2]")
        #expect(screen.contains(message))
    }

    @Test func outputToAFileIsRefused() throws {
        let tmux = try Tmux(shell: "\(demo) > /dev/null")
        let screen = try tmux.waitFor("[exit 2]")
        #expect(screen.contains("doit être lancé dans un terminal"))
    }
}
