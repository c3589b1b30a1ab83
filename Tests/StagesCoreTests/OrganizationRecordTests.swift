import Foundation
import Testing
@testable import StagesCore

/// Organisations as records of their own: edits kept in their history, merges
/// that take every reference along, validation, and what their record shows.
@Suite struct OrganizationRecordTests {
    /// The same museum typed twice: once complete, once with a name and a city only.
    let kept = Organization(id: "org-1", name: "Musée des Confluences", siret: "", city: "Lyon")
    let absorbed = Organization(id: "org-2", name: "Musee des confluences", siret: "73282932000074", naf: "9102Z",
                                headcount: 120, address: "86 quai Perrache", postcode: "69002", city: "Lyon 2e")

    func twoMuseums() -> Dataset {
        let stamp = Stamp(by: "coord", at: now)
        return Dataset(programme: programme2026, students: [student(), student("bmasson")], organizations: [kept, absorbed],
                       offers: [Offer(id: "off-1", title: "Inventaire", organizationID: "org-2", domain: .archives,
                                      description: "Récolement", contact: Contact(name: "M. Blanc"), created: stamp)],
                       placements: [placement("plc-1", org: "org-2"), placement("plc-2", student: "bmasson", org: "org-1")],
                       alternances: [Alternance(id: "alt-1", studentLogin: "dnoel", kind: .apprenticeship, employerID: "org-2",
                                                start: day(2025, 9, 1), end: day(2026, 8, 31))])
    }

    @Test func mergeMovesEveryReferenceAndRemovesTheAbsorbedOne() throws {
        var data = twoMuseums()
        let moved = try data.mergeOrganization("org-2", into: "org-1", by: coordinator, at: now)
        #expect(moved == OrganizationReferences(offers: ["off-1"], placements: ["plc-1"], alternances: ["alt-1"]))
        #expect(data.organizations["org-2"] == nil)
        #expect(data.offers["off-1"]?.organizationID == "org-1")
        #expect(data.placements["plc-1"]?.organizationID == "org-1")
        #expect(data.placements["plc-2"]?.organizationID == "org-1")
        #expect(data.alternances["alt-1"]?.employerID == "org-1")
        #expect(data.references(to: "org-2").count == 0)
    }

    @Test func mergeCompletesOnlyTheEmptyFields() throws {
        var data = twoMuseums()
        try data.mergeOrganization("org-2", into: "org-1", by: coordinator, at: now)
        let org = try #require(data.organizations["org-1"])
        #expect(org.name == "Musée des Confluences")
        #expect(org.city == "Lyon")
        #expect(org.siret == "73282932000074")
        #expect(org.naf == "9102Z")
        #expect(org.headcount == 120)
        #expect(org.address == "86 quai Perrache")
        let step = try #require(org.history?.last)
        #expect(step.to == OrganizationEvent.merged.rawValue)
        #expect(step.by == "coord")
        #expect(step.comment?.contains("Musee des confluences (org-2)") == true)
        #expect(step.comment?.contains("siret: — → « 73282932000074 »") == true)
    }

    @Test func onlyTheCoordinatorMergesAndNeverOneWithItself() {
        var data = twoMuseums()
        #expect(throws: ModelError.self) { try data.mergeOrganization("org-2", into: "org-1", by: .student("cmartin"), at: now) }
        #expect(throws: ModelError.self) { try data.mergeOrganization("org-1", into: "org-1", by: coordinator, at: now) }
        #expect(throws: ModelError.self) { try data.mergeOrganization("org-9", into: "org-1", by: coordinator, at: now) }
        #expect(data.organizations.count == 2)
    }

    @Test func anEditIsRecordedWithWhoWhenAndWhatChanged() throws {
        var data = dataset()
        var org = try #require(data.organizations["org-1"])
        org.name = "Archives du Rhône"
        org.headcount = 40
        try data.save(org, by: .coordinator("mdupont", name: "Marie Dupont"), at: now)
        let step = try #require(data.organizations["org-1"]?.history?.last)
        #expect(step.to == "edited")
        #expect(step.by == "mdupont")
        #expect(step.name == "Marie Dupont")
        #expect(step.at == now)
        #expect(step.comment == "name: « Archives départementales du Rhône » → « Archives du Rhône »\nheadcount: — → « 40 »")
        // Saving it unchanged adds nothing.
        try data.save(data.organizations["org-1"]!, by: coordinator, at: now)
        #expect(data.organizations["org-1"]?.history?.count == 1)
    }

    @Test func aNewOneRecordsItsCreationAndTheHistoryCannotBeRewritten() throws {
        var data = dataset(organizations: [])
        var org = organization("org-5")
        org.history = [Transition(by: "someone", at: now, from: nil, to: "merged")]
        try data.save(org, by: coordinator, at: now)
        #expect(data.organizations["org-5"]?.history?.map(\.to) == ["created"])
        org.history = []
        org.city = "Villeurbanne"
        try data.save(org, by: coordinator, at: now)
        #expect(data.organizations["org-5"]?.history?.map(\.to) == ["created", "edited"])
    }

