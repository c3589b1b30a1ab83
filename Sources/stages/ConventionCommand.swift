import ArgumentParser
import Foundation
import StagesCore
import StagesDocuments
import StagesStore

struct ConventionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convention",
        abstract: "Imprime la convention de stage (ou un avenant) en PDF. / Print the internship agreement (or an amendment) as PDF.",
        discussion: """
            Refusée tant que la demande a des erreurs ou n'est pas validée (--draft imprime un projet marqué PROJET). \
            La première impression hors projet date l'émission de la convention. \
            / Refused while the request has errors or is not validated (--draft prints a draft marked DRAFT). \
            The first print that is not a draft dates the agreement's issue.
            """)

    @Argument(help: "L'identifiant du stage (plc-…). / The placement's id.") var id: String
    @OptionGroup var options: CommonOptions
    @Option(name: [.short, .long], help: "Fichier PDF à écrire. / PDF file to write.") var output: String?
    @Option(help: "Numéro de l'avenant à imprimer. / Number of the amendment to print.") var amendment: Int?
    @Flag(help: "Un projet, marqué PROJET sur chaque page. / A draft, marked DRAFT on every page.") var draft = false

    func run() throws {
        let lang = options.language
        let store = try options.openStore()
        let actor = try Identity.coordinator(of: store, lang)
        let text: ConventionText
        do throws(ConventionRefusal) {
            if let amendment {
                text = try ConventionText.amendment(amendment, of: id, in: store.base, language: lang)
            } else {
                text = try ConventionText.convention(id, in: store.base, language: lang, draft: draft)
            }
        } catch {
            Console.err(error.message(lang))
            throw ExitCode(1)
        }
        let bytes = try ConventionDocument.pdf(text)
        let file = output ?? text.fileName
        do {
            try bytes.write(to: URL(fileURLWithPath: file), options: .atomic)  // a link there is replaced, never followed
        } catch {
            throw fail(.file(file, operation: "write", error), lang)
        }
        if !draft, amendment == nil, store.base.placements[id]?.convention?.issued == nil {
            var data = store.base
            do {
                try data.issueConvention(id, on: .today(), by: actor)
                _ = try store.save(data)
            } catch let error as StoreError {
                throw fail(error, lang)
            }
        }
        Console.out(lang == .fr ? "\(file) : \(text.title.lowercased()) \(text.reference), version \(text.version)."
                                : "\(file): \(text.title.lowercased()) \(text.reference), version \(text.version).")
    }
}
