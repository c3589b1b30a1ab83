import Foundation
import PrintedDocument
import StagesCore

/// The convention (or an avenant) as a PDF: its text laid out by `PrintedDocument`.
public enum ConventionDocument {
    public static func pdf(_ text: ConventionText) throws -> Data {
        try PDFRenderer.pdf(document(text))
    }

    static func document(_ text: ConventionText) -> PrintedDocument {
        let french = text.language == .fr
        var blocks: [PrintedDocument.Block] = [.heading(text.title), .paragraph(text.subtitle), .spacer]
        blocks.append(.section(french ? "Entre les soussignés" : "Between the undersigned"))
        for party in text.parties {
            blocks.append(.section(party.heading))
            blocks.append(.fields(party.lines.map { PrintedDocument.Field($0.label, $0.value) }))
        }
        blocks.append(.section(french ? "Il est convenu ce qui suit" : "It is agreed as follows"))
        for article in text.articles {
            blocks.append(.clause(heading: article.heading, paragraphs: article.paragraphs))
        }
        blocks.append(.section(french ? "Signatures" : "Signatures"))
        blocks.append(.signatures(text.signers.map { PrintedDocument.Signature(role: $0.role, name: $0.name, dated: $0.signed) }))
        let of = french ? "/" : "of"
        let pageLabel: @Sendable (Int, Int) -> String = { page, pages in "page \(page) \(of) \(pages)" }
        return PrintedDocument(
            title: "\(text.title) \(text.reference)",
            metadata: PrintedDocument.Metadata(author: text.parties.first?.lines.first?.value ?? "", subject: text.subtitle,
                                               creator: "stages"),
            footer: text.footer,
            pageLabel: pageLabel,
            watermark: text.isDraft ? (french ? "PROJET" : "DRAFT") : nil,
            blocks: blocks)
    }
}
