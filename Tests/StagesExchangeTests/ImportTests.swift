import Foundation
import Testing
import StagesCore
@testable import StagesExchange
import TestSupport

func table(_ name: String, separator: Character? = nil) throws -> (CSVTable, TextEncoding) {
    let (text, encoding) = try #require(TextEncoding.decode(fixture(name)))
    return (try CSVTable(text: text, separator: separator), encoding)
}

let now = Date(timeIntervalSince1970: 1_795_900_000)
let coordinator = Actor.coordinator("coord")
let empty = Dataset(programme: Programme(academicYear: 2026))

@Suite struct ImportTests {
    @Test func frenchExcelInWindows1252WithSemicolons() throws {
        let (csv, encoding) = try table("offres-excel-cp1252.csv")
        #expect(encoding == .windows1252)
        #expect(csv.separator == ";")
        let plan = OfferImport.plan(csv, into: empty, by: coordinator, at: now)
        #expect(plan.problems.isEmpty)
        #expect(plan.records.map(\.record.title) == ["Inventaire des fonds d'œuvres", "Veille documentaire", "Données ouvertes : qualité"])
        let first = plan.records[0].record
        #expect(first.city == "Besançon")
        #expect(first.contact.name == "Françoise Garçon")
        #expect(first.start == .on(CivilDate(year: 2027, month: 4, day: 12)!))
        #expect(first.stipend == .amount(Stipend(amount: Decimal(string: "4.5")!, unit: .perHour)))
        #expect(plan.records[1].record.stipend == .legalMinimum)
        #expect(plan.records[1].record.start == .fromEarliest)
        #expect(plan.records[2].record.stipend == .amount(Stipend(amount: 700, unit: .perMonth)))
        #expect(plan.records[2].record.domain == .data)
        #expect(plan.newOrganizations.map(\.name).contains("Médiathèque François-Mitterrand"))
    }

