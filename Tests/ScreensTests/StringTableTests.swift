import Foundation
import Testing
import StagesCore
@testable import Screens

/// The string table (Screens/Strings): every text in French and English, none
/// empty, none left untranslated, and no French–English pair written inline in
/// the screens.
@Suite struct StringTableTests {
    /// Words the same in both languages, on purpose.
    static let sameInBoth: Set<String> = [
        "Apprent.", "Contact", "Ctrl", "Dates", "Interruptions", "Missions", "Notes", "Rupture", "SIRET", "Situation", "situation", "Source", "signatures", "Tab", "possible",
    ]

    /// The folders of Screens whose words all come from the table: every one of them.
    static let convertedFolders = ["Alternance", "App", "Chrome", "Dashboard", "Editors", "Offers", "Organizations",
                                   "Placements", "Student", "Students"]

    static let groups: [String: [LocalizedText]] = [
        "Common": Strings.Common.all, "Alternance": Strings.Alternance.all, "App": Strings.App.all,
        "Chrome": Strings.Chrome.all, "Dashboard": Strings.Dashboard.all, "Editors": Strings.Editors.all,
        "Offers": Strings.Offers.all, "Placements": Strings.Placements.all, "Student": Strings.Student.all,
        "Students": Strings.Students.all, "Organizations": Strings.Organizations.all, "Convention": Strings.Convention.all,
    ]

    static let screens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Screens")

    static func sources(in folder: String) throws -> [(name: String, text: String)] {
        let url = screens.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted().map {
            ("\(folder)/\($0)", try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
        }
    }

    static func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    static func check(_ fr: String, _ en: String, _ place: String) {
        #expect(!fr.trimmingCharacters(in: .whitespaces).isEmpty, "\(place): empty French text")
        #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(place): empty English text (\(fr))")
        #expect(fr != en || sameInBoth.contains(fr), "\(place): \"\(fr)\" is the same in English; translate it or add it to sameInBoth")
    }

    /// Every constant of every group, as the application reads it.
    @Test func everyConstantHasBothLanguages() {
        #expect(Self.groups.count == 12)
        for (group, texts) in Self.groups {
            #expect(!texts.isEmpty, "\(group)")
            for text in texts { Self.check(text.fr, text.en, "Strings.\(group)") }
        }
    }

    /// The table as written, functions included: every pair has both languages, every constant is in its group's `all`.
    @Test func theTableAsWrittenIsComplete() throws {
        var pairs = 0
        for (name, text) in try Self.sources(in: "Strings") {
            for pair in try Self.matches(#"LocalizedText\(\s*fr: "((?:[^"\\]|\\.)*)",\s*en: "((?:[^"\\]|\\.)*)"\)"#, in: text) {
                Self.check(pair[0], pair[1], name)
                pairs += 1
            }
            let constants = try Self.matches(#"static let (\w+) = LocalizedText"#, in: text).map { $0[0] }
            guard let all = text.range(of: "static let all: [LocalizedText] = [") else {
                #expect(constants.isEmpty, "\(name) has constants but no `all`")
                continue
            }
            let listed = Set(try Self.matches(#"(\w+)"#, in: String(text[all.upperBound...])).map { $0[0] })
            for constant in constants { #expect(listed.contains(constant), "\(name): \(constant) is missing from `all`") }
        }
        #expect(pairs > 300)
    }

    /// No screen writes its words inline: `t("…", "…")`, `LocalizedText(fr:` or `== .fr ? "…"` outside the table.
    @Test func noInlinePairLeftInTheConvertedFolders() throws {
        for folder in Self.convertedFolders {
            for (name, text) in try Self.sources(in: folder) {
                for pattern in [#"\bt\(\s*""#, #"LocalizedText\(\s*fr:"#, #"(?:== \.fr|\bfr|french) \? ""#] {
                    #expect(try Self.matches(pattern, in: text).isEmpty, "\(name) writes a pair inline (\(pattern))")
                }
            }
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.screens.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders).subtracting(["Strings"]) == Set(Self.convertedFolders), "a folder of Screens is not listed")
    }
}
