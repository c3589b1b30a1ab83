import Foundation
import StagesCore
import StagesDocuments
import Testing
import TestSupport

/// The convention as a reader gets it: the PDF read back with poppler. Its text is compared
/// whole with a golden (UPDATE_GOLDENS=1 writes it, to be read before committing).
@Suite struct ConventionPDFTests {
    let demo = DemoData.make(academicYear: 2026)

    /// The PDF of `text` written to a private folder: its path, and the folder to remove.
    func printed(_ text: ConventionText) throws -> (path: String, folder: URL) {
        let folder = try privateFolder("convention-pdf")
        let path = folder.appendingPathComponent("convention.pdf").path
        try ConventionDocument.pdf(text).write(to: URL(fileURLWithPath: path))
        return (path, folder)
    }

    func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/\(name).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try? String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "the text of \(name) differs from its golden", sourceLocation: sourceLocation)
    }

    @Test func theConventionReadsBackWholeWithItsFiguresAndAccents() throws {
        let (path, folder) = try printed(try ConventionText.convention("plc-001", in: demo, language: .fr))
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Poppler.text(path)
        expectGolden("convention-plc-001-fr", text)
        for part in ["Convention de stage", "Léa Moreau", "Archives départementales du Rhône", "Françoise Lacroix",
                     "Du 12/04/2027 au 18/07/2027.", "3 mois 1 jour 0 heure", "4,50 € de l'heure en 2027",
                     "Article 15 — Congés et absences", "Convention 2026-plc-001 · version 1", "page 1 / 3", "page 3 / 3"] {
            #expect(text.contains(part), "\(part)")
        }
        let info = try Poppler.run("pdfinfo", ["-enc", "UTF-8", path])
        #expect(info.contains("Title:           Convention de stage 2026-plc-001"))
        #expect(info.contains("Pages:           3"))
        let fonts = try Poppler.run("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains(" yes yes yes ") }, "every font embedded: \(fonts)")
    }

    @Test func inEnglish() throws {
        let (path, folder) = try printed(try ConventionText.convention("plc-001", in: demo, language: .en))
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Poppler.text(path)
        expectGolden("convention-plc-001-en", text)
        #expect(text.contains("Internship agreement"))
        #expect(text.contains("page 1 of 3"))
    }

    @Test func aDraftSaysSoOnEveryPage() throws {
        let (path, folder) = try printed(try ConventionText.convention("plc-003", in: demo, language: .fr, draft: true))
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try Poppler.run("pdfinfo", [path]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        let count = try #require(pages.flatMap { Int($0.split(separator: " ").last ?? "") })
        for page in 1...count {
            let text = try Poppler.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-enc", "UTF-8", path, "-"])
            #expect(text.contains("PROJET — Convention 2026-plc-003"), "page \(page)")
        }
    }

    @Test func anAmendmentListsEachChangedClauseBeforeAndAfter() throws {
        var data = demo
        var p = try #require(data.placements["plc-002"])
        p.end = p.end.adding(days: -7)
        p.weeklyHours = 28
        try data.save(p, by: .coordinator("hcarpentier"), at: Date(timeIntervalSince1970: 1_804_900_000))
        let (path, folder) = try printed(try ConventionText.amendment(1, of: "plc-002", in: data, language: .fr))
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Poppler.text(path)
        expectGolden("avenant-1-plc-002-fr", text)
        #expect(text.contains("Avenant n° 1 à la convention de stage"))
        #expect(text.contains("Date de fin : avant « 08/08/2027 », après « 01/08/2027 »."))
        #expect(text.contains("Heures par semaine : avant « 35 », après « 28 »."))
    }
}
