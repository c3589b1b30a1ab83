import Foundation
import Testing
import StagesCore
import StagesStore
import TerminalKit
@testable import Screens

/// A coordinator's work, key by key, checked on the screen and in the store.
@Suite struct ScenarioTests {
    /// The presence counts the interruptions: the detail says which they are.
    @Test func aPlacementsInterruptionsShowInItsDetail() throws {
        var data = DemoData.make(academicYear: 2026)
        var placement = try #require(data.placements["plc-003"])
        placement.interruptions = [DateRange(start: CivilDate(year: 2027, month: 5, day: 3)!, end: CivilDate(year: 2027, month: 5, day: 7)!)]
        try data.save(placement, by: .coordinator("coordinatrice"), at: Harness.now)
        let app = try Harness(width: 100, height: 40, data: data)
        app.press("2", "/", "Manon", .enter, .enter)
        let line = app.screen.split(separator: "\n").first { $0.contains("Interruptions") } ?? ""
        #expect(line.contains("03/05/2027 → 07/05/2027"), "\(app.screen)")
    }

    /// A copy made from an offer's detail is what the detail shows once saved.
    @Test func aDuplicatedOfferIsShownOnceSaved() throws {
        let app = try Harness(width: 120, height: 40)
        app.press(.enter)
        let original = try #require(app.state.layers.last?.record?.id)
        app.press("c", .key(.end), " (copie)", .save)
        let shown = try #require(app.state.layers.last?.record?.id)
        #expect(shown != original)
        #expect(app.state.data.offers[shown]?.title.hasSuffix(" (copie)") == true)
        #expect(app.screen.contains("(copie)"), "\(app.screen)")
        #expect(try app.saved().offers.count == 45)
    }

    /// Column headers never run into each other, in either language ("ExpiredWithdrawn").
    @Test func theDashboardsOfferColumnsStayApartInEnglish() throws {
        let app = try Harness(width: 100, height: 40, language: .en)
        app.press("5")
        #expect(app.screen.contains("   Open    Filled   Expired Withdrawn"), "\(app.screen)")
        #expect(!app.screen.contains(") : "))
    }

