import Foundation
import Testing
import TextFolding

/// The table gives Foundation's folding byte for byte, but for the ligatures, which become their letters.
@Suite struct FoldingTests {
    static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]

    @Test func everyLatinLetterFoldsAsFoundationFoldsIt() {
        for value in UInt32(0x20)..<0x250 where !(0x7F...0x9F).contains(value) {
            guard let scalar = Unicode.Scalar(value), ![0x152, 0x153, 0xC6, 0xE6, 0xDF, 0x132, 0x133].contains(value) else { continue }
            let text = "a\(Character(scalar))Z"
            #expect(Folding.fold(text) == text.folding(options: Self.options, locale: nil), "U+\(String(value, radix: 16))")
        }
    }

    @Test func realTextsFoldAsFoundationFoldsThem() {
        for text in ["Archives Départementales du RHÔNE", "Bibliothèque nationale de France — site François-Mitterrand",
                     "Zoé Lefèvre 张伟", "Ελληνικά ΑΡΧΕΙΑ", "Crème brûlée 🍮", "e\u{301}cole", "ÇA ÎLE", ""] {
            #expect(Folding.fold(text) == text.folding(options: Self.options, locale: nil), "\(text)")
        }
    }

    @Test func ligaturesFoldToTheirLetters() {
        #expect(Folding.fold("Œuvres du Cæsar ŒDIPE") == "oeuvres du caesar oedipe")
        #expect(Folding.bytes("œ") == Array("oe".utf8))
        #expect(Folding.fold("Straße ﬁchier ﬂux eﬀet Ĳssel") == "strasse fichier flux effet ijssel")
    }
}
