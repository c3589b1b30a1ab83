import Testing
import TerminalKit

@Suite struct TerminalSafeTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TerminalSafe.neutralise("\u{1B}]52;c;SGFja2Vk\u{07}Archives") == "␛]52;c;SGFja2Vk␇Archives")
        #expect(TerminalSafe.neutralise("\u{1B}[2J\u{1B}[H") == "␛[2J␛[H")
        #expect(TerminalSafe.neutralise("\u{1B}]0;pwned\u{07}") == "␛]0;pwned␇")
    }

    @Test func everyC0ControlButLineFeedAndTabHasItsPicture() {
        for value in UInt32(0)...0x1F where value != 0x0A && value != 0x09 {
            let control = String(Unicode.Scalar(value)!)
            #expect(TerminalSafe.neutralise("a" + control + "b") == "a" + String(Unicode.Scalar(0x2400 + value)!) + "b")
        }
        #expect(TerminalSafe.neutralise("\u{7F}") == "␡")
        #expect(TerminalSafe.neutralise("\u{00}\u{08}") == "␀␈")
    }

    @Test func c1ControlsBecomeText() {
        #expect(TerminalSafe.neutralise("\u{9B}2J") == "\\u{9B}2J")  // CSI in one character
        #expect(TerminalSafe.neutralise("\u{9D}0;t\u{9C}") == "\\u{9D}0;t\\u{9C}")  // OSC … ST
        #expect(TerminalSafe.neutralise("\u{80}\u{9F}") == "\\u{80}\\u{9F}")
        #expect(TerminalSafe.neutralise("\u{A0}é") == "\u{A0}é")  // no-break space and Latin-1 letters stay
    }

    @Test func bidirectionalControlsBecomeText() {
        // A right-to-left override would show "fdp.exe" as "exe.pdf".
        #expect(TerminalSafe.neutralise("rapport\u{202E}fdp.exe") == "rapport\\u{202E}fdp.exe")
        #expect(TerminalSafe.neutralise("\u{2066}x\u{2069}\u{200F}") == "\\u{2066}x\\u{2069}\\u{200F}")
        #expect(TerminalSafe.neutralise("עברית et français") == "עברית et français")  // right-to-left text itself stays
    }

    @Test func lineEndingsTabsAndTextStay() {
        for text in ["", "Archives nationales", "a\tb\nc", "ligne 1\r\nligne 2\r\n", "Léa 张伟 🎓 e\u{301}", "␛ déjà visible"] {
            #expect(TerminalSafe.neutralise(text) == text)
        }
        #expect(TerminalSafe.neutralise("Sûr\rPiégé") == "Sûr␍Piégé")  // a lone CR would let the rest overwrite the line
        #expect(TerminalSafe.neutralise("fin\r") == "fin␍")
        #expect(TerminalSafe.neutralise("\r\r\n") == "␍\r\n")
    }

    @Test func theResultHoldsNoControlAtAll() {
        let hostile = (0...0xA0).map { String(Unicode.Scalar(UInt32($0))!) }.joined()
        let safe = TerminalSafe.neutralise(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) })
    }
}
