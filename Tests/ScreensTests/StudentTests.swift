import Foundation
import Testing
import StagesCore
import StagesStore
import TerminalKit
@testable import Screens

/// The student's side: the request typed key by key, drafts that survive
/// everything, submission, and the limits of what a student may touch.
@Suite struct StudentTests {
    func student(_ login: String = "fbertrand", width: Int = 80, height: Int = 24) throws -> Harness {
        try Harness(width: width, height: height, actor: .student(login))
    }

    /// Tabs from the first field (the organisation) to each later field.
    static let order = ["organization.name", "organization.siret", "organization.address", "organization.postcode",
                        "organization.city", "organization.country", "organization.headcount", "tutor.name",
                        "tutor.function", "tutor.email", "tutor.phone", "referent.name", "referent.email", "origin",
                        "offer", "subject", "activities", "skills", "start", "end", "interruptions", "weeklyHours",
                        "daysPerWeek", "stipend"]

    func fill(_ app: Harness, _ values: [String: String]) {
        var position = 0
        for (n, field) in Self.order.enumerated() {
            guard let value = values[field] else { continue }
            for _ in position..<n { app.press(.tab) }
            position = n
            app.press(.text(value))
        }
    }

    @Test func typesTheWholeRequestAndSubmitsIt() throws {
        let app = try student()
        app.press("3")
        #expect(app.screen.contains("Nouvelle demande de stage"))
        fill(app, ["organization.name": "Archives nationales", "organization.siret": "11000440000013",
                   "organization.address": "59 rue Guynemer", "organization.postcode": "93380",
                   "organization.city": "Pierrefitte-sur-Seine", "organization.headcount": "450",
                   "tutor.name": "Hélène Lefèvre", "tutor.function": "Archiviste, chargée des fonds privés",
                   "tutor.email": "h.lefevre@archives.example.fr", "subject": "Récolement des fonds photographiques",
                   "activities": "Inventaire, cotation, conditionnement", "skills": "Normes ISAD(G) et EAD",
                   "start": "31/04/2027"])
        app.press(.tab)
        #expect(app.screen.contains("Date impossible : le 31/04/2027 n'existe pas."))
        app.press(.backTab, .key(.control("u")), "12/04/2027", .tab, "05/07/2027", .tab, .tab, .tab, .tab, "4,50")
        #expect(!app.screen.contains("Date impossible"))
        app.press(.submit)
        #expect(app.screen.contains("Demande soumise au responsable des stages."))
        #expect(app.screen.contains("lecture seule"))

        let saved = try app.saved()
        let request = try #require(saved.placements.values.first { $0.studentLogin == "fbertrand" })
        #expect(request.status == .submitted)
        #expect(request.subject == "Récolement des fonds photographiques")
        #expect(request.tutor.name == "Hélène Lefèvre")
        #expect(request.start == CivilDate(year: 2027, month: 4, day: 12))
        #expect(request.end == CivilDate(year: 2027, month: 7, day: 5))
        #expect(request.stipend == Stipend(amount: Decimal(string: "4.5")!, unit: .perHour))
        let org = try #require(saved.organizations[request.organizationID])
        #expect(org.name == "Archives nationales" && org.createdBy == "fbertrand" && org.headcount == 450)
        #expect(FormDrafts(store: app.store).load("fbertrand") == nil)  // a submitted request keeps no draft
    }

    @Test func submitIsRefusedWhileAnErrorRemains() throws {
        let app = try student()
        app.press("3")
        fill(app, ["organization.name": "Archives nationales", "start": "01/04/2027", "end": "30/06/2027"])
        app.press(.submit)
        #expect(app.screen.contains("erreur(s) à corriger d'abord"))
        let saved = try app.saved().placements.values.first { $0.studentLogin == "fbertrand" }
        #expect(saved?.status == .draft)  // kept as a draft, not submitted
    }

    @Test func whatIsTypedSurvivesQuittingAndComesBackExactly() throws {
        let app = try student()
        app.press("3")
        fill(app, ["organization.name": "Médiathèque Œuvre & Garçon", "tutor.name": "Zoé 张伟", "start": "31/04/2027"])
        app.terminal.send(.interrupt)
        app.press()
        #expect(app.runtime.exitStatus == 130)
        try app.reopen()
        app.press("3")
        #expect(app.state.request?.form.value("organization.name") == "Médiathèque Œuvre & Garçon")
        #expect(app.state.request?.form.value("tutor.name") == "Zoé 张伟")
        #expect(app.state.request?.form.value("start") == "31/04/2027")  // even a date that cannot be saved yet
        #expect(app.screen.contains("Médiathèque Œuvre & Garçon"))
    }

    @Test func escSavesTheDraftRecordWhenItCanBeRead() throws {
        let app = try student()
        app.press("3")
        fill(app, ["organization.name": "Archives de Lyon", "start": "12/04/2027", "end": "05/07/2027"])
        app.press(.escape)
        #expect(app.screen.hasPrefix(" stages — Ma situation"))
        let draft = try #require(try app.saved().placements.values.first { $0.studentLogin == "fbertrand" })
        #expect(draft.status == .draft)
        #expect(try app.saved().organizations[draft.organizationID]?.name == "Archives de Lyon")
    }