    @Test func searchIgnoresAccentsAndCase() throws {
        let app = try Harness()
        app.press("/", "donnees")
        #expect(app.screen.contains("/ donnees"))
        let count = app.state.visibleOffers().count
        #expect(count > 0 && count < 44)
        #expect(app.state.visibleOffers().allSatisfy {
            SearchIndex.fold("\($0.title) \(app.state.organizationName($0.organizationID)) \($0.description)").contains("donnees")
        })
        #expect(app.screen.contains("\(count) sur 44"))
        app.press(.escape, "/", "ARCHIV")
        #expect(app.state.visibleOffers().contains { $0.title.contains("Archivage électronique") })
        app.press(.escape)
        #expect(app.screen.contains("43 sur 44"))
    }

    /// At 80 columns with a search, the filters that hide rows are said before those that hide none.
    @Test func aFilterThatHidesRowsIsNeverLeftUnsaid() throws {
        let app = try Harness()
        app.press("/", "photo", .enter, "v", " ", .key(.down), " ", .key(.enter), "d", " ", .key(.enter))
        let line = app.screen.split(separator: "\n")[2]
        #expect(line.contains("domaine : Documentation") && line.contains("ville : Annecy"))
        #expect(!line.contains("statut"))  // the opening view's, which hides no more than the list's own
    }

    /// At 80 columns the apply-by column is not shown, and `t` passes it; at 120 it sorts by it.
    @Test func tPassesAColumnNotShown() throws {
        for (width, columns) in [(80, OfferSort.columns.count - 1), (120, OfferSort.columns.count)] {
            let app = try Harness(width: width, height: 30)
            var seen: [OfferQuery.Order] = []
            for _ in 0..<(2 * columns) {
                app.press("t")
                seen.append(app.state.offers.sort.order)
            }
            #expect(seen.contains(.applyBy) == (width == 120))
            app.press("t")
            #expect(app.state.offers.sort.order == .received)  // every column either way, then back
        }
    }

    @Test func filtersPickValuesAndShowWithdrawnOnRequest() throws {
        let app = try Harness()
        app.press("d", " ", .key(.enter))  // the first domain ticked
        #expect(app.screen.contains("domaine : Documentation"))
        #expect(app.state.visibleOffers().allSatisfy { $0.domain == .documentation })
        app.press("d", "j", " ", .key(.enter))  // and the second
        #expect(app.screen.contains("domaine : Documentation, Archives"))
        #expect(Set(app.state.visibleOffers().map(\.domain)) == [.documentation, .archives])
        app.press("z")
        #expect(app.screen.contains("domaine : tous") && app.screen.contains("Filtres remis à zéro."))
        app.press("s", "a", "a", "j", "j", "j", " ", .key(.enter))  // none, then withdrawn
        #expect(app.screen.contains("statut : Retirée"))
        #expect(app.state.visibleOffers().map(\.id) == ["off-034"])
        app.press("t")
        #expect(app.screen.contains("Tri : Titre ↑ croissant — 1 offre(s)"))
        app.press("z")
        #expect(app.screen.contains("statut : non retirées"))
    }

    @Test func editAnOfferAndFindItSaved() throws {
        let app = try Harness()
        let first = try #require(app.state.selectedOffer)
        app.press("e")
        #expect(app.screen.contains("Modifier l'offre"))
        app.press(.key(.end), " — révisé", .save)
        #expect(app.screen.contains("Offre enregistrée."))
        #expect(try app.saved().offers[first.id]?.title == first.title + " — révisé")
        #expect(try app.saved().offers[first.id]?.updated.by == "coordinatrice")
    }

    @Test func aNewOfferIsCheckedBeforeSaving() throws {
        let app = try Harness()
        app.press("n", .save)
        #expect(app.screen.contains("Champ obligatoire."))
        #expect(app.screen.contains("champ(s) à corriger"))
        app.press("Inventaire des fonds photographiques", .tab, .right)
        for _ in 0..<5 { app.press(.tab) }
        app.press("Inventaire et description.")
        for _ in 0..<9 { app.press(.tab) }
        app.press("Anaïs Roché", .tab, "pas-une-adresse", .save)
        #expect(app.screen.contains("Adresse électronique mal formée"))
        app.press(.key(.control("u")), "a.roche@example.fr", .save)
        #expect(app.screen.contains("Offre enregistrée."))
        let saved = try app.saved().offers.values.first { $0.title == "Inventaire des fonds photographiques" }
        #expect(saved?.contact.email == "a.roche@example.fr")
        #expect(saved?.description == "Inventaire et description.")
    }

    @Test func escOnAHalfFilledFormAsksFirst() throws {
        let app = try Harness()
        app.press("n", "Brouillon d'offre", .escape)
        #expect(app.screen.contains("Des modifications ne sont pas enregistrées."))
        app.press(.escape)  // back to the form, nothing lost
        #expect(app.screen.contains("Brouillon d'offre"))
        app.press(.escape, .right, .enter)  // "Abandonner"
        #expect(app.screen.contains("43 sur 44"))
        #expect(try app.saved().offers.count == 44)
    }

    @Test func aFormInterruptedByControlCComesBackWhenReopened() throws {
        let app = try Harness()
        app.press("n", "Numérisation des plans cadastraux", .tab)
        app.terminal.send(.interrupt)
        app.press()
        #expect(app.runtime.exitStatus == 130)
        #expect(FormDrafts(store: app.store).load("coordinatrice.offer-new")?["title"] == "Numérisation des plans cadastraux")
        try app.reopen()
        app.press("n")
        #expect(app.screen.contains("Numérisation des plans cadastraux"))
        #expect(app.screen.contains("Saisie interrompue reprise"))
        app.press(.escape, .right, .enter)  // drop it
        #expect(FormDrafts(store: app.store).load("coordinatrice.offer-new") == nil)
        app.press("n")
        #expect(!app.screen.contains("Numérisation des plans cadastraux"))
    }

    @Test func markAnOfferFilledByAStudent() throws {
        let app = try Harness()
        let offer = try #require(app.state.selectedOffer)
        app.press("p", .right, .save)
        #expect(app.screen.contains("Offre pourvue."))
        let saved = try #require(try app.saved().offers[offer.id])
        #expect(saved.status == .filled)
        #expect(saved.filledBy == PlacementEditor.students(app.state).first?.login)
    }

    @Test func validateThenReturnWithAComment() throws {
        let app = try Harness()
        app.press("2", "/", "Manon", .enter)
        #expect(app.state.selectedPlacement?.studentLogin == "mpetit")
        app.press(.enter, "r", .save)
        #expect(app.screen.contains("commentaire est obligatoire"))
        app.press("Merci d'ajouter le téléphone du tuteur.", .save)
        #expect(app.screen.contains("Demande renvoyée"))
        let returned = try #require(try app.saved().placements["plc-003"])
        #expect(returned.status == .returned)
        #expect(returned.history.last?.comment == "Merci d'ajouter le téléphone du tuteur.")
        #expect(app.screen.contains("Commentaire"))

        app.press(.escape, .escape, "/", "Sacha", .enter, "v")
        #expect(app.screen.contains("Valider la demande ?") && app.state.data.placements["plc-011"]?.status == .submitted)
        app.press(.enter)
        #expect(app.screen.contains("Demande validée."))
        #expect(try app.saved().placements["plc-011"]?.status == .validated)
    }

    /// A returned request waits for the student: `v` is neither offered nor taken
    /// (validating one with errors is refused by the model, see WorkflowTests).
    @Test func aReturnedRequestOffersNoValidation() throws {
        let app = try Harness()
        app.press("2", "/", "Chloé", .enter, .enter)
        #expect(app.state.data.placements["plc-004"]?.status == .returned)
        #expect(!app.screen.contains("v valider"))
        app.press("v")
        #expect(!app.screen.contains("Demande validée"))
        #expect(try app.saved().placements["plc-004"]?.status == .returned)
        // A submitted one offers it.
        app.press(.escape, "/", "Sacha", .enter, .enter)
        #expect(app.screen.contains("v valider"))
    }

    @Test func breakAContractPutsTheStudentBackOnStage() throws {
        let app = try Harness()
        app.press("3", "/", "Ilyès", .enter, "B")
        #expect(app.screen.contains("Rupture"))
        app.press(.save)
        #expect(app.screen.contains("Champ obligatoire."))
        app.press(.tab, "Fin de la période d'essai", .save)
        #expect(app.screen.contains("Ilyès Fontaine repasse en parcours stage"))
        let saved = try app.saved()
        #expect(saved.alternances["alt-001"]?.status == .broken)
        #expect(saved.alternances["alt-001"]?.rupture?.reason == "Fin de la période d'essai")
        #expect(saved.students["ifontaine"]?.track == .stage)
        app.press("4", "f")
        #expect(app.screen.contains("Fontaine"))
    }

    @Test func createAPlacementForAStudentWithTheSharedForm() throws {
        let app = try Harness()
        app.press("2", "n")
        #expect(app.screen.contains("Nouvelle demande de stage"))
        #expect(app.screen.contains("Durée : dates à compléter") || app.screen.contains("Durée :"))
        app.press("f", .tab)  // "f" chooses François Bertrand
        #expect(app.screen.contains("aucune : F3 pour chercher ou créer"))
        // The organisation is not in the store: F3 searches, F4 creates it in its own form, which links it.
        app.press(.key(.function(3)), "pierrefitte")
        #expect(app.screen.contains("Aucune structure ne correspond."))
        app.press(.key(.function(4)), "Archives nationales", .tab, "11000101300017", .tab, .tab, .tab, .tab,
                  "59 rue Guynemer", .tab, "93380", .tab, "Pierrefitte-sur-Seine", .save)
        #expect(app.screen.contains("Structure choisie."))
        #expect(app.screen.contains("Archives nationales · 11000101300017 · Pierref"))
        app.press(.save)
        #expect(app.screen.contains("Date obligatoire"))  // the form went to the first field that blocks saving
        app.press("12/04/2027", .tab, "02/07/2027", .save)
        #expect(app.screen.contains("Demande enregistrée."))
        let draft = try #require(try app.saved().placements.values.first { $0.studentLogin == "fbertrand" })
        #expect(draft.status == .draft)
        #expect(try app.saved().organizations[draft.organizationID]?.name == "Archives nationales")
    }

    @Test func changesFromAnotherProcessAppearOnRefresh() throws {
        let app = try Harness()
        let other = try Store.open(app.store.url)
        var data = other.base
        try data.save(Student(login: "nouvelle", lastName: "Àlvarez", firstName: "Ana", email: "ana@example.fr",
                              year: "2026-2027"), by: .coordinator("autre"))
        _ = try other.save(data)
        app.press("4", "R")
        #expect(app.screen.contains("Àlvarez"))
        #expect(app.screen.contains("31 sur 31"))
    }

    @Test func everyTabFromTheKeyboard() throws {
        let app = try Harness()
        for (key, title) in [("2", "Stages"), ("3", "Alternance"), ("4", "Étudiants"), ("5", "Tableau de bord"), ("1", "Offres")] {
            app.press(.text(key))
            #expect(app.screen.hasPrefix(" stages — \(title)"))
        }
        app.press(.tab)
        #expect(app.screen.hasPrefix(" stages — Stages"))
        app.press(.backTab, .backTab)
        #expect(app.screen.hasPrefix(" stages — Structures"))
        app.press(.backTab)
        #expect(app.screen.hasPrefix(" stages — Tableau de bord"))
        app.press(.key(.function(3)))
        #expect(app.screen.hasPrefix(" stages — Alternance"))
        app.press("?")
        #expect(app.screen.contains("Aide — Alternance"))
        app.press(.escape)
        #expect(!app.screen.contains("Aide —"))
    }

    @Test func quitAndInterrupt() throws {
        let app = try Harness()
        app.press("q")
        #expect(app.runtime.exitStatus == 0)
        let again = try Harness()
        again.terminal.send(.interrupt)
        again.press()
        #expect(again.runtime.exitStatus == 130)
    }

    @Test func aTinyWindowSaysSo() throws {
        let app = try Harness()
        app.terminal.resize(width: 60, height: 15)
        app.press()
        #expect(app.screen.contains("Fenêtre trop petite : 60×15"))
        app.terminal.resize(width: 80, height: 24)
        app.press()
        #expect(app.screen.contains("43 sur 44"))
    }
}

