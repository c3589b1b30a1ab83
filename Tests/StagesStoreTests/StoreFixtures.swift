import Foundation
import StagesCore
@testable import StagesStore

/// A fresh folder per test, removed by the caller's `defer`.
func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stages-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let someday = Date(timeIntervalSince1970: 1_795_000_000)

func sampleDataset() -> Dataset {
    let org = Organization(id: "org-1", name: "Bibliothèque municipale de Lyon — Part-Dieu", siret: "73282932000074",
                           kind: .administration, headcount: 450, address: "30 boulevard Vivier-Merle",
                           postcode: "69003", city: "Lyon")
    let students = (1...3).map {
        Student(login: "etu\($0)", lastName: "Lefèvre", firstName: "Zoé", email: "etu\($0)@etu.example.fr", year: "2026-2027")
    }
    let offer = Offer(id: "off-1", title: "Œuvres numérisées : qualité des métadonnées", organizationID: "org-1",
                      domain: .data, city: "Lyon", description: "Ligne 1\nLigne 2 « citée »",
                      start: .on(CivilDate(year: 2027, month: 4, day: 12)!), stipend: .legalMinimum,
                      contact: Contact(name: "Anaïs Roché", email: "a.roche@example.fr"),
                      created: Stamp(by: "coord", at: someday))
    return Dataset(programme: Programme(academicYear: 2026), students: students, organizations: [org], offers: [offer])
}