    @Test func utf8WithBOMAndEnglishColumnsInAnyOrder() throws {
        let (csv, encoding) = try table("offres-utf8-bom.csv")
        #expect(encoding == .utf8)
        #expect(csv.header.first == "organization")  // the BOM is gone
        let plan = OfferImport.plan(csv, into: empty, by: coordinator, at: now)
        #expect(plan.problems.isEmpty)
        #expect(plan.records.map(\.record.contact.name) == ["Jeanne Müller", "Olivier Lemaître"])
        #expect(plan.records[0].record.durationWeeks == 13)
        #expect(plan.records[0].record.start == .on(CivilDate(year: 2027, month: 4, day: 12)!))
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndNewlines() throws {
        let (csv, _) = try table("offres-multiligne.csv")
        let plan = OfferImport.plan(csv, into: empty, by: coordinator, at: now)
        #expect(plan.records.count == 2)
        #expect(plan.records[0].record.description == "Mise en place de la GED.\nReprise des dossiers, \"nommage\" et plan de classement;\nformation des équipes.")
        #expect(plan.records[1].line == 5)  // the first record took lines 2 to 4
    }

    @Test func badDateAndUnknownDomainAreNamedByLineAndField() throws {
        let (csv, _) = try table("offres-erreurs.csv")
        let plan = OfferImport.plan(csv, into: empty, by: coordinator, at: now)
        #expect(plan.records.map(\.record.title) == ["Stage valide"])
        #expect(plan.problems.map { $0.text(.fr) } == [
            "ligne 3, début : date impossible ou illisible : « 31/02/2027 » (attendu JJ/MM/AAAA)",
            "ligne 4, titre : valeur obligatoire manquante",
            "ligne 4, domaine : domaine inconnu : « cuisine » (documentation, archives, données, autre)",
        ])
        #expect(plan.problems[0].text(.en) == "line 3, début: impossible or unreadable date: “31/02/2027” (expected DD/MM/YYYY)")
    }

    @Test func aMissingRequiredColumnIsRefusedWhole() throws {
        let (csv, _) = try table("offres-sans-contact.csv")
        let plan = OfferImport.plan(csv, into: empty, by: coordinator, at: now)
        #expect(plan.records.isEmpty)
        #expect(plan.problems.map { $0.text(.fr) } == [
            "ligne 1, contact : colonne obligatoire absente (contact, nom du contact, contact name)",
        ])
        #expect(plan.unknownColumns.isEmpty)  // "ville" is a known column
    }

    @Test func studentsFromATabSeparatedFile() throws {
        let (csv, _) = try table("etudiants.tsv")
        #expect(csv.separator == "\t")
        var data = empty
        try data.save(Student(login: "zlefevre", lastName: "Lefèvre", firstName: "Zoé", email: "z@example.fr", year: "2026-2027"),
                      by: coordinator)
        let plan = StudentImport.plan(csv, into: data)
        #expect(plan.unknownColumns == ["Colonne inconnue"])
        #expect(plan.duplicates.map(\.line) == [2])
        #expect(plan.records.map(\.record.login) == ["tnguyen"])
        #expect(plan.records[0].record.track == .alternance)
        #expect(plan.records[0].record.lastName == "Nguyễn")
        #expect(plan.problems.map { $0.text(.fr) } == ["ligne 4, courriel : adresse électronique mal formée : « pas-une-adresse »"])
    }

    /// A login names a drafts file and an SSH forced command: nothing else than plain letters, digits and . _ -.
    @Test func aLoginThatCouldNotBeGivenAccessIsRefused() throws {
        let rows = ["identifiant\tnom\tprénom\tcourriel", "evil\u{1B}[1;31m\tA\tB\ta@example.fr", "-rf\tC\tD\tc@example.fr",
                    "zoé\tE\tF\te@example.fr", "ok.login-1\tG\tH\tg@example.fr"]
        let csv = try CSVTable(text: rows.joined(separator: "\n") + "\n", separator: "\t")
        let plan = StudentImport.plan(csv, into: empty)
        #expect(plan.records.map(\.record.login) == ["ok.login-1"])
        #expect(plan.problems.map(\.line) == [2, 3, 4])
        #expect(plan.problems.allSatisfy { $0.text(.fr).contains("identifiant invalide") })
    }

    @Test func anOfferAlreadyInTheStoreIsNotDuplicated() throws {
        let (csv, _) = try table("offres-excel-cp1252.csv")
        var data = empty
        try OfferImport.apply(OfferImport.plan(csv, into: data, by: coordinator, at: now), to: &data, by: coordinator, at: now)
        #expect(data.offers.count == 3)
        let again = OfferImport.plan(csv, into: data, by: coordinator, at: now)
        #expect(again.records.isEmpty)
        #expect(again.duplicates.count == 3)
        #expect(again.newOrganizations.isEmpty)
    }
}

/// An imported offer goes to the organisation the store already knows by that name, as the placement form finds it.
@Suite struct OfferImportOrganizationTests {
    @Test func aKnownNameWithOtherCaseAccentsAndSpacingIsTheSameOrganisation() throws {
        let known = Organization(id: "org-1", name: "Médiathèque Jean-Macé", city: "Lyon")
        let data = Dataset(programme: Programme(academicYear: 2026), organizations: [known])
        let csv = try CSVTable(text: "titre,organisme,description,contact\nVeille,\"  MEDIATHEQUE  jean-mace \",Fonds,Anne\n")
        let plan = OfferImport.plan(csv, into: data, by: coordinator, at: now)
        #expect(plan.problems.isEmpty && plan.newOrganizations.isEmpty)
        #expect(plan.records.map(\.record.organizationID) == ["org-1"])
        #expect(data.organization(siret: "", name: "  MEDIATHEQUE  jean-mace ")?.id == "org-1")
    }
}

