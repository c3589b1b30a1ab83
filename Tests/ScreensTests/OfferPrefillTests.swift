import Foundation
import StagesCore
import StagesStore
import TerminalKit
import Testing
@testable import Screens

/// Choosing an offer in a placement form fills what the offer says; what was typed stays.
@Suite struct OfferPrefillTests {
    /// Moves the focus of the form on screen to `id`, as Tab would.
    func focus(_ id: String, _ app: Harness, form: (AppState) -> Editor?) {
        for _ in 0..<40 where form(app.runtime.state)?.form.focusedField?.id != id { app.press(.tab) }
    }

    @Test func aStudentsRequestTakesTheOffersOrganisationTutorAndSubject() throws {
        let app = try Harness(width: 120, height: 40, actor: .student("fbertrand"))
        app.press("3")
        focus("tutor.name", app) { $0.request }
        app.press("Tutrice déjà connue")
        focus("offer", app) { $0.request }
        app.press(.right)
        let editor = try #require(app.runtime.state.request)
        let offer = try #require(OfferPrefill.chosen(editor).flatMap { app.runtime.state.data.offers[$0] })
        let org = try #require(app.runtime.state.data.organizations[offer.organizationID])
        #expect(editor.form.value("subject") == offer.title)
        #expect(editor.form.value("organization.name") == org.name)
        #expect(editor.form.value("organization.address") == org.address)
        #expect(editor.form.value("organization.city") == org.city)
        #expect(editor.form.value("origin") == "Réponse à une offre")
        #expect(editor.form.value("tutor.email") == offer.contact.email)
        #expect(editor.form.value("tutor.name") == "Tutrice déjà connue")  // typed: kept
        // The dates, hours and stipend it announces, over what a new form holds.
        let start = app.runtime.state.startDay(offer)
        #expect(editor.form.value("start") == FormText.date(start))
        if let weeks = offer.durationWeeks { #expect(editor.form.value("end") == FormText.date(start.adding(days: weeks * 7 - 1))) }
        if let hours = offer.weeklyHours { #expect(editor.form.value("weeklyHours") == FormText.number(hours)) }
        if case .amount(let stipend)? = offer.stipend { #expect(editor.form.value("stipend") == FormText.number(stipend.amount)) }

        // Another offer: what the first one filled follows, what was typed stays.
        app.press(.right)
        let again = try #require(app.runtime.state.request)
        let second = try #require(OfferPrefill.chosen(again).flatMap { app.runtime.state.data.offers[$0] })
        #expect(second.id != offer.id)
        #expect(again.form.value("subject") == second.title)
        #expect(again.form.value("tutor.email") == second.contact.email)
        #expect(again.form.value("tutor.name") == "Tutrice déjà connue")
    }

    @Test func theCoordinatorsFormLinksTheOffersOrganisation() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "n")
        guard case .editor(let opened)? = app.runtime.state.layers.last else { Issue.record("no form"); return }
        #expect(opened.form["organization"]?.choiceIndex == 0)
        func form(_ state: AppState) -> Editor? { if case .editor(let e)? = state.layers.last { e } else { nil } }
        focus("offer", app, form: form)
        app.press(.right)
        let editor = try #require(form(app.runtime.state))
        let offer = try #require(OfferPrefill.chosen(editor).flatMap { app.runtime.state.data.offers[$0] })
        let org = try #require(app.runtime.state.data.organizations[offer.organizationID])
        #expect(editor.form.value("organization") == OrganizationLink.label(org))
        #expect(editor.form.value("subject") == offer.title)
        #expect(editor.form.value("tutor.name") == offer.contact.name)
    }
}

/// F3 in a placement form: on the offer, the offers filtered as one types; elsewhere in a student's request,
/// the department's organisations, to fill in a known one by name or SIRET.
@Suite struct FormSearchTests {
    func focus(_ id: String, _ app: Harness, form: (AppState) -> Editor?) { OfferPrefillTests().focus(id, app, form: form) }

    func chooser(_ app: Harness) -> Chooser? {
        if case .chooser(let chooser)? = app.runtime.state.layers.last { chooser } else { nil }
    }

