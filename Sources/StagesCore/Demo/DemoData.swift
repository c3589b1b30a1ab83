import Foundation

/// A realistic department for demonstrations and screen tests: organisations
/// in documentation, archives and data, offers, students in every situation,
/// placements in every status, and rule findings of both severities.
/// Deterministic: the same academic year gives the same data, ids included.
public enum DemoData {
    /// The department's coordinator in the demo, who made its history's decisions.
    public static let coordinator = Person(login: "hcarpentier", name: "Hélène Carpentier")

    /// `runner`, the person trying the demo, is made a coordinator beside the demo's own.
    public static func make(academicYear year: Int, runner: Person? = nil,
                            now: Date = Date(timeIntervalSince1970: 1_795_000_000)) -> Dataset {
        let spring = year + 1
        func d(_ month: Int, _ day: Int, _ y: Int? = nil) -> CivilDate {
            CivilDate(year: y ?? (month >= 9 ? year : spring), month: month, day: day)!
        }
        let organizations = DemoConvention.withRepresentatives(DemoOrganizations.all)
        let students = DemoStudents.all(year: year)
        let offers = DemoOffers.all(academicYear: year, organizations: organizations, now: now)

        var placements: [Placement] = []
        var alternances: [Alternance] = []
        let fullNames = Dictionary(uniqueKeysWithValues: students.map { ($0.login, $0.fullName) })
        func history(_ statuses: [PlacementStatus], of login: String, comment: String? = nil) -> [Transition] {
            var out: [Transition] = []
            var previous: String?
            for (n, status) in statuses.enumerated() {
                let by = [.draft, .submitted].contains(status) ? Person(login: login, name: fullNames[login] ?? "") : coordinator
                out.append(Transition(by: by.login, name: by.name, at: now.addingTimeInterval(Double(n - statuses.count) * 86_400),
                                      from: previous, to: status.rawValue, comment: status == .returned ? comment : nil))
                previous = status.rawValue
            }
            return out
        }
        let path: [PlacementStatus: [PlacementStatus]] = [
            .draft: [.draft], .submitted: [.draft, .submitted],
            .returned: [.draft, .submitted, .returned], .validated: [.draft, .submitted, .validated],
            .signed: [.draft, .submitted, .validated, .signed],
            .ongoing: [.draft, .submitted, .validated, .signed, .ongoing],
            .completed: [.draft, .submitted, .validated, .signed, .ongoing, .completed],
            .cancelled: [.draft, .cancelled], .broken: [.draft, .submitted, .validated, .signed, .ongoing, .broken],
        ]
        let returnComment = "Merci de préciser les missions confiées et le nom du tuteur ; la gratification doit être au moins égale au minimum légal."
        // (student, organisation, status, start, weeks, hourly stipend, tutor index)
        let plans: [(String, String, PlacementStatus, CivilDate, Int, Decimal?, Int)] = [
            ("lmoreau", "org-ad69", .validated, d(4, 12), 14, 4.50, 0),
            ("tgarcia", "org-bnf", .signed, d(4, 19), 16, 4.80, 1),
            ("mpetit", "org-ina", .submitted, d(4, 12), 12, 4.50, 2),
            ("crobert", "org-datacoeur", .returned, d(4, 26), 12, 4.00, 3),
            ("jrichard", "org-mediatheque", .draft, d(4, 1), 12, 4.50, 4),
            ("adurand", "org-confluences", .ongoing, d(4, 12), 15, 4.50, 5),
            ("nleroy", "org-ad69", .completed, d(4, 12), 12, 4.50, 0),
            ("ebonnet", "org-laposte", .cancelled, d(4, 12), 12, 4.50, 6),
            ("hfaure", "org-chu", .broken, d(4, 12), 16, 4.50, 7),
            ("ymercier", "org-ad69", .validated, d(4, 19), 12, 4.50, 0),
            ("sblanc", "org-ad69", .submitted, d(5, 3), 12, 4.50, 0),
            ("ogirard", "org-numerilab", .draft, d(4, 12), 17, nil, 8),
            ("pandre", "org-garcon", .validated, d(4, 12), 13, 5.10, 9),
            ("mlefevre", "org-scd", .draft, d(4, 14), 12, 4.50, 10),
        ]
        for (n, plan) in plans.enumerated() {
            let (login, org, status, start, weeks, hourly, tutorIndex) = plan
            let subject = DemoOffers.subjects[n % DemoOffers.subjects.count]
            var p = Placement(id: String(format: "plc-%03d", n + 1), studentLogin: login, organizationID: org,
                              // an open offer of the placement's own organisation (a linked offer must be theirs)
                              offerID: n < 6 ? offers.first { $0.organizationID == org && $0.status == .open }?.id : nil,
                              origin: n < 6 ? .offer : (n % 2 == 0 ? .spontaneous : .network),
                              tutor: DemoStudents.tutors[tutorIndex],
                              referent: Referent(name: "Françoise Lacroix", email: "francoise.lacroix@iut.example.fr"),
                              subject: subject.0, activities: subject.1, skills: subject.2,
                              start: start, end: start.adding(days: weeks * 7 - 1),
                              stipend: hourly.map { Stipend(amount: $0, unit: .perHour) },
                              benefits: n % 3 == 0 ? "Tickets restaurant, remboursement 50 % transport" : "",
                              status: status, history: history(path[status]!, of: login, comment: returnComment))
            p.convention = DemoConvention.convention(for: status, today: CivilDate.today(now), index: n)
            if status == .broken {
                p.rupture = Rupture(date: start.adding(days: 40), reason: "Fermeture du service pour travaux")
            }
            if login == "crobert" { p.tutor.email = "tuteur@datacoeur" }  // a malformed email to fix
            placements.append(p)
        }

        let contracts: [(String, AlternanceKind, AlternanceStatus, String, String)] = [
            ("ifontaine", .apprenticeship, .ongoing, "org-datacoeur", "2 semaines / 2 semaines"),
            ("rchevalier", .apprenticeship, .signed, "org-bnf", "3 jours / 2 jours"),
            ("lrousseau", .professionalisation, .ongoing, "org-numerilab", "1 semaine / 1 semaine"),
            ("vmuller", .apprenticeship, .signed, "org-region", "2 semaines / 2 semaines"),
            ("cperrin", .professionalisation, .searching, "org-ina", "3 jours / 2 jours"),
            ("bmasson", .apprenticeship, .broken, "org-garcon", "2 semaines / 2 semaines"),
        ]
        for (n, c) in contracts.enumerated() {
            let (login, kind, status, employer, rhythm) = c
            let steps: [AlternanceStatus] = switch status {
            case .searching: [.searching]
            case .signed: [.searching, .signed]
            case .ongoing: [.searching, .signed, .ongoing]
            case .completed: [.searching, .signed, .ongoing, .completed]
            case .broken: [.searching, .signed, .ongoing, .broken]
            }
            var previous: String?
            let transitions = steps.map { step -> Transition in
                defer { previous = step.rawValue }
                return Transition(by: coordinator.login, name: coordinator.name, at: now, from: previous, to: step.rawValue,
                                  comment: step == .broken ? "Rupture pendant la période d'essai" : nil)
            }
            alternances.append(Alternance(
                id: String(format: "alt-%03d", n + 1), studentLogin: login, kind: kind, status: status,
                employerID: employer, tutor: DemoStudents.tutors[(n + 3) % DemoStudents.tutors.count],
                trainingBody: kind == .apprenticeship ? "CFA Sup Formation Documentation" : "IUT — service de formation continue",
                opco: n % 2 == 0 ? "OPCO Atlas" : "AFDAS", start: d(9, 1), end: d(8, 31, spring), rhythm: rhythm,
                rupture: status == .broken ? Rupture(date: d(10, 15), reason: "Rupture pendant la période d'essai") : nil,
                history: transitions))
        }
        var programme = Programme(academicYear: year, coordinators: [coordinator])
        programme.convention = DemoConvention.settings
        if let runner { programme.appoint(runner) }
        return Dataset(programme: programme, students: students, organizations: organizations,
                       offers: offers, placements: placements, alternances: alternances)
    }
}
