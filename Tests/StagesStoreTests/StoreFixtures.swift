import Foundation
import Testing
import StagesCore
@testable import StagesStore

let someday = Date(timeIntervalSince1970: 1_795_000_000)

/// Two handles open the store at `url` and change the same offer: the first saves its title,
/// "Version du premier\(suffix)"; the second's change, "Version du second\(suffix)", is returned
/// with its handle, not saved yet.
func rivalEdits(_ url: URL, suffix: String = "") throws -> (second: Store, change: Dataset) {
    let first = try Store.open(url), second = try Store.open(url)
    var a = first.base
    var offer = try #require(a.offers["off-1"])
    offer.title = "Version du premier\(suffix)"
    try a.save(offer, by: .coordinator("un"), at: someday)
    _ = try first.save(a)
    var b = second.base
    offer = try #require(b.offers["off-1"])
    offer.title = "Version du second\(suffix)"
    try b.save(offer, by: .coordinator("deux"), at: someday)
    return (second, b)
}

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