    @Test func aStudentFindsAnOfferByTypingAndItsFieldsFollow() throws {
        let app = try Harness(width: 120, height: 40, actor: .student("fbertrand"))
        app.press("3")
        focus("offer", app) { $0.request }
        #expect(app.screen.contains("F3 chercher"))
        app.press(.key(.function(3)))
        let opened = try #require(chooser(app))
        let everything = opened.rows(app.runtime.state)
        #expect(everything == app.runtime.state.request?.offerChoices)
        app.press("photo")  // accents and case ignored, over title, organisation, city and description
        let rows = try #require(chooser(app)).rows(app.runtime.state)
        #expect(!rows.isEmpty && rows.count < everything.count)
        let data = app.runtime.state.data
        #expect(rows.allSatisfy { id in
            let offer = data.offers[id]!
            return SearchIndex.fold("\(offer.title) \(data.organizations[offer.organizationID]?.name ?? "") \(offer.city) \(offer.description)")
                .contains("photo")
        })
        #expect(app.screen.contains(data.offers[rows[0]]!.title.prefix(20)))
        app.press(.key(.down), .key(.enter))
        #expect(chooser(app) == nil)
        let editor = try #require(app.runtime.state.request)
        #expect(OfferPrefill.chosen(editor) == rows[1])
        #expect(editor.form.value("subject") == data.offers[rows[1]]!.title)
        #expect(FormDrafts(store: app.store).load(app.runtime.state.actor.draftName)?["offer"] == editor.form.value("offer"))
    }

    @Test func aStudentFillsInAKnownOrganisationBySiret() throws {
        let app = try Harness(width: 120, height: 40, actor: .student("fbertrand"))
        app.press("3")
        focus("organization.name", app) { $0.request }
        #expect(app.screen.contains("F3 chercher"))
        let data = app.runtime.state.data
        let known = try #require(data.organizations.values.filter { !data.isTypedByStudent($0) && !$0.siret.isEmpty }
            .sorted { $0.id < $1.id }.first)
        app.press(.key(.function(3)), .text(String(Organization.siretKey(known.siret).prefix(9))))
        let rows = try #require(chooser(app)).rows(app.runtime.state)
        #expect(rows.first == known.id)
        #expect(rows.allSatisfy { !data.isTypedByStudent(data.organizations[$0]!) })  // no other student's typing
        app.press(.key(.enter))
        let editor = try #require(app.runtime.state.request)
        #expect(editor.form.value("organization.name") == known.name)
        #expect(editor.form.value("organization.siret") == known.siret)
        #expect(editor.form.value("organization.address") == known.address)
        #expect(editor.form.value("organization.postcode") == known.postcode)
        #expect(app.screen.contains("Structure reprise : \(known.name)"))
    }

    @Test func theCoordinatorSearchesTheOfferOnItsFieldAndTheOrganisationElsewhere() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "n")
        func form(_ state: AppState) -> Editor? {
            state.layers.reversed().lazy.compactMap { if case .editor(let e) = $0 { e } else { nil } }.first
        }
        focus("offer", app, form: form)
        app.press(.key(.function(3)))
        #expect(chooser(app)?.purpose == .offer)
        app.press("rgpd", .key(.enter))
        let editor = try #require(form(app.runtime.state))
        let offer = try #require(OfferPrefill.chosen(editor).flatMap { app.runtime.state.data.offers[$0] })
        #expect(offer.title.contains("RGPD"))
        #expect(editor.form.value("organization") == OrganizationLink.label(app.runtime.state.data.organizations[offer.organizationID]!))
        app.press(.tab, .key(.function(3)))
        #expect(chooser(app)?.purpose == .link)
    }

    @Test func aContractsEmployerIsFoundBySiretOrName() throws {
        let student = try Harness(width: 120, height: 40, actor: .student("ggauthier"))
        student.press("4")
        #expect(student.screen.contains("F3 chercher"))
        let data = student.runtime.state.data
        let employer = try #require(data.organizations.values.filter { !data.isTypedByStudent($0) && !$0.siret.isEmpty }
            .sorted { $0.id > $1.id }.first)
        student.press(.key(.function(3)), .text(String(Organization.siretKey(employer.siret).prefix(9))))
        #expect(chooser(student)?.purpose == .employer)
        #expect(chooser(student)?.rows(student.runtime.state).first == employer.id)
        student.press(.key(.enter))
        #expect(student.runtime.state.declaration?.form.value("employer") == OrganizationLink.label(employer))
        #expect(FormDrafts(store: student.store).load(student.runtime.state.actor.declarationDraftName)?["employer"]
                == OrganizationLink.label(employer))

        let coordinator = try Harness(width: 120, height: 40)
        coordinator.press("3", "n", .tab, .tab, .key(.function(3)))  // past the student and the kind of contract
        #expect(chooser(coordinator)?.purpose == .employer)
        coordinator.press(.text(employer.name), .key(.enter))
        guard case .editor(let form)? = coordinator.runtime.state.layers.last else { throw Failure("no form") }
        #expect(form.form.value("employer") == OrganizationLink.label(employer))
        // One the department does not know yet: F4 in the chooser creates it, and it becomes the employer.
        coordinator.press(.key(.function(3)), "pierrefitte", .key(.function(4)), "Archives nationales", .tab, "11000101300017",
                          .tab, .tab, .tab, .tab, "59 rue Guynemer", .tab, "93380", .tab, "Pierrefitte-sur-Seine", .save)
        guard case .editor(let after)? = coordinator.runtime.state.layers.last else { throw Failure("no form") }
        #expect(after.form.value("employer") == "Archives nationales · 11000101300017 · Pierrefitte-sur-Seine")
    }

    @Test func theCoordinatorFindsTheStudentAFormIsFor() throws {
        let app = try Harness(width: 120, height: 40)
        let data = app.runtime.state.data
        let student = try #require(data.students.values.sorted { $0.login > $1.login }.first)
        for tab in ["2", "3"] {  // a placement, a contract
            app.press(.text(tab), "n", .key(.function(3)))
            #expect(chooser(app)?.purpose == .student)
            app.press(.text(student.login), .key(.enter))
            guard case .editor(let form)? = app.runtime.state.layers.last else { throw Failure("no form") }
            #expect(form.form.value("student") == "\(student.fullName) (\(student.login))")
            app.press(.key(.escape))
            if case .dialog? = app.runtime.state.layers.last { app.press(.key(.right), .key(.enter)) }  // discard
        }
    }
}
