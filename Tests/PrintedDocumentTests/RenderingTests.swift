import CPangoCairo
import Foundation
import Testing
@testable import PrintedDocument

/// Documents rendered to PDF and read back with poppler's tools.
@Suite struct RenderingTests {
    static let numbered: @Sendable (Int, Int) -> String = { "page \($0) / \($1)" }

    /// Filler for several pages: numbered lines, so that each can be found exactly once.
    static func longDocument(watermark: String? = nil) -> PrintedDocument {
        var blocks: [PrintedDocument.Block] = [.heading("Document de plusieurs pages")]
        for article in 1...12 {
            blocks.append(.clause(heading: "Article \(article) — Dispositions",
                                  paragraphs: [(1...14).map { "Article \(article), ligne \($0) : texte de remplissage." }
                                      .joined(separator: "\n")]))
        }
        return PrintedDocument(title: "Long", footer: "Réf. 2027-042 · version 3", pageLabel: numbered,
                               watermark: watermark, blocks: blocks)
    }

    @Test func producesAPDF() throws {
        let bytes = try PDFRenderer.pdf(PrintedDocument(title: "Vide", blocks: []))
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    @Test func accentsGuillemetsLigaturesAndTheEuroSurvive() throws {
        let pdf = try RenderedPDF(PrintedDocument(title: "Accents", blocks: [
            .heading("Œuvre « élève » 1 234,56 €"),
            .paragraph("L’œil de Lætitia : cœur, nœud, ÇA, Ærø, déjà-vu, naïve, €"),
            .fields([.init("Intitulé", "Œuvre « élève » 1 234,56 €")]),
        ]))
        defer { pdf.remove() }
        let text = try pdf.text()
        #expect(text.contains("Œuvre « élève » 1 234,56 €"))
        #expect(text.contains("L’œil de Lætitia : cœur, nœud, ÇA, Ærø, déjà-vu, naïve, €"))
        #expect(text.contains("Intitulé"))
    }

    @Test func textIsPrintedLiterallyNeverAsMarkup() throws {
        let pdf = try RenderedPDF(PrintedDocument(title: "Markup", blocks: [
            .section("<i>titre</i>"),
            .paragraph("<b>&amp; x < y && z > 0</b>"),
            .fields([.init("<span>", "a & b <br>")]),
        ]))
        defer { pdf.remove() }
        let text = try pdf.text()
        #expect(text.contains("<i>titre</i>"))
        #expect(text.contains("<b>&amp; x < y && z > 0</b>"))
        #expect(text.contains("<span>"))
        #expect(text.contains("a & b <br>"))
    }

    @Test func everyPageCarriesItsNumberAndTheFooter() throws {
        let pdf = try RenderedPDF(Self.longDocument())
        defer { pdf.remove() }
        let count = try pdf.pageCount()
        #expect(count >= 3)
        for page in 1...count {
            let text = try pdf.text(page: page)
            #expect(text.contains("page \(page) / \(count)"), "page \(page)")
            #expect(text.contains("Réf. 2027-042 · version 3"), "page \(page)")
        }
    }

    @Test func longTextContinuesAcrossPagesWithNoLineLostOrRepeated() throws {
        let lines = (1...150).map { String(format: "ligne %03d d’un très long paragraphe", $0) }
        let pdf = try RenderedPDF(PrintedDocument(title: "Long", blocks: [.paragraph(lines.joined(separator: "\n"))]))
        defer { pdf.remove() }
        #expect(try pdf.pageCount() == 3)
        let found = try pdf.text().split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("ligne ") }
        #expect(found == lines)
    }

    @Test func theWatermarkIsOnEveryPageWhenSetOnlyAndStaysOutOfTheText() throws {
        let marked = try RenderedPDF(Self.longDocument(watermark: "PROJET"))
        defer { marked.remove() }
        let plain = try RenderedPDF(Self.longDocument())
        defer { plain.remove() }
        let count = try marked.pageCount()
        #expect(try plain.pageCount() == count)
        for page in 1...count {
            // Measured: about 3 % with it, under 0.7 % without (text edges), at 20 dpi.
            #expect(try marked.watermarkGreyShare(page: page) > 0.02, "page \(page)")
            #expect(try plain.watermarkGreyShare(page: page) < 0.012, "page \(page)")
            // Drawn as shapes, its letters do not come out among the lines of the text.
            #expect(try marked.text(page: page) == plain.text(page: page), "page \(page)")
        }
        #expect(try !marked.text().contains("PROJET"))
    }

