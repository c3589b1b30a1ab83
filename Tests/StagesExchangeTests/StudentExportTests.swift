import Foundation
import Testing
import StagesCore
@testable import StagesExchange

/// `export students` says where each student stands, as the students list does.
@Suite struct StudentExportTests {
    let today = CivilDate(year: 2026, month: 11, day: 29)!

    /// Three students: one with nothing, one with a validated request, one in work-study with a signed contract.
    var data: Dataset {
        let org = Organization(id: "org-1", name: "Archives municipales de Lyon", city: "Lyon")
        func student(_ login: String, _ track: Track) -> Student {
            Student(login: login, lastName: login, firstName: "X", email: "\(login)@etu.example.fr", year: "2026-2027", track: track)
        }
        let start = CivilDate(year: 2027, month: 4, day: 12)!, end = CivilDate(year: 2027, month: 7, day: 9)!
        return Dataset(programme: Programme(academicYear: 2026),
                       students: [student("anoel", .stage), student("bnoel", .stage), student("cnoel", .alternance)],
                       organizations: [org],
                       placements: [Placement(id: "plc-1", studentLogin: "bnoel", organizationID: "org-1", tutor: Tutor(),
                                              subject: "s", activities: "a", skills: "k", start: start, end: end, status: .validated)],
                       alternances: [Alternance(id: "alt-1", studentLogin: "cnoel", kind: .apprenticeship, status: .signed,
                                                employerID: "org-1", start: start, end: end)])
    }

    @Test func aSituationColumnInFrenchAndEnglish() throws {
        let french = Export.table(.students, data, language: .fr, status: nil, year: nil, today: today)
        let column = try #require(french.header.firstIndex(of: "situation"))
        #expect(french.header[column - 1] == "parcours")
        #expect(french.rows.map { $0[column] } == ["en recherche", "stage : validée", "alternance : signé"])
        #expect(french.rows.allSatisfy { $0.count == french.header.count })

        let english = Export.table(.students, data, language: .en, status: nil, year: nil, today: today)
        #expect(english.header[column] == "situation")
        #expect(english.rows.map { $0[column] } == ["searching", "placement: validated", "work-study: signed"])
    }

    @Test func theDemoSaysWhatTheScreensSay() throws {
        let demo = DemoData.make(academicYear: 2026)
        let (header, rows) = Export.table(.students, demo, language: .fr, status: nil, year: nil, today: today)
        let column = try #require(header.firstIndex(of: "situation"))
        let situations = Situation.all(in: demo)
        #expect(rows.count == demo.students.count)
        for row in rows { #expect(row[column] == situations[row[0]]?.label(.fr)) }
        #expect(Set(rows.map { $0[column] }).count > 3)
    }

    @Test func jsonCarriesTheSituationAndStillImports() throws {
        let bytes = try Export.json(.students, data, status: nil, year: nil, today: today)
        let objects = try #require(try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]])
        let situations = objects.map { $0["situation"] as? [String: String] }
        #expect(situations == [["kind": "searching"], ["kind": "placement", "status": "validated"],
                               ["kind": "alternance", "status": "signed"]])
        #expect(objects.first?["login"] as? String == "anoel")
        let back = try JSONRecords.read(Student.self, from: bytes).get()
        #expect(Dictionary(uniqueKeysWithValues: back.map { ($0.login, $0) }) == data.students)
    }
}