@Suite struct ExportTests {
    @Test func formulasAreNeutralised() throws {
        let (csv, _) = try table("formules.csv")
        var data = empty
        try OfferImport.apply(OfferImport.plan(csv, into: data, by: coordinator, at: now), to: &data, by: coordinator, at: now)
        let exported = Export.table(.offers, data, language: .fr, status: nil, year: nil, today: CivilDate(year: 2026, month: 11, day: 29)!)
        let text = String(decoding: CSVWriter.write(header: exported.header, rows: exported.rows), as: UTF8.self)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"clic\"\")\""))
        #expect(text.contains(",'+33 danger,"))
        #expect(text.contains(",'@contact,"))
        #expect(!text.contains(",=") && !text.contains(",+") && !text.contains(",@"))
    }

    @Test func excelGetsSemicolonsAndABOM() {
        let bytes = CSVWriter.write(header: ["titre", "ville"], rows: [["Œuvres; fonds", "Besançon"]], excel: true)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "titre;ville\r\n\"Œuvres; fonds\";Besançon\r\n")
    }

    @Test func csvRoundTripOfOffers() throws {
        let demo = DemoData.make(academicYear: 2026)
        let exported = Export.table(.offers, demo, language: .fr, status: nil, year: nil, today: CivilDate(year: 2026, month: 11, day: 29)!)
        let bytes = CSVWriter.write(header: exported.header, rows: exported.rows)
        let (text, _) = try #require(TextEncoding.decode(bytes))
        var fresh = Dataset(programme: demo.programme)
        let plan = OfferImport.plan(try CSVTable(text: text), into: fresh, by: coordinator, at: now)
        #expect(plan.problems.isEmpty)
        try OfferImport.apply(plan, to: &fresh, by: coordinator, at: now)
        #expect(fresh.offers.count == demo.offers.count)
        let byTitle = Dictionary(uniqueKeysWithValues: fresh.offers.values.map { ($0.title, $0) })
        for offer in demo.offers.values {
            let back = try #require(byTitle[offer.title])
            #expect(back.description == offer.description && back.start == offer.start && back.stipend == offer.stipend)
            #expect(back.contact == offer.contact && back.domain == offer.domain && back.applyBy == offer.applyBy)
        }
    }

    @Test func jsonRoundTripGivesTheSameRecords() throws {
        let demo = DemoData.make(academicYear: 2026)
        for kind in Export.Kind.allCases {
            let bytes = try Export.json(kind, demo, status: nil, year: nil, today: CivilDate(year: 2026, month: 11, day: 29)!)
            switch kind {
            case .placements:
                let back = try JSONRecords.read(Placement.self, from: bytes).get()
                #expect(Dictionary(uniqueKeysWithValues: back.map { ($0.id, $0) }) == demo.placements)
            case .offers:
                let back = try JSONRecords.read(Offer.self, from: bytes).get()
                #expect(Dictionary(uniqueKeysWithValues: back.map { ($0.id, $0) }) == demo.offers)
            case .students:
                let back = try JSONRecords.read(Student.self, from: bytes).get()
                #expect(Dictionary(uniqueKeysWithValues: back.map { ($0.id, $0) }) == demo.students)
            case .alternance:
                let back = try JSONRecords.read(Alternance.self, from: bytes).get()
                #expect(Dictionary(uniqueKeysWithValues: back.map { ($0.id, $0) }) == demo.alternances)
            case .stats:
                // Figures, not records: nothing to import back, but the year and its count are there.
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.contains("\"year\" : \"2026-2027\"") && text.contains("\"placements\" : 6"))
            }
        }
    }

    @Test func placementsCarryComputedColumns() {
        let demo = DemoData.make(academicYear: 2026)
        let (header, rows) = Export.table(.placements, demo, language: .fr, status: "draft", year: 2026,
                                          today: CivilDate(year: 2026, month: 11, day: 29)!)
        #expect(header.contains("heures") && header.contains("minimum légal (€)") && header.contains("erreurs"))
        #expect(rows.count == 3)
        let richard = rows.first { $0[2] == "jrichard" }!
        #expect(richard[header.firstIndex(of: "erreurs")!] == "1")
        #expect(richard[header.firstIndex(of: "détail des erreurs")!].contains("ne peut commencer avant"))
        let english = Export.table(.placements, demo, language: .en, status: nil, year: nil, today: CivilDate(year: 2026, month: 11, day: 29)!)
        #expect(english.header.contains("legal minimum (€)"))
    }
}
