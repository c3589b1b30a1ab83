import ArgumentParser
import Foundation
import StagesCore
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
            let store = try Store.create(options.storeURL, with: data)
            let lang = options.language
            print(lang == .fr
                  ? "Données de démonstration \(data.programme.academicYearLabel) créées : \(store.path)"
                  : "Demo data for \(data.programme.academicYearLabel) written to \(store.path)")
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
        abstract: "Crée un fichier de données vide. / Create an empty store.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let creator = Identity.unixUser()
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
