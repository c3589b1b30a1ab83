import Foundation
import Testing
import StagesCore
import StagesStore
import TerminalKit
@testable import Screens

/// A placement changed once validated (an amendment), and `u` taking back a status change, key by key.
@Suite struct AmendAndUndoTests {
    static let carpentier = Actor.coordinator("hcarpentier", name: "Hélène Carpentier")

    /// The demo, with Léa Moreau's validated placement ending three weeks later (17 weeks: over the limit).
    static func amended() throws -> Dataset {
        var data = DemoData.make(academicYear: 2026)
        var placement = try #require(data.placements["plc-001"])
        placement.end = placement.end.adding(days: 21)
        try data.save(placement, by: carpentier, at: Harness.now)
        return data
    }

    @Test func validatingThenUndoingGivesBackTheSubmittedRequest() throws {
        let app = try Harness(width: 100, height: 40)
        app.press("2", "/", "Manon", .enter, .enter)
        let offerID = try #require(app.state.data.placements["plc-003"]?.offerID)
        app.press("v")
        #expect(app.screen.contains("Le stage de Manon Petit chez"))
        app.press(.enter)
        #expect(app.state.data.placements["plc-003"]?.status == .validated)
        #expect(app.state.data.offers[offerID]?.status == .filled)
        app.press("u")
        let saved = try app.saved()
        let placement = try #require(saved.placements["plc-003"])
        #expect(placement.status == .submitted)
        #expect(placement.history.suffix(2).map(\.to) == ["validated", "submitted"])
        #expect(placement.history.last?.isReversal == true && placement.history.last?.by == "coordinatrice")
        #expect(saved.offers[offerID]?.status == .open)
        #expect(app.screen.contains("Validation de la demande de Manon Petit annulée"), "\(app.screen)")
        app.press(.key(.end))
        #expect(app.screen.contains("coordinatrice  Annulation : Validée → Soumise"), "\(app.screen)")
        app.press("u")
        #expect(app.screen.contains("Rien à annuler : aucun changement de statut dans cette session."), "\(app.screen)")
    }

    @Test func undoIsRefusedWhenSomeoneChangedTheRecordMeanwhile() throws {
        let app = try Harness(width: 100, height: 40)
        app.press("2", "/", "Manon", .enter, .enter, "v", .enter)
        let colleague = try Store.open(app.store.url)
        var theirs = colleague.base
        var placement = try #require(theirs.placements["plc-003"])
        placement.subject = "Sujet revu par une collègue"
        try theirs.save(placement, by: .coordinator("mdupont"), at: Harness.now)
        _ = try colleague.save(theirs)
        app.press("R")
        #expect(app.state.data.placements["plc-003"]?.subject == "Sujet revu par une collègue")
        app.press("u")
        #expect(app.state.data.placements["plc-003"]?.status == .validated)
        #expect(app.screen.contains("Rien n'est annulé : le stage de Manon Petit a changé depuis"), "\(app.screen)")
    }

    @Test func undoTakesBackATrackChangeAndTheRequestItCancelled() throws {
        let app = try Harness(width: 100, height: 40)
        app.press("4", "/", "Manon", .enter, .enter, "p", .left, .enter)
        #expect(app.state.data.students["mpetit"]?.track == .alternance)
        #expect(app.state.data.placements["plc-003"]?.status == .cancelled)
        app.press("u")
        #expect(app.state.data.students["mpetit"]?.track == .stage)
        #expect(app.state.data.placements["plc-003"]?.status == .submitted)
        #expect(app.screen.contains("Changement de parcours de Manon Petit annulé"), "\(app.screen)")
    }

    @Test func studentsHaveNoUndo() throws {
        let app = try Harness(actor: .student("mpetit"))
        let state = app.state
        #expect(!Keymaps.bindings(state.screen, state).bindings.contains { $0.action == .undo })
    }

    @Test func theCoordinatorsFormRecordsAnAmendment() throws {
        let app = try Harness(width: 100, height: 40)
        app.press("2", "/", "Léa", .enter, .enter, "e")
        for _ in 0..<30 {
            guard case .editor(let editor)? = app.state.layers.last, editor.form.focusedField?.id != "end" else { break }
            app.press(.tab)
        }
        app.press(.key(.end), .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace,
                  .backspace, .backspace, .backspace, "15/07/2027", .save)
        let placement = try #require(try app.saved().placements["plc-001"])
        #expect(placement.status == .validated)
        #expect(placement.history.last?.changes == [FieldChange(field: "end", before: "2027-07-18", after: "2027-07-15")])
        app.press(.key(.end))
        #expect(app.screen.contains("Avenant — coordinatrice, 28/11/2026 : fin 18/07/2027 → 15/07/2027"), "\(app.screen)")
    }

    @Test func theDashboardListsAnAmendedPlacementWithANewError() throws {
        let app = try Harness(width: 100, height: 40, data: try Self.amended())
        app.press("5")
        #expect(app.screen.contains("À revoir : stages déjà validés en erreur"), "\(app.screen)")
        #expect(app.screen.contains("✗ Léa Moreau (validée, avenant du 28/11/2026) : Le stage dure 17 semaines"), "\(app.screen)")
    }

    @Test func goldens() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let app = try Harness(width: width, height: height, data: try Self.amended())
            app.press("5")
            expectGolden("dashboard-amended-\(width)x\(height)", app.screen)
            app.press("2", "/", "Léa", .enter, .enter, .key(.end))
            expectGolden("placement-detail-amended-\(width)x\(height)", app.screen)
        }
        let english = try Harness(language: .en, data: try Self.amended())
        english.press("2", "/", "Léa", .enter, .enter, .key(.end))
        expectGolden("placement-detail-amended-en-80x24", english.screen)
    }
}
