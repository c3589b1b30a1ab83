import Testing
@testable import StagesCore

/// Which known organisation a typed SIRET and name mean.
@Suite struct OrganizationMatchingTests {
    let rhone = organization("org-1")  // Archives départementales du Rhône, 73282932000074
    let noSIRET = Organization(id: "org-2", name: "Médiathèque Jean-Macé", city: "Lyon")
    let poste = Organization(id: "org-3", name: "La Poste", siret: "356 000 000 00048")

    var data: Dataset { dataset(organizations: [rhone, noSIRET, poste]) }

    @Test func bySIRETWhateverTheSpacesAndTheName() {
        #expect(data.organization(siret: "73282932000074", name: "")?.id == "org-1")
        #expect(data.organization(siret: "732 829 320 00074", name: "AD69")?.id == "org-1")
        #expect(data.organization(siret: "35600000000048", name: "")?.id == "org-3")
    }

    @Test func byNameIgnoringAccentsCaseAndSpacing() {
        #expect(data.organization(siret: "", name: "archives departementales du rhone")?.id == "org-1")
        #expect(data.organization(siret: "", name: "  ARCHIVES  Départementales du RHÔNE ")?.id == "org-1")
        #expect(data.organization(siret: "", name: "mediatheque jean-mace")?.id == "org-2")
        #expect(data.organization(siret: "", name: "Médiathèque Jean Macé") == nil)
        #expect(data.organization(siret: "", name: "Archives départementales") == nil)
    }

    /// A student never meets, nor links to, an organisation another student typed:
    /// that student could rewrite it under them.
    @Test func aStudentsOwnOrganisationIsNobodyElses() throws {
        var typed = Organization(id: "org-9", name: "Acme Archives", siret: "", city: "Lyon")
        typed.createdBy = "amarchand"
        var data = dataset(students: [student("amarchand"), student("bmasson")], organizations: [rhone, typed])
        let bmasson = Actor.student("bmasson"), amarchand = Actor.student("amarchand")
        #expect(data.organization(siret: "", name: "ACME archives", for: bmasson) == nil)
        #expect(data.organization(siret: "", name: "ACME archives", for: amarchand)?.id == "org-9")
        #expect(data.organization(siret: "", name: "ACME archives", for: coordinator)?.id == "org-9")
        #expect(data.organization(siret: "", name: "archives departementales du rhone", for: bmasson)?.id == "org-1")
        // The model refuses the link itself, whatever the screen did.
        #expect(throws: ModelError.self) {
            try data.save(placement("plc-b", student: "bmasson", org: "org-9"), by: bmasson, at: now)
        }
        try data.save(placement("plc-a", student: "amarchand", org: "org-9"), by: amarchand, at: now)
        try data.save(placement("plc-b", student: "bmasson", org: "org-1"), by: bmasson, at: now)
    }

    @Test func aNameWithAnotherSIRETIsAnotherEstablishment() {
        #expect(data.organization(siret: "73282932000082", name: "Archives départementales du Rhône") == nil)
        // A known body with no SIRET is still found by name when one is typed.
        #expect(data.organization(siret: "51234567800015", name: "Médiathèque Jean-Macé")?.id == "org-2")
    }

    @Test func blankFindsNothing() {
        let unnamed = Organization(id: "org-4", name: "")
        #expect(dataset(organizations: [unnamed]).organization(siret: "", name: "") == nil)
        #expect(data.organization(siret: "  ", name: " ") == nil)
    }

    @Test func amongNamesakesTheSmallestId() {
        let twin = Organization(id: "org-0", name: "ARCHIVES DÉPARTEMENTALES DU RHÔNE")
        let both = dataset(organizations: [rhone, twin])
        #expect(both.organization(siret: "", name: "Archives départementales du Rhône")?.id == "org-0")
        #expect(both.organization(siret: "73282932000074", name: "Archives départementales du Rhône")?.id == "org-1")
    }

    @Test func keys() {
        #expect(Organization.nameKey("  Œuvre  Sociale\tÉTÉ ") == "oeuvre sociale ete")
        #expect(Organization.siretKey(" 732 829 320\u{A0}00074 ") == "73282932000074")
    }
}
