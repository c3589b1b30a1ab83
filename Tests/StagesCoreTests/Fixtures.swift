import Foundation
@testable import StagesCore

/// Small builders so each test states only what it is about.
func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

let now = Date(timeIntervalSince1970: 1_795_000_000)
let coordinator = Actor.coordinator("coord")

/// The 2025–2026 programme: earliest start 8 April 2026, as in DOMAIN.md's worked examples.
let programme2026 = Programme(academicYear: 2025)

func organization(_ id: String = "org-1", headcount: Int? = nil) -> Organization {
    Organization(id: id, name: "Archives départementales du Rhône", siret: "73282932000074",
                 kind: .administration, headcount: headcount, address: "34 rue Général Mouton-Duvernet",
                 postcode: "69003", city: "Lyon")
}

func student(_ login: String = "cmartin", track: Track = .stage) -> Student {
    Student(login: login, lastName: "Martin", firstName: "Camille", email: "\(login)@etu.example.fr",
            year: "2025-2026", track: track)
}

func placement(_ id: String = "plc-1", student: String = "cmartin", org: String = "org-1",
               start: CivilDate = day(2026, 4, 8), end: CivilDate = day(2026, 6, 30),
               weeklyHours: Decimal = 35, stipend: Stipend? = Stipend(amount: 4.5, unit: .perHour),
               tutor: Tutor = Tutor(name: "Hélène Dubois", function: "Archiviste", email: "h.dubois@example.fr"),
               status: PlacementStatus = .draft) -> Placement {
    Placement(id: id, studentLogin: student, organizationID: org, tutor: tutor,
              subject: "Récolement des fonds", activities: "Inventaire, cotation", skills: "Archivistique",
              start: start, end: end, weeklyHours: weeklyHours, stipend: stipend, status: status)
}

func dataset(_ placements: [Placement] = [], students: [Student] = [student()],
             organizations: [Organization] = [organization()], programme: Programme = programme2026) -> Dataset {
    Dataset(programme: programme, students: students, organizations: organizations, placements: placements)
}

func rules(of p: Placement, in data: Dataset? = nil) -> [RuleID] {
    let data = data ?? dataset([p])
    return RuleBook(data).findings(for: p).map(\.rule)
}