@Suite struct IndexTests {
    @Test func theIndexAfterAChangeIsTheIndexOfTheNewRecords() throws {
        let app = try Harness()
        app.press("e", .key(.end), " — Données", .save, "2", .enter, "v", .escape, "3", "B", .tab, "Motif", .save)
        let state = app.state
        let fresh = SearchIndex(state.data, today: Harness.today)
        #expect(state.index.offerText == fresh.offerText)
        #expect(state.index.placementText == fresh.placementText)
        #expect(state.index.alternanceText == fresh.alternanceText)
        #expect(state.index.situations == fresh.situations)
        #expect(state.index.orders.offers(OfferSort()) == fresh.orders.offers(OfferSort()))
        #expect(state.index.orders.placements == fresh.orders.placements)
        app.press("1", "/", "donnees")
        #expect(app.state.visibleOffers().contains { $0.title.hasSuffix(" — Données") })
    }
}

/// Switching track says what happens to the other record before it happens, and does it in one step.
@Suite struct TrackChangeTests {
    @Test func theQuestionNamesTheRequestThatWillBeCancelled() throws {
        let app = try Harness(width: 100, height: 30)
        app.press("4", "/", "Manon", .enter, "p")
        #expect(app.screen.contains("Manon Petit passe en parcours « Alternance »."))
        guard case .dialog(let question)? = app.state.layers.last else { throw Failure("no question") }
        #expect(question.dialog.message.hasSuffix("\nSa demande de stage (« Soumise ») sera annulée du même coup."))
        app.press(.left, .enter)
        let saved = try app.saved()
        #expect(saved.students["mpetit"]?.track == .alternance)
        #expect(saved.placements["plc-003"]?.status == .cancelled)
    }

