import Foundation
import StagesCore
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
