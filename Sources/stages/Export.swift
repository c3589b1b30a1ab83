import ArgumentParser
import Foundation
import StagesCore
import StagesExchange
import StagesStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporte offres, stages, étudiant·es ou contrats en CSV ou JSON. / Export to CSV or JSON.",
        discussion: """
            CSV en UTF-8 ; --excel donne le fichier séparé par des « ; » avec BOM qu'Excel en français ouvre avec ses accents. \
            Une cellule qui commence par = + - @ est neutralisée (précédée d'une apostrophe). \
            / UTF-8 CSV; --excel gives the ;-separated, BOM-prefixed file French Excel opens; formula-like cells are neutralised.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "offers, placements, students, alternance ou stats (cette année et les années archivées).") var kind: Export.Kind
    @OptionGroup var options: CommonOptions
    @Option(help: "csv (par défaut) ou json.") var format: Format = .csv
    @Flag(help: "CSV pour Excel en français : « ; » et BOM.") var excel = false
    @Option(name: [.short, .long], help: "Fichier à écrire (sinon la sortie standard).") var output: String?
    @Option(help: "Ne garder que ce statut (open, filled, draft, submitted, stage, alternance…).") var status: String?
    @Option(help: "Ne garder que cette année universitaire (2026 pour 2026-2027).") var year: Int?

    func run() throws {
        let store = try options.openStore()
        let data = store.base
        let today = CivilDate.today()
        let bytes: Data
        // The figures of this year beside the archived years'.
        let years = kind == .stats ? [Statistics(data, language: options.language)] + Archives.statistics(in: Archives.folder(of: store), options.language) : []
        switch format {
        case .json where kind == .stats:
            bytes = try Export.statisticsJSON(years)
        case .json:
            bytes = try Export.json(kind, data, status: status, year: year, today: today)
        case .csv:
            let table = kind == .stats ? Export.statistics(years, language: options.language)
                : Export.table(kind, data, language: options.language, status: status, year: year, today: today)
            bytes = CSVWriter.write(header: table.header, rows: table.rows, excel: excel)
        }
        if let output {
            do {
                try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw fail(.file(output, operation: "write", error), options.language)
            }
        } else {
            Console.out(bytes)  // exact bytes to a pipe or a file, control characters shown on a terminal
        }
    }
}

extension Export.Kind: ExpressibleByArgument {}