    @Test func anAgreedPlacementRefusesTheChangeBeforeAnyQuestion() throws {
        let app = try Harness(width: 100, height: 30)
        let validated = try #require(app.state.data.placements.values.first { $0.status == .validated })
        let name = try #require(app.state.data.students[validated.studentLogin]?.lastName)
        app.press("4", "/", .text(name), .enter, "p")
        #expect(app.state.layers.isEmpty)
        #expect(app.state.status?.tone == .error)
        #expect(try app.saved().students[validated.studentLogin]?.track == .stage)
    }
}

/// Search folds the ligatures as it folds accents: "oeuvre" finds "Œuvres", "coeur" finds "Datacœur".
@Suite struct LigatureSearchTests {
    @Test func typedWithoutTheLigatureTheOfferIsFound() throws {
        let app = try Harness()
        app.press("/", "oeuvres et fonds", .enter)
        #expect(app.screen.contains("Œuvres et fonds"))
        #expect(app.screen.contains("1 sur 44"))
        app.press(.escape, "/", "datacoeur", .enter)
        #expect(app.state.visibleOfferIDs().allSatisfy { app.state.data.offers[$0]?.organizationID == "org-datacoeur" })
        #expect(!app.state.visibleOfferIDs().isEmpty)
    }
}

/// A search typed key by key looks only through what the last key left, and gives what a search typed at once gives.
@Suite struct NarrowingSearchTests {
    func fresh(_ query: String, status presses: Int = 0) throws -> [String] {
        let app = try Harness()
        app.press("/", .text(query), .enter)
        for _ in 0..<presses { app.press("s") }
        return app.state.visibleOfferIDs()
    }

