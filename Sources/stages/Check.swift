import ArgumentParser
import Foundation
import StagesCore
import StagesStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie toutes les règles sur le fichier de données. / Check every rule over the store.",
        discussion: "Code de sortie 1 s'il reste une erreur. / Exits 1 when any error is found.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let lang = options.language
        let data = try options.openStore().base
        let report = RuleBook(data).allFindings()
        for record in report {
            Console.out("\(record.collection)/\(record.id)  \(record.title)")
            for finding in record.findings.sorted(by: { $0.severity > $1.severity }) {
                let mark = finding.severity == .error ? "✗" : "!"
                Console.out("  \(mark) \(finding.severity.label(lang)) [\(finding.field)] \(finding.message(lang))")
            }
        }
        let errors = report.reduce(0) { $0 + $1.findings.errors.count }
        let warnings = report.reduce(0) { $0 + $1.findings.warnings.count }
        Console.out(lang == .fr
                    ? "\(errors) erreur(s), \(warnings) avertissement(s) sur \(report.count) fiche(s)."
                    : "\(errors) error(s), \(warnings) warning(s) in \(report.count) record(s).")
        if errors > 0 { throw ExitCode(1) }
    }
}
