import ArgumentParser
import Foundation
import StagesCore
import StagesExchange
import StagesStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Importe des offres ou des étudiant·es (CSV ou JSON). / Import offers or students (CSV or JSON).",
        discussion: """
            CSV : séparateur , ; ou tabulation, UTF-8 (avec ou sans BOM) ou Windows-1252, détectés. Les colonnes sont \
            reconnues par leur nom, en français ou en anglais, dans n'importe quel ordre. Tout ou rien, sauf --skip-invalid. \
            JSON : un tableau d'enregistrements au format du fichier de données (aussi pour placements). \
            / CSV: separator and encoding detected; columns matched by French or English name. All or nothing unless --skip-invalid.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case offers, students, placements
    }

    @Argument(help: "offers, students ou placements (JSON seulement).") var kind: Kind
    @Argument(help: "Le fichier à importer (.csv, .tsv, .txt ou .json).") var file: String
    @OptionGroup var options: CommonOptions
    @Option(help: "Séparateur CSV : ',', ';' ou 'tab' (détecté sinon).") var separator: String?
    @Option(help: "Encodage : utf-8 ou windows-1252 (détecté sinon).") var encoding: String?
    @Flag(help: "Montre ce qui serait importé et chaque problème, sans rien changer.") var dryRun = false
    @Flag(help: "Importe les lignes valides et liste celles laissées de côté.") var skipInvalid = false

    func run() throws {
        let lang = options.language
        let fr = lang == .fr
        func say(_ f: String, _ e: String) { Console.out(fr ? f : e) }
        func complain(_ f: String, _ e: String) { Console.err(fr ? f : e) }
        let store = try options.openStore()
        let actor = try Identity.coordinator(of: store, lang)
        guard let bytes = FileManager.default.contents(atPath: file) else {
            complain("\(file) : fichier introuvable ou illisible.", "\(file): file not found or unreadable.")
            throw ExitCode(2)
        }
        var data = store.base
        let now = Date()
        let isJSON = file.lowercased().hasSuffix(".json") || bytes.first.map { $0 == UInt8(ascii: "[") } == true
        let report: Report
        if isJSON {
            report = try importJSON(bytes, into: &data)
        } else {
            guard kind != .placements else {
                complain("Les stages ne s'importent qu'en JSON (stages export placements --format json).",
                         "Placements import from JSON only (stages export placements --format json).")
                throw ExitCode(2)
            }
            let forced = try encoding.map { name -> TextEncoding in
                guard let e = TextEncoding(rawValue: name.lowercased()) ?? (name.lowercased() == "cp1252" ? .windows1252 : nil) else {
                    throw ValidationError(fr ? "encodage inconnu : \(name) (utf-8 ou windows-1252)" : "unknown encoding: \(name) (utf-8 or windows-1252)")
                }
                return e
            }
            guard let (text, used) = TextEncoding.decode(bytes, as: forced) else {
                complain("\(file) : texte illisible en \(forced?.rawValue ?? "UTF-8 ou Windows-1252").",
                         "\(file): text unreadable as \(forced?.rawValue ?? "UTF-8 or Windows-1252").")
                throw ExitCode(2)
            }
            let sep: Character? = separator.map { $0 == "tab" || $0 == "\\t" ? "\t" : Character(String($0.prefix(1))) }
            let table = try CSVTable(text: text, separator: sep)
            say("\(file) : \(used.rawValue), séparateur « \(table.separator == "\t" ? "tab" : String(table.separator)) », \(table.rows.count) ligne(s).",
                "\(file): \(used.rawValue), separator “\(table.separator == "\t" ? "tab" : String(table.separator))”, \(table.rows.count) row(s).")
            switch kind {
            case .offers:
                let plan = OfferImport.plan(table, into: data, by: actor, at: now)
                report = Report(titles: plan.records.map { "ligne \($0.line) : \($0.record.title)" }, newOrganizations: plan.newOrganizations.count,
                                duplicates: plan.duplicates, problems: plan.problems, unknown: plan.unknownColumns,
                                apply: { (d: inout Dataset) throws(ModelError) in try OfferImport.apply(plan, to: &d, by: actor, at: now) })
            case .students:
                let plan = StudentImport.plan(table, into: data)
                report = Report(titles: plan.records.map { "ligne \($0.line) : \($0.record.fullName) (\($0.record.login))" },
                                newOrganizations: 0, duplicates: plan.duplicates, problems: plan.problems,
                                unknown: plan.unknownColumns,
                                apply: { (d: inout Dataset) throws(ModelError) in try StudentImport.apply(plan, to: &d, by: actor) })
            case .placements:
                throw ExitCode(2)  // refused above: placements come from JSON only
            }
        }
        for column in report.unknown { say("colonne inconnue, ignorée : « \(column) »", "unknown column, ignored: “\(column)”") }
        for (line, what) in report.duplicates {
            say("ligne \(line) : déjà dans le fichier de données, non dupliquée : \(what)", "line \(line): already in the store, not duplicated: \(what)")
        }
        for problem in report.problems { Console.out(problem.text(lang)) }
        if dryRun {
            for title in report.titles { say("à importer, \(title)", "to import, \(title.replacingOccurrences(of: "ligne", with: "line"))") }
            say("Essai : \(report.titles.count) à importer, \(report.duplicates.count) déjà présent(s), \(report.problems.count) problème(s). Rien n'a été changé.",
                "Dry run: \(report.titles.count) to import, \(report.duplicates.count) already present, \(report.problems.count) problem(s). Nothing was changed.")
            return
        }
        if !report.problems.isEmpty && !skipInvalid {
            complain("Import refusé : \(report.problems.count) problème(s). Corrigez le fichier, ou --skip-invalid pour importer le reste. Rien n'a été changé.",
                     "Import refused: \(report.problems.count) problem(s). Fix the file, or use --skip-invalid to import the rest. Nothing was changed.")
            throw ExitCode(1)
        }
        do {
            try report.apply(&data)
        } catch {
            complain(error.message.fr, error.message.en)
            throw ExitCode(1)
        }
        let outcome: SaveOutcome
        do { outcome = try store.save(data) } catch { throw fail(error, lang) }
        if let warning = outcome.compactionWarning { complain(warning.fr, warning.en) }
        if !outcome.conflicts.isEmpty {
            complain("\(outcome.conflicts.count) conflit(s) avec une modification simultanée : voir \(store.name).conflicts/",
                     "\(outcome.conflicts.count) conflict(s) with a simultaneous change: see \(store.name).conflicts/")
        }
        let skipped = Set(report.problems.map(\.line)).count
        say("\(report.titles.count) importé(s)\(report.newOrganizations > 0 ? ", \(report.newOrganizations) organisme(s) créé(s)" : "")\(skipped > 0 ? ", \(skipped) ligne(s) laissée(s) de côté" : "").",
            "\(report.titles.count) imported\(report.newOrganizations > 0 ? ", \(report.newOrganizations) organisation(s) created" : "")\(skipped > 0 ? ", \(skipped) line(s) skipped" : "").")
    }

    /// What an import found, and how to carry it out.
    struct Report {
        var titles: [String]
        var newOrganizations: Int
        var duplicates: [(line: Int, what: String)]
        var problems: [ImportProblem]
        var unknown: [String]
        var apply: (inout Dataset) throws(ModelError) -> Void
    }

    /// Records in the store's shape keep their ids, history and stamps; one
    /// already there (same id, or same offer / same login) is left alone.
    private func importJSON(_ bytes: Data, into data: inout Dataset) throws -> Report {
        func make<R: Record>(_ type: R.Type, exists: @escaping (R, Dataset) -> Bool, title: @escaping (R) -> String,
                             admit: @escaping (R, Dataset) throws(ModelError) -> Void = { _, _ in }) -> Report {
            switch JSONRecords.read(type, from: bytes) {
            case .failure(let list):
                return Report(titles: [], newOrganizations: 0, duplicates: [], problems: list.problems, unknown: [], apply: { _ in })
            case .success(let records):
                var fresh: [R] = [], duplicates: [(Int, String)] = []
                for (n, record) in records.enumerated() {
                    if exists(record, data) || fresh.contains(where: { $0.id == record.id }) {
                        duplicates.append((n + 1, title(record)))
                    } else {
                        fresh.append(record)
                    }
                }
                return Report(titles: fresh.enumerated().map { "n° \($0.offset + 1) : \(title($0.element))" }, newOrganizations: 0,
                              duplicates: duplicates, problems: [], unknown: [],
                              apply: { (d: inout Dataset) throws(ModelError) in
                                  for r in fresh {
                                      try admit(r, d)
                                      d.setStored(r, id: r.id)
                                  }
                              })
            }
        }
        switch kind {
        case .offers:
            return make(Offer.self, exists: { offer, data in
                data.offers[offer.id] != nil || data.offers.values.contains {
                    $0.organizationID == offer.organizationID && $0.title == offer.title && $0.start == offer.start
                }
            }, title: \.title)
        case .students:
            return make(Student.self, exists: { student, data in data.students[student.login] != nil }, title: \.fullName)
        case .placements:
            return make(Placement.self, exists: { p, data in data.placements[p.id] != nil }, title: { "\($0.studentLogin) — \($0.subject)" },
                        admit: { p, data throws(ModelError) in try data.admit(p) })
        }
    }
}