    @Test func everyFontIsEmbedded() throws {
        let pdf = try RenderedPDF(Self.longDocument(watermark: "PROJET"))
        defer { pdf.remove() }
        let fonts = try pdf.fonts()
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.embedded, "\(font.name)") }
        #expect(fonts.contains { $0.name.hasSuffix("+DejaVuSans") })
        #expect(fonts.contains { $0.name.hasSuffix("+DejaVuSans-Bold") })
    }

    @Test func theMetadataReachTheInformationDictionary() throws {
        let pdf = try RenderedPDF(PrintedDocument(
            title: "Accord « été » 2027",
            metadata: .init(author: "Service des stages", subject: "Un sujet", creator: "l’application"),
            blocks: [.paragraph("x")]))
        defer { pdf.remove() }
        let info = try pdf.info()
        #expect(info.contains("Title:           Accord « été » 2027"))
        #expect(info.contains("Author:          Service des stages"))
        #expect(info.contains("Subject:         Un sujet"))
        #expect(info.contains("Creator:         l’application"))
        #expect(info.contains("A4"))
    }

    @Test func signaturesStayTogetherWhereverTheyFall() throws {
        let roles = ["Rôle un", "Rôle deux", "Rôle trois", "Rôle quatre", "Rôle cinq"]
        let signatures = roles.enumerated().map { index, role in
            PrintedDocument.Signature(role: role, name: "Nom \(index + 1)", dated: index.isMultiple(of: 2) ? "Signé le 12/05/2027" : nil)
        }
        var pushed = false
        // Filler of growing length moves the block's start down the first page and past its end.
        for filler in stride(from: 4, through: 64, by: 4) {
            let pdf = try RenderedPDF(PrintedDocument(title: "Signatures", blocks: [
                .paragraph((1...filler).map { "remplissage \($0)" }.joined(separator: "\n")),
                .signatures(signatures),
            ]))
            defer { pdf.remove() }
            let pages = try (1...pdf.pageCount()).map { try pdf.text(page: $0) }
            let holding = pages.indices.filter { page in roles.contains { pages[page].contains($0) } }
            #expect(holding.count == 1, "filler \(filler): roles on pages \(holding.map { $0 + 1 })")
            if let page = holding.first {
                for role in roles { #expect(pages[page].contains(role), "filler \(filler): \(role)") }
                if page > 0, pages[0].contains("remplissage \(filler)") { pushed = true }
            }
        }
        #expect(pushed, "no filler pushed the block to the next page: the case is not tested")
    }

    @Test func aClauseHeadingKeepsTheStartOfItsTextOnItsPage() throws {
        var moved = false
        for filler in stride(from: 50, through: 62, by: 1) {
            let pdf = try RenderedPDF(PrintedDocument(title: "Titres", blocks: [
                .paragraph((1...filler).map { "remplissage \($0)" }.joined(separator: "\n")),
                .clause(heading: "Titre gardé", paragraphs: [(1...6).map { "suite \($0)" }.joined(separator: "\n")]),
            ]))
            defer { pdf.remove() }
            let pages = try (1...pdf.pageCount()).map { try pdf.text(page: $0) }
            let page = try #require(pages.firstIndex { $0.contains("Titre gardé") }, "filler \(filler)")
            #expect(pages[page].contains("suite 1") && pages[page].contains("suite 2"), "filler \(filler)")
            if page > 0, pages[0].contains("remplissage \(filler)") { moved = true }
        }
        #expect(moved, "no filler brought the heading to the foot of a page: the case is not tested")
    }

    @Test func cairoFailuresAreThrownWithTheirMeaning() throws {
        try PDFRenderError.check(CAIRO_STATUS_SUCCESS, "writing")
        let error = #expect(throws: PDFRenderError.self) { try PDFRenderError.check(CAIRO_STATUS_NO_MEMORY, "drawing page 2") }
        #expect(error?.description.hasPrefix("PDF rendering failed while drawing page 2: ") == true)
        #expect(error?.description.contains("memory") == true)
    }
}
