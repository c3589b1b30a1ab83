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
        #expect(app.screen.contains("Soumettre la demande ?"))  // asked first: it cannot be taken back
        app.press(.key(.enter))
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
        // Read-only now, and still readable to its last field.
        for _ in 0..<30 { app.press(.tab) }
        #expect(app.screen.contains("Gratification"), "\(app.screen)")
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

    /// The work-study declaration is kept as typed too: Ctrl-C, a lost connection or
    /// quitting lose nothing, and the student's own request draft is not touched.
    @Test func theDeclarationTypedSurvivesQuittingToo() throws {
        let app = try student()
        app.press("4", .tab, .tab, .text("Marie Curie"), .tab, .text("Archiviste"))
        #expect(FormDrafts(store: app.store).load("fbertrand.declaration")?["tutor.name"] == "Marie Curie")
        #expect(FormDrafts(store: app.store).load("fbertrand") == nil)
        app.terminal.send(.interrupt)
        app.press()
        #expect(app.runtime.exitStatus == 130)
        try app.reopen()
        app.press("4")
        #expect(app.state.declaration?.form.value("tutor.name") == "Marie Curie")
        #expect(app.state.declaration?.form.value("tutor.function") == "Archiviste")
        #expect(app.screen.contains("Marie Curie"))
    }

    /// A submitted request is read-only, not hidden: every field can be reached and read.
    @Test func aSubmittedRequestCanBeReadToItsLastField() throws {
        let app = try student("mpetit")
        app.press("3")
        #expect(app.screen.contains("lecture seule"))
        for _ in 0..<30 { app.press(.tab) }
        #expect(app.screen.contains("Gratification"), "\(app.screen)")
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

    /// A namesake with another SIRET and city is another establishment: kept as typed, the student's own.
    @Test func aTypedOrganisationIsMatchedBySIRETOnly() throws {
        let app = try student()
        app.press("3")
        fill(app, ["organization.name": "Musée des Confluences", "organization.siret": "73282932000074",
                   "organization.city": "Paris", "start": "12/04/2027", "end": "05/07/2027"])
        app.press(.save)
        #expect(app.screen.contains("Demande enregistrée"))
        let saved = try app.saved()
        let request = try #require(saved.placements.values.first { $0.studentLogin == "fbertrand" })
        #expect(request.organizationID != "org-confluences")
        #expect(saved.organizations[request.organizationID]?.createdBy == "fbertrand")
        #expect(saved.organizations[request.organizationID]?.city == "Paris")
        #expect(saved.organizations["org-confluences"] == DemoData.make(academicYear: 2026).organizations["org-confluences"])
    }

    /// Typed first, then found by its SIRET: the request links the known one, and the typed one goes.
    @Test func aTypedOrganisationLeftForAKnownOneIsRemoved() throws {
        let app = try student()
        app.press("3")
        fill(app, ["organization.name": "Musée de Lyon", "organization.siret": "73282932000074",
                   "organization.city": "Lyon", "start": "12/04/2027", "end": "05/07/2027"])
        app.press(.save)
        let typed = try #require(try app.saved().placements.values.first { $0.studentLogin == "fbertrand" }?.organizationID)
        #expect(try app.saved().organizations[typed]?.createdBy == "fbertrand")
        let siret = DemoData.make(academicYear: 2026).organizations["org-confluences"]!.siret
        try app.reopen()
        app.press("3", .tab, .key(.control("u")), .text(siret), .save)
        let saved = try app.saved()
        #expect(saved.placements.values.first { $0.studentLogin == "fbertrand" }?.organizationID == "org-confluences")
        #expect(saved.organizations[typed] == nil)
        #expect(saved.organizations.count == DemoData.make(academicYear: 2026).organizations.count)
    }

    @Test func aRequestAtAKnownOrganisationLinksToItWithoutRewritingIt() throws {
        let app = try student()
        app.press("3")
        let siret = DemoData.make(academicYear: 2026).organizations["org-ad69"]!.siret
        fill(app, ["organization.name": "Archives du Rhône", "organization.siret": siret, "start": "12/04/2027",
                   "end": "05/07/2027"])
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
        #expect(app.screen.contains("Renvoyée par Hélène Carpentier (hcarpentier) le 17/11/2026"))
        let email = Self.order.firstIndex(of: "tutor.email")!
        for _ in 0..<email { app.press(.tab) }
        app.press(.key(.control("u")), "karim@datacoeur.example.fr")
        for _ in email..<Self.order.firstIndex(of: "stipend")! { app.press(.tab) }
        app.press(.key(.control("u")), "4,50", .submit)
        // Sent back once: a reply may go with it (none here).
        #expect(app.screen.contains("Soumettre à nouveau"))
        app.press(.key(.function(2)))
        #expect(app.screen.contains("Demande soumise"))
        #expect(try app.saved().placements["plc-004"]?.status == .submitted)
        #expect(try app.saved().placements["plc-004"]?.history.last?.comment == nil)
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
        fresh.press(.tab, .right)  // an employer: none until chosen
        for _ in 0..<7 { fresh.press(.tab) }
        fresh.press("01/09/2026", .tab, "31/08/2027", .tab, .tab, .right, .save)
        #expect(fresh.screen.contains("Alternance déclarée."))
        let saved = try fresh.saved()
        let contract = try #require(saved.alternances.values.first { $0.studentLogin == "ggauthier" })
        #expect(contract.kind == .professionalisation && contract.status == .signed)
        #expect(saved.students["ggauthier"]?.track == .alternance)
        fresh.press(.escape, "3")
        #expect(fresh.screen.contains("pas de demande de stage"))
    }

    @Test func aSearchingContractIsDeclaredSignedFromTheSameForm() throws {
        let app = try student("cperrin")
        app.press("4")
        for _ in 0..<11 { app.press(.tab) }
        app.press(.right, .save)
        #expect(app.screen.contains("Alternance déclarée."))
        let contract = try #require(try app.saved().alternances["alt-005"])
        #expect(contract.status == .signed)
        #expect(contract.history.map(\.to) == ["searching", "signed"])
    }
}