    @Test func aRequestAtAKnownOrganisationLinksToItWithoutRewritingIt() throws {
        let app = try student()
        app.press("3")
        fill(app, ["organization.name": "Archives départementales du Rhône", "start": "12/04/2027", "end": "05/07/2027"])
        app.press(.save)
        #expect(app.screen.contains("Demande enregistrée"))
        let saved = try app.saved()
        let request = try #require(saved.placements.values.first { $0.studentLogin == "fbertrand" })
        #expect(request.organizationID == "org-ad69")
        #expect(saved.organizations["org-ad69"] == DemoData.make(academicYear: 2026).organizations["org-ad69"])
    }

    @Test func aReturnedRequestShowsTheCommentAndCanBeResubmitted() throws {
        let app = try student("crobert")
        app.press(.resize)
        #expect(app.screen.contains("Merci de préciser les missions"))
        app.press("3")
        #expect(app.screen.contains("Renvoyée par coordinatrice"))
        let email = Self.order.firstIndex(of: "tutor.email")!
        for _ in 0..<email { app.press(.tab) }
        app.press(.key(.control("u")), "karim@datacoeur.example.fr")
        for _ in email..<Self.order.firstIndex(of: "stipend")! { app.press(.tab) }
        app.press(.key(.control("u")), "4,50", .submit)
        #expect(app.screen.contains("Demande soumise"))
        #expect(try app.saved().placements["plc-004"]?.status == .submitted)
    }

    @Test func aStudentCannotTouchOffersNorOthersRequests() throws {
        let app = try student()
        let before = try app.saved()
        app.press("2", "e", "x", "p", "n", .enter, "e", "x")
        #expect(app.state.layers.allSatisfy { if case .editor = $0 { false } else { true } })
        #expect(!app.screen.contains("Marquer pourvue"))
        #expect(try app.saved().offers == before.offers)
        // Through the model: another student's placement cannot be changed.
        var data = app.state.data
        var other = try #require(data.placements["plc-001"])
        other.subject = "piraté"
        #expect(throws: ModelError.self) { try data.save(other, by: .student("fbertrand"), at: Harness.now) }
    }

    @Test func anAlternanceStudentDeclaresAndGetsNoPlacementForm() throws {
        let app = try student("cperrin")
        app.press("3")
        #expect(app.screen.contains("Vous êtes en alternance : pas de demande de stage"))
        app.press("4")
        #expect(app.screen.contains("Contrat d'alternance"))
        let fresh = try student("ggauthier")
        fresh.press("4", .right)  // professionalisation
        for _ in 0..<8 { fresh.press(.tab) }
        fresh.press("01/09/2026", .tab, "31/08/2027", .tab, .tab, .right, .save)
        #expect(fresh.screen.contains("Alternance déclarée."))
        let saved = try fresh.saved()
        let contract = try #require(saved.alternances.values.first { $0.studentLogin == "ggauthier" })
        #expect(contract.kind == .professionalisation && contract.status == .signed)
        #expect(saved.students["ggauthier"]?.track == .alternance)
        fresh.press(.escape, "3")
        #expect(fresh.screen.contains("pas de demande de stage"))
    }
}

/// The student's screens against their goldens at 80×24.
@Suite struct StudentGoldenTests {
    @Test(arguments: [
        ("student-situation", "fbertrand", [Input]()),
        ("student-offers", "fbertrand", ["2"]),
        ("student-request-empty", "fbertrand", ["3"]),
        ("student-request-errors", "fbertrand", ["3", "Archives", .tab, "123", .tab, .tab, "9300", .submit]),
        ("student-request-submitted", "mpetit", ["3"]),
        ("student-request-returned", "crobert", ["3"]),
        ("student-situation-returned", "crobert", []),
        ("student-alternance", "ggauthier", ["4"]),
        ("student-alternance-declared", "rchevalier", ["4"]),
    ])
    func screen(_ name: String, _ login: String, _ keys: [Input]) throws {
        let app = try Harness(actor: .student(login))
        app.press(keys.isEmpty ? [.resize] : keys)
        expectGolden("\(name)-80x24", app.screen)
    }
}

@Suite struct StudentAndCoordinatorTests {
    @Test func aReturnOnTheCoordinatorsSideReachesTheStudentsScreen() throws {
        let student = try Harness(actor: .student("mpetit"))
        student.press("3")
        #expect(student.screen.contains("lecture seule"))
        let coordinator = try Store.open(student.store.url)
        var data = coordinator.base
        try data.transitionPlacement("plc-003", to: .returned, by: .coordinator("coordinatrice"), at: Harness.now,
                                     comment: "Ajoutez l'enseignant référent.")
        _ = try coordinator.save(data)
        student.press(.key(.control("r")))  // a refresh, as the idle timer does
        student.terminal.send(.tick)
        student.press()
        #expect(student.screen.contains("Ajoutez l'enseignant référent."))
        #expect(student.state.request?.form.fields.contains { !$0.readOnly } == true)
    }
}
