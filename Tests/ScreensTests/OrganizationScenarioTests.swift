import Foundation
import Testing
import StagesCore
import TerminalKit
@testable import Screens

/// The organisations as the coordinator works with them, keys in, screen and store out:
/// the tab, its search, a record's own form, merging, the forms' links, and the
/// organisation a student typed, settled at validation.
@Suite struct OrganizationScenarioTests {
    let demo = DemoData.make(academicYear: 2026)

    @Test func theListIsSearchedByNameSIRETOrCityAccentsIgnored() throws {
        let app = try Harness()
        app.press("6")
        #expect(app.screen.hasPrefix(" stages — Structures"))
        #expect(app.screen.contains("15 sur 15"))
        app.press("/", "besancon")
        #expect(app.screen.contains("Archives municipales de Besançon"))
        #expect(app.screen.contains("1 sur 15"))
        app.press(.escape, "/", "2269 0000")
        #expect(app.screen.contains("Archives départementales du Rhône"))
        #expect(app.screen.contains("1 sur 15"))
        app.press(.escape, "/", "Saint-Etienne")
        #expect(app.screen.contains("Association Mémoire ouvrière"))
    }

    @Test func anEditIsMadeInItsOwnFormAndRecordedThere() throws {
        let app = try Harness()
        app.press("6", .enter)
        #expect(app.screen.contains("au plus 4, semaine du 03/05/2027 (quota : 18)"))
        #expect(app.screen.contains("Léa Moreau — 469 h / 924 h en 2026-2027"))
        app.press("e", .key(.control("u")), "Archives du Rhône et de la Métropole", .tab, .key(.control("u")), "123", .save)
        #expect(app.screen.contains("SIRET invalide"))
        #expect(app.screen.contains("1 champ(s) à corriger"))
        app.press(.key(.control("u")), .text(demo.organizations["org-ad69"]!.siret), .save)
        #expect(app.screen.contains("Structure enregistrée."))
        #expect(app.screen.contains("Archives du Rhône et de la Métropole"))
        let org = try #require(try app.saved().organizations["org-ad69"])
        #expect(org.name == "Archives du Rhône et de la Métropole")
        let step = try #require(org.history?.last)
        #expect(step.to == "edited" && step.by == "coordinatrice")
        #expect(step.comment == "name: « Archives départementales du Rhône » → « Archives du Rhône et de la Métropole »")
        // Its placements still name it, untouched.
        #expect(try app.saved().placements == demo.placements)
    }

    @Test func aNewOrganisationSaysWhatIsMissingThenOpensOnceSaved() throws {
        let app = try Harness()
        app.press("6", "n", .save)
        #expect(app.screen.contains("5 champ(s) à corriger"))
        #expect(app.screen.contains("SIRET obligatoire pour une structure en France."))
        app.press(.key(.home))
        app.press("Archives nationales", .tab, "11000101300017", .tab, .tab, .tab, .tab, "59 rue Guynemer", .tab, "93380",
                  .tab, "Pierrefitte-sur-Seine", .save)
        #expect(app.screen.contains("Structure enregistrée."))
        #expect(app.screen.hasPrefix(" stages — Structure "))
        #expect(app.screen.contains("✓ Fiche complète"))
        let created = try #require(try app.saved().organizations.values.first { $0.name == "Archives nationales" })
        #expect(created.history?.map(\.to) == ["created"])
    }

    @Test func mergingAsksWithBothNamesAndWhatMovesThenMovesIt() throws {
        let app = try Harness()
        app.press("6", "/", "besancon", .enter, .enter, "m", "rhone")
        #expect(app.screen.contains("Quelle structure absorber ?"))
        #expect(app.screen.contains("Archives départementales du Rhône"))
        #expect(!app.screen.contains("Numérilab"))
        app.press(.enter)
        #expect(app.screen.contains("Fusionner deux structures ?"))
        #expect(app.screen.contains("« Archives départementales du Rhône » sera absorbée par"))
        #expect(app.screen.contains("offre(s), 4 stage(s) et 0 contrat(s)"))
        app.press(.enter)  // Cancel is the default
        #expect(try app.saved().organizations["org-ad69"] != nil)
        app.press("m", "rhone", .enter, "f")
        #expect(app.screen.contains("Structures fusionnées."))
        #expect(app.screen.contains("Ses offres (6)"))
        // Its empty phone and email are completed from the absorbed record.
        #expect(app.screen.contains("archives@rhone.example.fr"))
        let saved = try app.saved()
        #expect(saved.organizations["org-ad69"] == nil)
        #expect(saved.references(to: "org-besancon").placements.count == 4)
        #expect(saved.references(to: "org-besancon").offers.count == 6)
        #expect(saved.organizations["org-besancon"]?.history?.last?.to == "merged")
    }