/// What a student may read of the records that are not theirs, against what the coordinator reads.
@Suite struct StudentSightTests {
    static let withdrawn = "off-034", expired = "off-013", filledByLea = "off-006"

    @Test func aStudentsOfferListHoldsNoWithdrawnNorExpiredOffer() throws {
        let app = try Harness(actor: .student("fbertrand"))
        let data = app.state.data
        #expect(data.offers[Self.withdrawn]?.status == .withdrawn)
        #expect(data.offers[Self.expired]?.effectiveStatus(today: Harness.today) == .expired)
        app.press("2")
        #expect(app.screen.contains("statut : toutes"))
        #expect(app.screen.contains("42 sur 42"))  // 44 offers, one withdrawn, one expired
        app.press("s")  // the statuses a student may see, and no other
        guard case .picker(let picker)? = app.state.layers.last else { throw Failure("no status picker") }
        #expect(picker.list.items.map(\.label) == ["Ouverte", "Pourvue"])
        // Open only, filled only, then both (all ticked: no filter).
        for (ticks, statuses) in [([" "], [OfferStatus.open]), (["s", " ", "j", " "], [.filled]), (["s", " "], [.open, .filled])] {
            for key in ticks { app.press(.text(key)) }
            app.press(.key(.enter))
            let shown = app.state.visibleOfferIDs()
            #expect(!shown.isEmpty)
            #expect(Set(shown.map { data.offers[$0]!.effectiveStatus(today: Harness.today) }) == Set(statuses))
        }
        #expect(app.state.offers.statuses.isEmpty)
        app.press("/", "gouvernance des donnees", .enter)  // the withdrawn offer's title
        #expect(app.screen.contains("Aucune offre ne correspond."))
        #expect(app.screen.contains("0 sur 42"))

        let coordinator = try Harness()
        coordinator.press("/", "gouvernance des donnees", .enter, "s", "a", "a", "j", "j", "j", " ", .key(.enter))  // withdrawn only
        #expect(coordinator.state.visibleOfferIDs() == [Self.withdrawn])
    }

    @Test func aFilledOffersDetailDoesNotNameWhoFilledIt() throws {
        let keys: [Input] = ["/", "tableau de gestion des archives", .enter, .enter]
        let coordinator = try Harness()
        coordinator.press(keys)
        #expect(coordinator.screen.contains("Pourvue par Léa Moreau"))
        #expect(coordinator.screen.contains("prioritaire"))

        let app = try Harness(actor: .student("fbertrand"))
        app.press(["2"] + keys)
        #expect(app.screen.contains("Tableau de gestion des archives d'un service"))
        #expect(app.screen.contains("Pourvue"))
        for leak in ["Léa", "Moreau", "lmoreau", "Pourvue par", "Étiquettes", "prioritaire"] {
            #expect(!app.screen.contains(leak), "a student reads “\(leak)”")
        }
        #expect(app.state.offerAsShown(Self.filledByLea)?.filledBy == nil)
        #expect(app.state.offerAsShown(Self.withdrawn) == nil)
        expectGolden("student-offer-filled-detail-80x24", app.screen)
    }

