import ArgumentParser
import Foundation
import StagesCore
import StagesPostgres
import StagesStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée un fichier de données de démonstration. / Create a store of demo data.",
        discussion: "Refuse d'écraser un fichier existant. / Never overwrites an existing file.")

    @OptionGroup var options: CommonOptions

    @Option(help: "À l'échelle d'une université : N offres, N/2 étudiant·es et stages. / At a university's scale: N offers, N/2 students and placements.")
    var offers: Int?

    func validate() throws {
        if let offers, offers < 1 || offers > 1_000_000 {
            throw ValidationError(options.language == .fr ? "--offers : entre 1 et 1 000 000." : "--offers: between 1 and 1,000,000.")
        }
    }

    func run() throws {
        let year = Programme.academicYear(of: .today())
        let data = offers.map { DemoData.scaled(offers: $0, academicYear: year, runner: Identity.unixUser()) }
            ?? DemoData.make(academicYear: year, runner: Identity.unixUser())
        do {
            let name: String
            if let database = options.database {
                name = try PostgresStore.initialise(database, with: data).name
            } else {
                name = try Store.create(options.storeURL, with: data).path
            }
            let lang = options.language
            print(lang == .fr
                  ? "Données de démonstration \(data.programme.academicYearLabel) créées : \(name)"
                  : "Demo data for \(data.programme.academicYearLabel) written to \(name)")
            print(lang == .fr
                  ? "\(data.offers.count) offres, \(data.students.count) étudiant·es, \(data.placements.count) stages, \(data.alternances.count) contrats d'alternance."
                  : "\(data.offers.count) offers, \(data.students.count) students, \(data.placements.count) placements, \(data.alternances.count) work-study contracts.")
        } catch {
            throw fail(error, options.language)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée un fichier de données vide, ou le schéma d'une base PostgreSQL. / Create an empty store, or a PostgreSQL database's schema.",
        discussion: """
            Avec --store postgresql://UTILISATEUR@HÔTE[:PORT]/BASE : crée le schéma, ou le met à jour s'il est plus ancien, \
            sans toucher aux données. / With a postgresql:// URL: creates the schema, or brings an older one up to date, \
            leaving the records as they are.
            """)

    @OptionGroup var options: CommonOptions

    func run() throws {
        let creator = Identity.unixUser()
        if let database = options.database {
            do {
                // A database already in use keeps its records: only its schema is brought up to date.
                let store = try PostgresStore.initialise(database)
                let empty = store.base.students.isEmpty && store.base.offers.isEmpty && store.base.programme.coordinators.isEmpty
                if empty { try PostgresStore.initialise(database, with: Self.emptyStore(createdBy: creator), replacing: true) }
                print(options.language == .fr
                      ? "Base prête : \(database.name)" + (empty ? " ; responsable des stages : \(creator.label)." : " (données gardées).")
                      : "Database ready: \(database.name)" + (empty ? "; internship coordinator: \(creator.label)." : " (records kept)."))
            } catch {
                throw fail(error, options.language)
            }
            return
        }
        do {
            let store = try Store.create(options.storeURL, with: Self.emptyStore(createdBy: creator))
            print(options.language == .fr
                  ? "Fichier de données créé : \(store.path) ; responsable des stages : \(creator.label)."
                  : "Store created: \(store.path); internship coordinator: \(creator.label).")
        } catch {
            throw fail(error, options.language)
        }
    }

    /// An empty store for the current academic year, whose coordinator is the person creating it.
    static func emptyStore(createdBy creator: Person) -> Dataset {
        var programme = Programme.current(on: .today())
        programme.appoint(creator)
        return Dataset(programme: programme)
    }
}
