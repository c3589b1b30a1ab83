import Foundation
import Testing
import TestSupport

/// The real `stages` binary, as a user runs it.
@Suite struct CommandLineTests {
    func stages(_ arguments: String...) throws -> Spawn.Run {
        try Stages.run(arguments)
    }

    /// A store's path in a folder not made yet: the command makes it.
    func temporaryStore() -> String {
        unusedPath("stages-cli").appendingPathComponent("store.json").path
    }

    /// `--version` says the version alone, and the help the manual page is made from lists every command.
    @Test func versionAndTheHelpTheManualIsMadeFrom() throws {
        let version = try stages("--version")
        #expect(version.status == 0)
        #expect(version.output.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(version.output)")
        let dump = try stages("--experimental-dump-help")
        #expect(dump.status == 0)
        for command in ["open", "student", "session", "demo", "init", "check", "import", "export", "convention", "settings", "migrate", "access"] {
            #expect(dump.output.contains("\"commandName\" : \"\(command)\""), "\(command)")
        }
    }

    /// A new year: the finished one archived read-only beside the store, the store going on without its students.
    @Test func aNewYearArchivesTheFinishedOne() throws {
        let store = temporaryStore()
        defer { removeFolder(of: store) }
        #expect(try stages("demo", "--store", store).status == 0)
        #expect(try stages("year", "start", "2027", "--store", store).status == 2)  // not a year's form
        // The demo's year is under way: refused, naming what would be frozen, and nothing written.
        let unfinished = try stages("year", "start", "2027-2028", "--store", store)
        #expect(unfinished.status == 1 && unfinished.errors.contains("2026-2027 n'est pas finie") && unfinished.errors.contains("--force"))
        #expect(unfinished.errors.contains("Manon Petit"))
        #expect(try stages("year", "start", "2029-2030", "--store", store, "--force").errors.contains("la suivante est 2027-2028"))
        let started = try stages("year", "start", "2027-2028", "--store", store, "--force")
        #expect(started.status == 0, "\(started.errors)")
        let archive = URL(fileURLWithPath: store).deletingLastPathComponent().appendingPathComponent("archives/store-2026-2027.json").path
        #expect(started.output.contains(archive))
        #expect(started.output.contains("2027-2028 commence avec 15 structures et 11 offre(s) récurrente(s)"))
        let students = try stages("export", "students", "--store", store)
        #expect(students.status == 0 && !students.output.contains("lmoreau"))
        let offers = try stages("export", "offers", "--store", archive)
        #expect(offers.output.contains("off-044") && offers.output.contains("off-001"))  // the archive still holds the year
        let refused = try stages("settings", "set", "department", "X", "--store", archive)
        #expect(refused.status == 2 && refused.errors.contains("archive de l'année 2026-2027, en lecture seule"))
        // The figures: this year's beside the archived one's.
        let stats = try stages("export", "stats", "--store", store)
        #expect(stats.status == 0)
        #expect(stats.output.hasPrefix("critère,valeur,2027-2028,2026-2027"))
        #expect(stats.output.contains("total,stages convenus,0,6"))
        #expect(stats.output.contains("group,IDN-A,0,6"))
        let again = try stages("year", "start", "2027-2028", "--store", store, "--force")
        #expect(again.status == 1 && again.errors.contains("ne suit pas"))
    }

    @Test func demoThenCheck() throws {
        let store = temporaryStore()
        defer { removeFolder(of: store) }
        let demo = try stages("demo", "--store", store)
        #expect(demo.status == 0)
        #expect(demo.output.contains("44 offres, 30 étudiant·es"))
        let again = try stages("demo", "--store", store)
        #expect(again.status != 0)
        #expect(again.errors.contains(store))

        let check = try stages("check", "--store", store)
        #expect(check.status == 1)
        #expect(check.output.contains("placements/plc-005  Jules Richard — Médiathèque Émile-Zola"))
        #expect(check.output.contains("✗ erreur [start] Le stage ne peut commencer avant le 08/04/"))
        #expect(check.output.contains("! attention [tutor.name] Ce tuteur encadre 4 stagiaires"))
        let english = try stages("check", "--store", store, "--lang", "en")
        #expect(english.output.contains("✗ error [start] The internship may not start before"))
    }