    @Test func theRequestFormOffersNoOfferTheListHides() throws {
        let app = try Harness(actor: .student("fbertrand"))
        app.press("3")
        let options = try #require(app.state.request?.form.fields.first { $0.id == "offer" }.flatMap { field -> [String]? in
            if case .choice(let choice) = field.input { choice.options } else { nil }
        })
        #expect(options.count == 1 + 42)
        #expect(!options.contains { $0.hasPrefix("Gouvernance des données") || $0.hasPrefix("Description en EAD") })
    }

    @Test func aStudentDoesNotReadWarningsThatCountOtherStudents() throws {
        let tutorLoad = "Ce tuteur encadre 4 stagiaires"
        let coordinator = try Harness(width: 120, height: 40)
        coordinator.press("2", "/", "Léa", .enter, .enter)
        #expect(coordinator.screen.contains("Léa Moreau — Archives départementales du Rhône"))
        #expect(coordinator.screen.contains(tutorLoad))

        let lea = try Harness(width: 120, height: 40, actor: .student("lmoreau"))
        lea.press(.resize)
        #expect(lea.screen.contains("Ce qui manque"))
        #expect(lea.screen.contains("Taux 2027 pas encore connu"))  // her own findings are still there
        #expect(!lea.screen.contains(tutorLoad))
        lea.press("3")
        #expect(!lea.screen.contains(tutorLoad))
        #expect(lea.screen.contains("0 erreur(s), 1 avertissement(s)"))
    }
}

/// History steps and comments say who (name and login) and when.
@Suite struct SignedHistoryTests {
    static let helene = Actor.coordinator("hcarpentier", name: "Hélène Carpentier")

    @Test func theHistoryLineNamesThePersonWithTheDate() throws {
        let app = try Harness(width: 120, height: 60, actor: Self.helene)
        app.press("2", "/", "Manon", .enter, .enter, "r", "Ajoutez l'enseignant référent.", .save)
        #expect(app.screen.contains("Demande renvoyée"))
        let lines = app.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("28/11/2026 22:06  Hélène Carpentier (hcarpentier)  Soumise → Renvoyée"))
        #expect(lines.contains("17/11/2026 12:06  Manon Petit (mpetit)  Brouillon → Soumise"))
        #expect(lines.contains { $0.hasPrefix("Commentaire") && $0.hasSuffix("« Ajoutez l'enseignant référent. » — Hélène Carpentier (hcarpentier), le 28/11/2026") })
        let step = try #require(try app.saved().placements["plc-003"]?.history.last)
        #expect(step.by == "hcarpentier" && step.name == "Hélène Carpentier")

        let english = try Harness(width: 120, height: 60, language: .en, actor: Self.helene)
        english.press("2", "/", "Manon", .enter, .enter)
        #expect(english.screen.contains("2026-11-17 12:06  Manon Petit (mpetit)  Draft → Submitted"))
    }

    @Test func theStudentReadsWhoReturnedTheRequestAndWhen() throws {
        let app = try Harness(width: 120, height: 24, actor: .student("mpetit"))
        var data = app.state.data
        try data.transitionPlacement("plc-003", to: .returned, by: Self.helene, at: Harness.now, comment: "Ajoutez l'enseignant référent.")
        _ = try Store.open(app.store.url).save(data)
        app.press(.key(.control("r")))
        #expect(app.screen.contains("« Ajoutez l'enseignant référent. » — Hélène Carpentier (hcarpentier), le 28/11/2026"))
        app.press("3")
        #expect(app.screen.contains("Renvoyée par Hélène Carpentier (hcarpentier) le 28/11/2026 : « Ajoutez l'enseignant référent. »"))

        let english = try Harness(width: 120, height: 24, language: .en, actor: .student("mpetit"))
        _ = try Store.open(english.store.url).save(data)
        english.press(.key(.control("r")))
        #expect(english.screen.contains("“Ajoutez l'enseignant référent.” — Hélène Carpentier (hcarpentier), 2026-11-28"))
        english.press("3")
        #expect(english.screen.contains("Sent back by Hélène Carpentier (hcarpentier) on 2026-11-28: “Ajoutez l'enseignant référent.”"))
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
        // F3 on the request's offer (its 15th field), then on its organisation's name.
        ("student-offer-chooser", "fbertrand", ["3"] + Array(repeating: .tab, count: 14) + [.key(.function(3)), "archiv"]),
        ("student-organisation-lookup", "fbertrand", ["3", .key(.function(3)), "lyon"]),
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