    /// Editing a placement links it to another organisation; no organisation is renamed or rewritten.
    @Test func thePlacementFormLinksAndNeverRewritesAnOrganisation() throws {
        let app = try Harness()
        app.press("2", .down, .down, .down, .down, .down, .down, "e")
        #expect(app.screen.contains("Numérilab SARL · 84500000500072 · Annecy"))
        app.press(.tab, .key(.function(3)), "confluences")
        #expect(app.screen.contains("Musée des Confluences"))
        app.press(.enter)
        #expect(app.screen.contains("Musée des Confluences · 20690000300057 · Lyon"))
        app.press(.save)
        #expect(app.screen.contains("Demande enregistrée."))
        let saved = try app.saved()
        let placement = try #require(saved.placements.values.first { $0.studentLogin == "ogirard" })
        #expect(placement.organizationID == "org-confluences")
        #expect(saved.organizations == demo.organizations)
    }

    @Test func theOfferFormCreatesAnOrganisationOnlyThroughItsForm() throws {
        let app = try Harness()
        app.press("n", .tab)
        #expect(app.screen.contains("aucune : F3 pour chercher ou créer"))
        app.press(.key(.function(3)), .key(.function(4)), "Archives nationales", .save)
        #expect(app.screen.contains("champ(s) à corriger"))
        app.press(.escape, "a")  // drops the half-filled organisation, back to the chooser
        #expect(app.screen.contains("Choisir la structure"))
        #expect(try app.saved().organizations == demo.organizations)
    }

    /// A request whose organisation the student typed: Sacha Blanc's, at a namesake of a known one with another SIRET.
    func typedRequest() throws -> Harness {
        var data = demo
        let typed = Organization(id: "org-typed", name: "Archives départementales du Rhône", siret: "73282932000074",
                                 address: "1 rue de Lyon", postcode: "69003", city: "Lyon")
        try data.save(typed, by: .student("sblanc"), at: Harness.now)
        var request = try #require(data.placements.values.first { $0.studentLogin == "sblanc" })
        request.organizationID = "org-typed"
        data.setStored(request, id: request.id)
        return try Harness(data: data)
    }

    @Test func atValidationATypedOrganisationIsLinkedToAKnownOne() throws {
        let app = try typedRequest()
        app.press("2", "/", "Sacha", .enter, .enter, "v")
        #expect(app.screen.contains("Structure saisie par l'étudiant·e : laquelle ?"))
        #expect(app.screen.contains("Garder « Archives départementales du Rhône"))
        #expect(app.screen.contains("Archives départementales du Rhône (même nom)"))
        app.press(.down, .enter)
        #expect(app.screen.contains("Demande validée ; structure reliée à la fiche connue."))
        let saved = try app.saved()
        let request = try #require(saved.placements.values.first { $0.studentLogin == "sblanc" })
        #expect(request.status == .validated)
        #expect(request.organizationID == "org-ad69")
        #expect(saved.organizations["org-typed"] == nil)
    }

    @Test func atValidationATypedOrganisationCanBeKeptAsANewOne() throws {
        let app = try typedRequest()
        app.press("2", "/", "Sacha", .enter, .enter, "v", .enter)
        #expect(app.screen.contains("Demande validée ; structure gardée comme nouvelle."))
        let saved = try app.saved()
        let request = try #require(saved.placements.values.first { $0.studentLogin == "sblanc" })
        #expect(request.status == .validated)
        #expect(request.organizationID == "org-typed")
        #expect(saved.organizations["org-typed"]?.createdBy == "coordinatrice")
        #expect(saved.organizations["org-typed"]?.history?.last?.to == "adopted")
    }

    @Test func studentsNeverSeeTheTab() throws {
        let app = try Harness(actor: .student("fbertrand"))
        app.press("6")
        #expect(!app.screen.contains("Structures"))
        #expect(!app.state.tabs.contains(.organizations))
    }
}