    @Test func aCleanStoreChecksClean() throws {
        let store = temporaryStore()
        defer { removeFolder(of: store) }
        #expect(try stages("init", "--store", store).status == 0)
        let check = try stages("check", "--store", store)
        #expect(check.status == 0)
        #expect(check.output.contains("0 erreur(s), 0 avertissement(s)"))
        let mode = try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func initNeverRemovesOrReplacesAnything() throws {
        let store = temporaryStore()
        defer { removeFolder(of: store) }
        let folder = (store as NSString).deletingLastPathComponent
        #expect(mkdir(folder, 0o700) == 0)
        let journal = store + ".journal"
        try "{\"changes\":[]}\n".write(toFile: journal, atomically: false, encoding: .utf8)
        let stray = try stages("init", "--store", store)
        #expect(stray.status == 2)
        #expect(stray.errors.contains("\(journal) : un journal est là sans son document"))
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == "{\"changes\":[]}\n")
        #expect(!FileManager.default.fileExists(atPath: store))

        #expect(symlink("elsewhere.json", store) == 0)
        let link = try stages("init", "--store", store, "--lang", "en")
        #expect(link.status == 2)
        #expect(link.errors.contains("\(store): a symbolic link"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: store) == "elsewhere.json")
        #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere.json"))

        unlink(store)
        #expect(mkdir(store, 0o700) == 0)
        let directory = try stages("init", "--store", store)
        #expect(directory.status == 2)
        #expect(directory.errors.contains("\(store) : un dossier est déjà là"))
        #expect(!directory.errors.contains("NSCocoaErrorDomain"))
    }

    @Test func aFolderWhereAFileGoesIsNamedNotNumbered() throws {
        let store = temporaryStore()
        defer { removeFolder(of: store) }
        #expect(try stages("init", "--store", store).status == 0)
        let folder = (store as NSString).deletingLastPathComponent
        let export = try stages("export", "offers", "--store", store, "--output", folder)
        #expect(export.status == 2)
        #expect(export.errors == "\(folder) : échec de l'écriture : c'est un dossier.\n")
        let elsewhere = folder + "/elsewhere.json"
        #expect(mkdir(elsewhere, 0o700) == 0)
        let check = try stages("check", "--store", elsewhere, "--lang", "en")
        #expect(check.status == 2)
        #expect(check.errors.contains("\(elsewhere): a folder, not a file"))
        #expect(!check.errors.contains("NSCocoaErrorDomain") && !export.errors.contains("NSCocoaErrorDomain"))
    }

    @Test func aBrokenStoreIsRefusedAndLeftAlone() throws {
        let store = temporaryStore()
        defer { removeFolder(of: store) }
        #expect(try stages("init", "--store", store).status == 0)
        let text = try String(contentsOfFile: store, encoding: .utf8)
        let truncated = String(text.prefix(200))
        try truncated.write(toFile: store, atomically: false, encoding: .utf8)
        let check = try stages("check", "--store", store)
        #expect(check.status == 2)
        let lines = truncated.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(check.errors.contains("\(store):\(lines):"))
        #expect(check.errors.contains("il n'a pas été modifié"))
        #expect(try String(contentsOfFile: store, encoding: .utf8) == truncated)
    }

    @Test func helpExplainsItself() throws {
        let help = try stages("--help")
        #expect(help.output.contains("demo") && help.output.contains("check") && help.output.contains("STAGES_STORE"))
        let checkHelp = try stages("check", "--help")
        #expect(checkHelp.output.contains("--store"))
    }
}

/// `stages import` and `stages export`, through the real binary.
@Suite struct ExchangeCommandTests {
    let cli = CommandLineTests()

