import Foundation

/// Stores of any size, for the benchmark and for trying the program at a
/// university's scale (`stages demo --offers 10000`): the demo department's records
/// repeated with fresh ids, `offers` offers with half as many students and placements.
extension DemoData {
    public static func scaled(offers count: Int, academicYear year: Int = 2026, runner: Person? = nil) -> Dataset {
        let demo = DemoData.make(academicYear: year)
        let orgs = demo.organizations.values.sorted { $0.id < $1.id }
        let offerTemplates = demo.offers.values.sorted { $0.id < $1.id }
        let placementTemplate = demo.placements["plc-001"]!
        var organizations: [Organization] = []
        for n in 0..<max(orgs.count, count / 10) {
            var org = orgs[n % orgs.count]
            org.id = String(format: "org-%06d", n)
            org.name += " (\(n))"
            organizations.append(org)
        }
        let offers = (0..<count).map { n -> Offer in
            var offer = offerTemplates[n % offerTemplates.count]
            offer.id = String(format: "off-%06d", n)
            offer.title += " n° \(n)"
            offer.organizationID = organizations[n % organizations.count].id
            return offer
        }
        let students = (0..<count / 2).map { n in
            Student(login: String(format: "etu%06d", n), studentNumber: String(30_000_000 + n), lastName: "Lefèvre-\(n)",
                    firstName: ["Zoé", "Maël", "Inès", "Noé"][n % 4], email: "etu\(n)@etu.example.fr",
                    year: "\(year)-\(year + 1)", domains: [.archives])
        }
        let placements = students.enumerated().map { n, student -> Placement in
            var p = placementTemplate
            p.id = String(format: "plc-%06d", n)
            p.studentLogin = student.login
            p.organizationID = organizations[n % organizations.count].id
            p.tutor.email = "tuteur\(n % (count / 6 + 1))@example.fr"
            p.status = [.draft, .submitted, .validated, .signed][n % 4]
            return p
        }
        var programme = Programme(academicYear: year)
        programme.convention = DemoConvention.settings
        if let runner { programme.appoint(runner) }
        return Dataset(programme: programme, students: students, organizations: organizations,
                       offers: offers, placements: placements)
    }
}
