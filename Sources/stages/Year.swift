import ArgumentParser
import Foundation
import StagesCore
import StagesStore

/// `stages year start 2027-2028`: the finished year archived, read-only and still browsable; the store
/// goes on with the organisations, the recurring offers, the settings and the coordinators.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "L'année universitaire : en commencer une nouvelle. / The academic year: start a new one.",
        subcommands: [Start.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Archive l'année finie et commence AAAA-AAAA. / Archive the finished year and start YYYY-YYYY.",
            discussion: """
                L'année finie est écrite, en lecture seule, dans archives/store-AAAA-AAAA.json à côté du fichier de données \
                (stages --store ce-fichier pour la parcourir). Restent : les structures, les offres récurrentes (rouvertes, \
                leurs dates un an plus tard), les réglages et les responsables ; les étudiant·es s'importent ensuite. \
                / The finished year is written, read-only, to archives/store-YYYY-YYYY.json beside the store (browse it with \
                stages --store that-file). Kept: organisations, recurring offers (open again, their dates a year on), settings \
                and coordinators; import the new students next.
                """)

        @Argument(help: "L'année qui commence, AAAA-AAAA. / The year that starts, YYYY-YYYY.") var year: String
        @Flag(help: "Archiver même avec des demandes en cours ou des contrats recherchés. / Archive even with requests under way or contracts sought.")
        var force = false
        @OptionGroup var options: CommonOptions

        func run() throws {
            let lang = options.language, fr = lang == .fr
            let parts = year.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, parts[1] == parts[0] + 1, year.count == 9 else {
                Console.err(fr ? "« \(year) » : année attendue de la forme 2027-2028." : "“\(year)”: expected a year such as 2027-2028.")
                throw ExitCode(2)
            }
            let store = try options.openStore()
            let actor = try Identity.coordinator(of: store, lang)
            let finished = store.base
            // What is still under way would be frozen in the archive: said, and only done when asked for.
            let (placements, alternances) = finished.unfinished
            if !force, !placements.isEmpty || !alternances.isEmpty {
                func names(_ logins: [String]) -> String {
                    let all = logins.map { finished.students[$0]?.fullName ?? $0 }
                    return all.prefix(5).joined(separator: ", ") + (all.count > 5 ? "…" : "")
                }
                let requests = names(placements.compactMap { finished.placements[$0]?.studentLogin })
                let sought = names(alternances.compactMap { finished.alternances[$0]?.studentLogin })
                Console.err(fr ? """
                    \(finished.programme.academicYearLabel) n'est pas finie : \(placements.count) demande(s) de stage en cours \
                    (brouillon, soumise ou renvoyée)\(placements.isEmpty ? "" : " : " + requests) ; \(alternances.count) contrat(s) \
                    d'alternance recherché(s)\(alternances.isEmpty ? "" : " : " + sought). L'archive les garderait ainsi, en lecture \
                    seule. Réglez-les d'abord, ou relancez avec --force.
                    """ : """
                    \(finished.programme.academicYearLabel) is not finished: \(placements.count) placement request(s) under way \
                    (draft, submitted or returned)\(placements.isEmpty ? "" : ": " + requests); \(alternances.count) work-study \
                    contract(s) sought\(alternances.isEmpty ? "" : ": " + sought). The archive would keep them so, read-only. \
                    Settle them first, or run again with --force.
                    """)
                throw ExitCode(1)
            }
            let next: Dataset
            do { next = try finished.newYear(parts[0], by: actor, at: Date()) } catch {
                Console.err(error.message(lang))
                throw ExitCode(1)
            }
            // The year is kept before anything of it goes: the archive is written first, and never replaced.
            let archive = Archives.folder(of: store).appendingPathComponent("store-\(finished.programme.academicYearLabel).json")
            do {
                _ = try Store.create(archive, with: finished.archived(on: .today()))
                let outcome = try store.save(next)
                guard outcome.conflicts.isEmpty else {
                    Console.err(fr ? "Des changements faits entre-temps n'ont pas été remplacés : relancez la commande."
                                   : "Changes made meanwhile were not replaced: run the command again.")
                    throw ExitCode(1)
                }
            } catch let error as StoreError {
                throw fail(error, lang)
            }
            let carried = next.offers.count, organisations = next.organizations.count
            print(fr ? """
                Année \(finished.programme.academicYearLabel) archivée, en lecture seule : \(archive.path)
                \(next.programme.academicYearLabel) commence avec \(organisations) structures et \(carried) offre(s) récurrente(s) \
                rouverte(s). Importez les étudiant·es : stages import students FICHIER.csv
                """ : """
                \(finished.programme.academicYearLabel) archived, read-only: \(archive.path)
                \(next.programme.academicYearLabel) starts with \(organisations) organisations and \(carried) recurring offer(s) \
                open again. Import the students: stages import students FILE.csv
                """)
        }
    }
}