    @Test func dryRunChangesNothingAndARealImportIsAllOrNothing() throws {
        let store = cli.temporaryStore()
        defer { removeFolder(of: store) }
        #expect(try cli.stages("init", "--store", store).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))

        let dry = try cli.stages("import", "offers", fixturePath("offres-erreurs.csv"), "--store", store, "--dry-run")
        #expect(dry.status == 0)
        #expect(dry.output.contains("ligne 3, début : date impossible ou illisible : « 31/02/2027 »"))
        #expect(dry.output.contains("Essai : 1 à importer, 0 déjà présent(s), 3 problème(s). Rien n'a été changé."))

        let refused = try cli.stages("import", "offers", fixturePath("offres-erreurs.csv"), "--store", store)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("Import refusé : 3 problème(s)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        #expect(!FileManager.default.fileExists(atPath: store + ".journal"))

        let skipped = try cli.stages("import", "offers", fixturePath("offres-erreurs.csv"), "--store", store, "--skip-invalid")
        #expect(skipped.status == 0)
        #expect(skipped.output.contains("1 importé(s), 1 organisme(s) créé(s), 2 ligne(s) laissée(s) de côté."))

        let excel = try cli.stages("import", "offers", fixturePath("offres-excel-cp1252.csv"), "--store", store)
        #expect(excel.output.contains("windows-1252, séparateur « ; », 3 ligne(s)."))
        #expect(excel.output.contains("3 importé(s)"))
        let again = try cli.stages("import", "offers", fixturePath("offres-excel-cp1252.csv"), "--store", store)
        #expect(again.output.contains("déjà dans le fichier de données, non dupliquée"))
        #expect(again.output.contains("0 importé(s)"))
    }

    /// A demo store and an empty one beside it, removed afterwards.
    func demoAndFreshStores(_ body: (_ demo: String, _ fresh: String) throws -> Void) throws {
        let store = cli.temporaryStore(), fresh = cli.temporaryStore()
        defer {
            removeFolder(of: store)
            removeFolder(of: fresh)
        }
        #expect(try cli.stages("demo", "--store", store).status == 0)
        #expect(try cli.stages("init", "--store", fresh).status == 0)
        try body(store, fresh)
    }

    @Test func exportPlacementsThenImportIntoAFreshStoreGivesTheSameRecords() throws {
        try demoAndFreshStores { store, fresh in
            let file = (fresh as NSString).deletingLastPathComponent + "/placements.json"
            #expect(try cli.stages("export", "placements", "--format", "json", "--store", store, "-o", file).status == 0)
            let imported = try cli.stages("import", "placements", file, "--store", fresh)
            #expect(imported.output.contains("14 importé(s)"))
            let a = try cli.stages("export", "placements", "--format", "json", "--store", store)
            let b = try cli.stages("export", "placements", "--format", "json", "--store", fresh)
            #expect(a.output == b.output)
            #expect(a.output.contains("\"plc-001\""))
        }
    }

    @Test func importingASecondActivePlacementForOneStudentIsRefused() throws {
        try demoAndFreshStores { store, fresh in
            let exported = try cli.stages("export", "placements", "--format", "json", "--store", store)
            var records = try #require(JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [[String: Any]])
            var twin = try #require(records.first { $0["id"] as? String == "plc-001" })
            twin["id"] = "plc-twin"
            records.append(twin)
            let file = (fresh as NSString).deletingLastPathComponent + "/placements.json"
            try JSONSerialization.data(withJSONObject: records).write(to: URL(fileURLWithPath: file))
            let before = try Data(contentsOf: URL(fileURLWithPath: fresh))
            let refused = try cli.stages("import", "placements", file, "--store", fresh)
            #expect(refused.status == 1)
            #expect(refused.errors.contains("lmoreau a déjà un stage en cours de traitement."))
            #expect(try Data(contentsOf: URL(fileURLWithPath: fresh)) == before)
        }
    }

    @Test func excelExportOpensWithItsAccents() throws {
        let store = cli.temporaryStore()
        defer { removeFolder(of: store) }
        #expect(try cli.stages("demo", "--store", store).status == 0)
        let file = (store as NSString).deletingLastPathComponent + "/offres.csv"
        #expect(try cli.stages("export", "offers", "--excel", "--store", store, "--output", file).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("identifiant;titre;organisme;domaine;"))
        #expect(text.contains("Datacœur SAS"))
        let english = try cli.stages("export", "students", "--lang", "en", "--store", store)
        #expect(english.output.hasPrefix("login,number,last name,first name,"))
    }
}
