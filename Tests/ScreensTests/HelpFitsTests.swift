import Testing
import TerminalKit
@testable import Screens

/// The help at 80×24 cuts nothing: long keys and descriptions wrap, and the box scrolls to the last one.
@Suite struct HelpFitsTests {
    /// The text inside the help box's frame, line by line.
    func boxLines(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line -> String? in
            guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    @Test(arguments: ["1", "2", "4", "5"]) func everyEntryIsWholeAt80x24(_ tab: String) throws {
        let app = try Harness()
        app.press(.text(tab), "?")
        var seen = boxLines(app.screen)
        for _ in 0..<10 { app.press(.key(.pageDown)); seen += boxLines(app.screen) }
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { !$0.contains("…") }, "\(seen.filter { $0.contains("…") })")
        #expect(seen.contains { $0.contains("Quitter") })
    }
}