    @Test func aStoreWithoutHistoriesStillDecodes() throws {
        let json = #"{"id":"org-1","name":"ACME","siret":"","naf":"","kind":"other","address":"","postcode":"","city":"","country":"France","phone":"","email":"","website":"","createdBy":""}"#
        let org = try JSONDecoder().decode(Organization.self, from: Data(json.utf8))
        #expect(org.history == nil)
        #expect(org.name == "ACME")
    }

    @Test func validationNamesEachFieldAndTheSIRETCheck() {
        let book = RuleBook(dataset())
        let empty = Organization(id: "org-x", name: " ", siret: "73282932000075")
        let found = book.findings(for: empty)
        #expect(found.contains { $0.field == "name" && $0.severity == .error })
        #expect(found.contains { $0.field == "siret" && $0.message.fr.contains("73282932000075") })
        #expect(found.contains { $0.field == "city" })
        #expect(book.findings(for: organization()).isEmpty)
    }

    @Test func aStudentsTypedOrganisationIsMatchedBySIRETOnly() {
        let known = Organization(id: "org-1", name: "Musée des Confluences", siret: "73282932000074", city: "Lyon")
        let data = dataset(organizations: [known])
        let student = Actor.student("cmartin")
        #expect(data.organization(siret: "732 829 320 00074", for: student)?.id == "org-1")
        // Same name, another SIRET and city: another establishment, not linked.
        #expect(data.organization(siret: "35600000000048", for: student) == nil)
        #expect(data.organization(siret: "", for: student) == nil)
    }

    @Test func aTypedOrganisationIsKeptOrLinkedByTheCoordinator() throws {
        var typed = Organization(id: "org-7", name: "MUSEE des Confluences", siret: "35600000000048", city: "Paris")
        typed.createdBy = "cmartin"
        let known = Organization(id: "org-1", name: "Musée des Confluences", siret: "73282932000074", city: "Lyon")
        var data = dataset([placement("plc-1", org: "org-7")], organizations: [known, typed])
        #expect(data.isTypedByStudent(typed))
        #expect(data.namesakes(of: typed).map(\.id) == ["org-1"])
        try data.adoptOrganization("org-7", by: coordinator, at: now)
        #expect(data.isTypedByStudent(data.organizations["org-7"]!) == false)
        #expect(data.organizations["org-7"]?.history?.last?.to == "adopted")
        #expect(throws: ModelError.self) { try data.save(typed, by: .student("cmartin"), at: now) }
    }

    @Test func loadCountsInternsPerWeekAndHoursPerStudent() throws {
        let small = organization("org-1", headcount: 10)
        let data = dataset([placement("plc-1"), placement("plc-2", student: "bmasson"), placement("plc-3", student: "dnoel"),
                            placement("plc-4", student: "elambert", start: day(2026, 6, 29), end: day(2026, 9, 18))],
                           students: [student(), student("bmasson"), student("dnoel"), student("elambert")],
                           organizations: [small])
        let load = RuleBook(data).load(of: "org-1")
        #expect(load.quota == 3)
        #expect(load.peakInterns == 4)
        #expect(load.busiestWeek == day(2026, 6, 29))
        #expect(load.isOverQuota)
        #expect(load.hoursByStudent.first { $0.login == "cmartin" }?.hours == 392)
        #expect(load.maxHours == 924)
        #expect(RuleBook(data).load(of: "org-9").peakInterns == 0)
    }

    /// A placement names its organisation; saving it, even linked elsewhere, changes no organisation.
    @Test func savingAPlacementNeverRewritesAnOrganisation() throws {
        var data = twoMuseums()
        let before = data.organizations
        var moved = try #require(data.placements["plc-1"])
        moved.organizationID = "org-1"
        moved.subject = "Inventaire des collections"
        try data.save(moved, by: coordinator, at: now)
        #expect(data.placements["plc-1"]?.organizationID == "org-1")
        #expect(data.organizations == before)
    }

    /// Only an unused organisation a student typed goes, and only by that student or the coordinator.
    @Test func anUnusedTypedOrganisationIsDroppedOnlyByItsAuthor() {
        var typed = Organization(id: "org-7", name: "Musée de Lyon", city: "Lyon")
        typed.createdBy = "bmasson"
        var data = dataset(students: [student(), student("bmasson")], organizations: [organization(), typed])
        data.dropUnusedTypedOrganization("org-7", by: .student("cmartin"))
        data.dropUnusedTypedOrganization("org-1", by: .student("bmasson"))
        data.dropUnusedTypedOrganization("org-1", by: coordinator)
        #expect(data.organizations.count == 2)
        data.dropUnusedTypedOrganization("org-7", by: .student("bmasson"))
        #expect(data.organizations["org-7"] == nil)
    }
}
