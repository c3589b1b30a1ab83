import ArgumentParser
import Foundation
import StagesCore
import StagesExchange
import StagesPostgres
import StagesStore

/// Copies a store to another, either way between a JSON document and a PostgreSQL database,
/// and proves the copy whole: the two sides' JSON exports must be the same bytes.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copie un store vers un autre (fichier JSON ou base PostgreSQL). / Copy a store to another (JSON file or PostgreSQL database).",
        discussion: """
            Refuse une destination qui contient déjà des données, sauf avec --force. La copie est vérifiée : \\
            les exports JSON des deux côtés doivent être identiques. / Refuses a destination that already holds records \\
            unless --force. The copy is checked: both sides' JSON exports must be identical.
            """)

    @Option(help: "Le store à copier (chemin ou URL postgresql://). / The store to copy.") var from: String
    @Option(help: "Où le copier (chemin ou URL postgresql://). / Where to copy it.") var to: String
    @Flag(help: "Remplace les données de la destination. / Replace the destination's records.") var force = false
    @Option(name: .long, help: "Langue : fr ou en. / Language: fr or en.") var lang: Language?

    func run() throws {
        let language = lang ?? ProcessInfo.processInfo.environment["STAGES_LANG"].flatMap(Language.init(rawValue:)) ?? .fr
        let fr = language == .fr
        let source: any RecordStore
        do {
            if let database = PostgresLocation(from) {
                source = try PostgresStore.open(database)
            } else {
                source = try Store.open(URL(fileURLWithPath: from))
            }
        } catch {
            throw fail(error, language)
        }
        _ = try Identity.coordinator(of: source, language)
        let data = source.base
        let copy: any RecordStore
        do {
            if let database = PostgresLocation(to) {
                copy = try PostgresStore.initialise(database, with: data, replacing: force)
            } else {
                let url = URL(fileURLWithPath: to)
                if force, FileManager.default.fileExists(atPath: url.path) {
                    let existing = try Store.open(url)
                    _ = try existing.save(Self.replacing(existing.base, with: data))
                    copy = try Store.open(url)
                } else {
                    copy = try Store.create(url, with: data)
                }
            }
        } catch {
            throw fail(error, language)
        }
        let before = try Self.export(source.base), after = try Self.export(copy.base)
        guard before == after else {
            Console.err(fr ? "\(copy.name) : la copie diffère de l'original ; ne l'utilisez pas." : "\(copy.name): the copy differs from the original; do not use it.")
            throw ExitCode(1)
        }
        let count = data.students.count + data.organizations.count + data.offers.count + data.placements.count + data.alternances.count
        Console.out(fr ? "\(count) fiches copiées de \(source.name) vers \(copy.name) ; exports identiques."
                       : "\(count) records copied from \(source.name) to \(copy.name); exports identical.")
    }

    private static let sortedEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// Every kind of record as `export --format json` writes it, and the programme.
    static func export(_ data: Dataset) throws -> [Data] {
        let today = CivilDate.today()
        return try Export.Kind.allCases.map { try Export.json($0, data, status: nil, year: nil, today: today) }
            + [try sortedEncoder.encode(data.programme)]
    }

    /// `old` made into `new` as changes a save writes: records removed, added and replaced.
    static func replacing(_ old: Dataset, with new: Dataset) -> Dataset {
        var data = old
        data.programme = new.programme
        func replace<R: Record>(_ type: R.Type) {
            for id in old.records(type).keys where new.records(type)[id] == nil { data.setStored(R?.none, id: id) }
            for (id, record) in new.records(type) where old.records(type)[id] != record { data.setStored(record, id: id) }
        }
        replace(Student.self); replace(Organization.self); replace(Offer.self); replace(Placement.self); replace(Alternance.self)
        return data
    }
}