    @Test func typedFurtherNarrowsThenBackspaceWidensAgain() throws {
        let app = try Harness()
        app.press("/", "a")
        let a = app.state.visibleOfferIDs()
        app.press("rch")
        #expect(app.state.visibleOfferIDs() == (try fresh("arch")))
        #expect(Set(app.state.visibleOfferIDs()).isSubset(of: Set(a)))
        app.press(" lyon")
        #expect(app.state.visibleOfferIDs() == (try fresh("arch lyon")))
        app.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(app.state.visibleOfferIDs() == (try fresh("arch")))
        app.press(.enter, "s")  // another status filter: looked for again in the whole list
        #expect(app.state.visibleOfferIDs() == (try fresh("arch", status: 1)))
    }
}

/// After a save the search runs over the offer as it now is: its row follows the edit.
@Suite struct SearchAfterEditTests {
    @Test func anEditedTitleIsFoundAndItsOldOneNoLonger() throws {
        let app = try Harness()
        app.press("/", "archiv", .enter)  // the rows are made for this order
        let id = try #require(app.state.selectedOffer?.id)
        let old = try #require(app.state.data.offers[id]?.title)
        app.press(.escape, .escape, .enter, "e", .key(.control("u")), "Zythologie appliquée", .save)
        #expect(app.state.data.offers[id]?.title == "Zythologie appliquée")
        app.press(.escape, "/", "zytho", .enter)
        #expect(app.state.visibleOfferIDs() == [id])
        app.press(.escape, .escape, "/", .text(old), .enter)
        #expect(!app.state.visibleOfferIDs().contains(id))
    }

    /// A field that sorts nothing (the city): the rows are kept, only the edited one made again.
    @Test func anEditedCityIsFound() throws {
        let app = try Harness()
        app.press("/", "archiv", .enter)
        let id = try #require(app.state.selectedOffer?.id)
        app.press("e", .tab, .tab, .tab, .key(.control("u")), "Zythopolis", .save)
        #expect(app.state.data.offers[id]?.city == "Zythopolis")
        app.press(.escape, .escape, "/", "zythopolis", .enter)
        #expect(app.state.visibleOfferIDs() == [id])
    }
}

/// Orders kept through a save are the orders a fresh start would sort: for every sort, after an edit of a sort key.
@Suite struct OrdersAfterEditTests {
    func ordersMatchAFreshStart(_ app: Harness) {
        var fresh = AppState(data: app.state.data, actor: app.state.actor, language: .fr, today: Harness.today,
                             storeName: "démo", size: app.state.size, clock: { Harness.now })
        var kept = app.state
        for _ in 0...(2 * OfferSort.columns.count) {
            #expect(kept.visibleOfferIDs() == fresh.visibleOfferIDs(), "sort \(kept.offers.sort)")
            _ = Update.update(&kept, .key(.character("t")))
            _ = Update.update(&fresh, .key(.character("t")))
        }
    }

