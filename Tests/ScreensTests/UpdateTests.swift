import Foundation
import Testing
import StagesCore
import TerminalKit
@testable import Screens

/// `update` alone: a message in, the effects out, with no terminal and no store.
@Suite struct UpdateTests {
    static func state(_ actor: Actor = .coordinator("coordinatrice")) -> AppState {
        AppState(data: DemoData.make(academicYear: 2026), actor: actor, language: .fr, today: Harness.today, storeName: "démo",
                 clock: { Harness.now }, newID: { "\($0)-nouveau" })
    }

    static func keys(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { Update.update(&state, .key(.character($0))) }
    }

    @Test func messagesAnswerWithTheirEffects() {
        var state = Self.state()
        #expect(Update.update(&state, .tick) == [.refresh(force: false)])
        #expect(Update.update(&state, .key(.character("R"))) == [.refresh(force: true)])
        #expect(Update.update(&state, .key(.character("q"))) == [.quit(status: 0)])
        #expect(Update.update(&state, .interrupt) == [.quit(status: 130)])
        #expect(Update.update(&state, .terminate) == [.quit(status: 143)])
    }

    @Test func aFormInterruptedIsKeptThenTheProgramQuits() {
        var state = Self.state()
        _ = Self.keys("nInventaire", &state)
        let effects = Update.update(&state, .interrupt)
        guard case .saveDraft(let name, let fields)? = effects.first else {
            Issue.record("no draft kept: \(effects)")
            return
        }
        #expect(name == "coordinatrice.offer-new")
        #expect(fields["title"] == "Inventaire")
        #expect(effects.last == .quit(status: 130))
    }

    /// A choice is kept by its position too: a form interrupted in French comes back
    /// in English with the same option chosen, though its label differs.
    @Test func aDraftsChoiceSurvivesAChangeOfLanguage() throws {
        var french = Self.state()
        _ = Update.update(&french, .key(.character("2")))
        _ = Update.update(&french, .key(.character("n")))
        guard case .editor(var editor)? = french.layers.last else {
            Issue.record("no form")
            return
        }
        editor.form.focus(on: "origin", viewport: Size(width: 80, height: 20))
        _ = editor.form.handle(.left, viewport: Size(width: 80, height: 20))  // spontaneous → offer
        let kept = editor.values
        #expect(kept["origin"] == "Réponse à une offre")
        var english = AppState(data: DemoData.make(academicYear: 2026), actor: .coordinator("coordinatrice"), language: .en,
                               today: Harness.today, storeName: "demo", clock: { Harness.now }, newID: { "\($0)-nouveau" },
                               editorDrafts: [editor.draftKey: kept])
        _ = Update.update(&english, .key(.character("2")))
        _ = Update.update(&english, .key(.character("n")))
        guard case .editor(let reopened)? = english.layers.last else {
            Issue.record("no form in English")
            return
        }
        #expect(reopened.form.value("origin") == "Answer to an offer")
    }

    @Test func theSameKeysGiveTheSameEffects() {
        func run() -> [Effect] {
            var state = Self.state()
            _ = Update.update(&state, .key(.character("2")))
            _ = Update.update(&state, .key(.character("n")))
            _ = Self.keys("f", &state)  // François Bertrand
            _ = Update.update(&state, .key(.tab))
            _ = Update.update(&state, .key(.function(3)))  // the organisation, searched
            _ = Self.keys("nationale de france", &state)
            _ = Update.update(&state, .key(.enter))
            _ = Update.update(&state, .key(.function(2)))  // refused: the form goes to the start date
            _ = Self.keys("12/04/2027", &state)
            _ = Update.update(&state, .key(.tab))
            _ = Self.keys("02/07/2027", &state)
            return Update.update(&state, .key(.function(2)))
        }
        let first = run()
        #expect(first.count == 1)
        guard case .save(let data)? = first.first else {
            Issue.record("no save: \(first)")
            return
        }
        #expect(data.placements["plc-nouveau"]?.studentLogin == "fbertrand")
        #expect(data.placements["plc-nouveau"]?.organizationID == "org-bnf")
        #expect(data.organizations == Self.state().data.organizations)
        #expect(run() == first)
    }
}
