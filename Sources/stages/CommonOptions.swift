import ArgumentParser
import Foundation
import StagesCore
import StagesPostgres
import StagesStore

/// Options every subcommand shares: where the store is, which language to speak.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Fichier de données (store) à utiliser. / Store file to use.")
    var store: String?

    @Option(name: .long, help: "Langue : fr ou en (aussi STAGES_LANG). / Language: fr or en (also STAGES_LANG).")
    var lang: Language?

    var storeURL: URL { StoreLocation.resolve(explicit: store) }

    /// The database `--store` (or `$STAGES_STORE`) names, when it is a postgresql:// URL.
    var database: PostgresLocation? {
        StoreLocation.given(explicit: store).flatMap { PostgresLocation($0) }
    }

    /// The store, a JSON document or a PostgreSQL database, opened; or a message and exit 2.
    /// `student`: on a database, only what that student's session shows is read (see `PostgresStore.Scope`).
    /// The store named. `session`: an interactive session's, which on a database asks for the offers it shows
    /// rather than reading them all; `student`: what one student's session reads.
    func openStore(student: String? = nil, session: Bool = false) throws -> any RecordStore {
        do {
            if let database {
                return try PostgresStore.open(database, scope: student.map { .student($0) } ?? .everything, holdingEveryOffer: !session)
            }
            if let given = StoreLocation.given(explicit: store), PostgresLocation.names(given) {
                Console.err(language == .fr ? "\(given) : URL attendue de la forme postgresql://UTILISATEUR@HÔTE[:PORT]/BASE."
                                            : "\(given): expected a URL of the form postgresql://USER@HOST[:PORT]/DATABASE.")
                throw ExitCode(2)
            }
            return try Store.open(storeURL)
        } catch let error as StoreError {
            throw fail(error, language)
        }
    }

    /// A coordinator's session on the database named: opened with its first screen's records alone (see
    /// `Interactive.run(firstScreenOf:)`).
    func openFirstScreen(_ database: PostgresLocation) throws -> PostgresStore {
        do { return try PostgresStore.openFirstScreen(database) } catch { throw fail(error, language) }
    }

    var language: Language {
        lang ?? ProcessInfo.processInfo.environment["STAGES_LANG"].flatMap(Language.init(rawValue:)) ?? .fr
    }
}

extension Language: ExpressibleByArgument {}

/// Prints a store error on standard error and exits non-zero: the file is left as it was.
func fail(_ error: StoreError, _ language: Language) -> ExitCode {
    Console.err(error.message(language))
    return ExitCode(2)
}