    @Test func afterATitleAndAReceivedDateAreEdited() throws {
        let app = try Harness(width: 120, height: 40)  // wide: every column shown, every one sorted by
        for _ in 0..<(2 * OfferSort.columns.count) { app.press("t") }  // every order sorted once, kept in the index
        app.press("t")  // back to the list's own order
        app.press("e", "Aaa ", .save)  // the title: the list by organisation moves
        ordersMatchAFreshStart(app)
        let id = try #require(app.state.selectedOffer?.id)
        app.press("e")
        guard case .editor(let editor)? = app.state.layers.last else { throw Failure("no form") }
        let received = try #require(editor.form.fields.firstIndex { $0.id == "receivedOn" })
        for _ in 0..<received { app.press(.tab) }
        app.press(.key(.control("u")), "01/01/2020", .save)  // the received date: the list by date moves
        #expect(app.state.data.offers[id]?.receivedOn == CivilDate(year: 2020, month: 1, day: 1))
        ordersMatchAFreshStart(app)
    }
}

/// Others' records taken in by name (a database's log says which): only those are indexed
/// again, and the index is the index of the new records.
@Suite struct TakenInByNameTests {
    @Test func theIndexAfterOthersChangesIsTheIndexOfTheNewRecords() throws {
        var state = UpdateTests.state()
        var theirs = state.data
        let offerID = try #require(state.index.orders.offers(OfferSort()).first)
        var offer = try #require(theirs.offers[offerID])
        offer.title = "Inventaire des fonds photographiques"
        theirs.setStored(offer, id: offerID)
        var added = offer
        added.id = "off-nouvelle"
        added.title = "Une offre venue d'ailleurs"
        theirs.setStored(added, id: added.id)
        var placement = try #require(theirs.placements["plc-001"])
        placement.subject = "Sujet changé ailleurs"
        theirs.setStored(placement, id: placement.id)
        _ = Update.update(&state, .reloaded(theirs, changed: ["offers/\(offerID)", "offers/off-nouvelle", "placements/plc-001"]))
        let fresh = SearchIndex(theirs, today: state.today)
        #expect(state.data == theirs)
        #expect(state.index.offerText == fresh.offerText)
        #expect(state.index.placementText == fresh.placementText)
        #expect(state.index.orders.offers(OfferSort()) == fresh.orders.offers(OfferSort()))
        #expect(state.index.situations == fresh.situations)
        #expect(state.status?.text == "Données relues.")
    }
}

/// A change is made in place on the state's records (`Update.change`): one that fails half-way
/// leaves the records, the lists and the search as they were.
@Suite struct ChangeInPlaceTests {
    @Test func aChangeThatFailsHalfWayLeavesEverythingAsItWas() throws {
        var state = UpdateTests.state()
        let records = state.data
        let offerIDs = state.index.orders.offers(OfferSort())
        let first = try #require(state.data.offers[offerIDs[0]])
        let effects = Update.change(&state, message: "") { data throws(ModelError) in
            var renamed = first
            renamed.title = "Titre qui ne restera pas"
            try data.save(renamed, by: .coordinator("coordinatrice"), at: Date())
            throw .notFound(collection: Offer.collection, id: "absent")
        }
        #expect(effects.isEmpty)
        #expect(state.data == records)
        #expect(state.index.orders.offers(OfferSort()) == offerIDs)
        #expect(state.index.offerText == SearchIndex(records, today: state.today).offerText)
        #expect(state.status?.tone == .error)
    }
}

/// A store whose server cannot be reached: the title bar says so until a save or a look succeeds.
@Suite struct OfflineTests {
    @Test func theTitleBarSaysOfflineUntilTheServerAnswers() throws {
        let h = try Harness(width: 100, height: 30)
        var state = h.state
        _ = Application.update(&state, .reloadFailed(.database(name: "postgresql://stages@db/stages",
                                                               problem: .unreachable("db:5432: connection refused"))))
        var canvas = Canvas(Size(width: 100, height: 30))
        Application.render(state, into: &canvas)
        #expect(canvas.lines[0].contains("HORS LIGNE · démo"))
        _ = Application.update(&state, .reloaded(state.data, changed: []))
        canvas = Canvas(Size(width: 100, height: 30))
        Application.render(state, into: &canvas)
        #expect(!canvas.lines[0].contains("HORS LIGNE"))
    }
}
