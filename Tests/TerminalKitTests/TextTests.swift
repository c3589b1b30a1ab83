import Testing
@testable import TerminalKit

@Suite struct TextTests {
    @Test("display width by grapheme", arguments: [
        ("é", 1), ("e\u{301}", 1), ("œ", 1), ("漢", 2), ("🎓", 2), ("👩‍🎓", 2), ("❤️", 2), ("\u{301}", 0), ("a", 1),
    ])
    func width(_ text: String, columns: Int) {
        #expect(DisplayWidth.of(Character(text)) == columns)
    }

    @Test func stringWidthCountsColumnsNotBytes() {
        #expect(DisplayWidth.of("Léa Müller") == 10)
        #expect(DisplayWidth.of("张伟 🎓") == 7)
        #expect(DisplayWidth.of("Ame\u{301}lie") == 6)
    }

    @Test func truncationNeverOverflowsNorCutsAGrapheme() {
        #expect(TextLayout.truncate("Archivistique", to: 8) == "Archivi…")
        #expect(TextLayout.truncate("東京大学図書館", to: 6) == "東京…")  // 4 + 1: the third ideogram would straddle
        #expect(TextLayout.truncate("Ame\u{301}lie Poulain", to: 6) == "Ame\u{301}li…")
        #expect(TextLayout.truncate("court", to: 8) == "court")
        for width in 1...12 {
            #expect(DisplayWidth.of(TextLayout.truncate("Léa 张伟 🎓 Œuvres", to: width)) <= width)
        }
        #expect(TextLayout.fit("漢字", to: 6, alignRight: true) == "  漢字")
    }

    @Test func wrappingBreaksBetweenWords() {
        #expect(TextLayout.wrap("Classement d'un fonds d'archives privées", to: 16) ==
                ["Classement d'un", "fonds d'archives", "privées"])
        #expect(TextLayout.wrap("anticonstitutionnellement", to: 10) == ["anticonsti", "tutionnell", "ement"])
        #expect(TextLayout.wrap("ligne 1\nligne 2", to: 20) == ["ligne 1", "ligne 2"])
        #expect(TextLayout.wrap("图书馆 档案馆", to: 6) == ["图书馆", "档案馆"])
    }
}

@Suite struct CanvasTests {
    @Test func drawsGraphemesAndClips() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.draw("Zoé 张伟🎓", x: 0, y: 0)
        canvas.draw("Ame\u{301}lie Poulain", x: 0, y: 1, clip: Rect(x: 0, y: 1, width: 8, height: 1))
        #expect(canvas.lines == ["Zoé 张伟🎓", "Ame\u{301}lie P"])
        #expect(canvas[4, 0].width == 2 && canvas[5, 0].width == 0)
    }

    @Test func aWideCharacterNeverStraddlesTheEdge() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.draw("ab漢字", x: 0, y: 0)
        #expect(canvas.lines == ["ab漢"])
        canvas.draw("xyz", x: 3, y: 0)  // overwrites the second half of 漢
        #expect(canvas.lines == ["ab xy"])
    }

    @Test func boxIsDrawnAsText() {
        var canvas = Canvas(width: 14, height: 3)
        canvas.box(canvas.bounds, title: "Aide")
        #expect(canvas.lines == ["┌─ Aide ─────┐", "│            │", "└────────────┘"])
    }

    @Test func rectanglesClampInsteadOfCrashing() {
        let r = Rect(x: 0, y: 0, width: 3, height: 2)
        #expect(r.inset(by: 5).isEmpty)
        #expect(r.splitTop(10).rest.height == 0)
        #expect(Rect(x: 0, y: 0, width: 80, height: 24).centered(width: 100, height: 10) == Rect(x: 0, y: 7, width: 80, height: 10))
    }
}
