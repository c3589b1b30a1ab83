import Testing
import StagesCore

/// The rules' own trimming gives what Foundation's did, for spaces, tabs, newlines and the non-breaking space.
@Suite struct BlanksTests {
    @Test(arguments: [("", true), ("   ", true), ("\t\n \u{00A0}", true), (" a ", false), ("Zoé", false)])
    func blank(_ text: String, _ expected: Bool) {
        #expect(text.isBlank == expected)
    }

    @Test func trimmedKeepsTheInside() {
        #expect("  Musée  des Confluences \n".trimmed == "Musée  des Confluences")
        #expect("\u{00A0}Lyon\t".trimmed == "Lyon")
        #expect(" \n ".trimmed == "")
        #expect("张伟".trimmed == "张伟")
    }
}
