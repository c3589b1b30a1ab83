import StagesCore
import StagesStore
import Testing
import TerminalKit
@testable import Screens

/// The request form's panel at 80×24: the length as the law counts it, and every finding, F6 showing the next.
@Suite struct StudentPanelTests {
    @Test func f6ShowsEveryFindingInTurn() throws {
        let app = try Harness(actor: .student("fbertrand"))
        app.press("3")
        let editor = try #require(app.runtime.state.request)
        let findings = PlacementEditor.preview(editor, app.runtime.state).findings
        #expect(findings.count > EditorView.findingRows)
        var seen = app.screen
        for _ in 0..<findings.count { app.press(.key(.function(6))); seen += app.screen }
        #expect(seen.contains("✗ Courriel du tuteur — Champ obligatoire."))
        #expect(seen.contains("✗ Sujet — Champ obligatoire."))
        // Every line of every finding, warnings too, shows in turn.
        let lines = EditorView.findingLines(findings, of: editor, app.runtime.state, width: app.runtime.state.size.width - 4)
        #expect(lines.allSatisfy { seen.contains($0.text) })
    }

    /// Before the dates are typed, nothing is said of a length, a stipend or an overlap: the fields say what is missing,
    /// and the panel counts them with the errors.
    @Test func nothingIsSaidOfDatesNotTypedYet() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "n")
        guard case .editor(let editor)? = app.runtime.state.layers.last else { throw Failure("no form") }
        let preview = PlacementEditor.preview(editor, app.runtime.state)
        #expect(preview.problems["start"] != nil && preview.problems["end"] != nil)
        #expect(!preview.findings.contains { PlacementEditor.rulesOnDates.contains($0.rule) })
        #expect(app.screen.contains("Durée : dates à compléter"))
        #expect(app.screen.contains("\(preview.findings.errors.count + preview.problems.count) erreur(s)"))
        var seen = app.screen
        for _ in 0..<preview.findings.count { app.press(.key(.function(6))); seen += app.screen }
        #expect(!seen.contains("il doit durer au moins"))
    }

    @Test func theLengthIsAlsoSaidAsTheLawCountsIt() throws {
        let app = try Harness(actor: .student("crobert"))
        app.press("3")
        #expect(app.screen.contains("Durée : 12 semaines (2 mois 13 jours 0 heure) · 399 h · 57 j de présence"))
        #expect(app.screen.contains("Minimum légal 1 795,50 €, convenu 1 596,00 €"))
    }
}

/// A returned request goes back with the student's reply to the coordinator's comment.
@Suite struct ResubmissionTests {
    @Test func aReplyGoesWithTheResubmission() throws {
        var data = DemoData.make(academicYear: 2026)
        var placement = try #require(data.placements.values.first { $0.studentLogin == "crobert" })
        placement.tutor.email = "karim.benali@datacoeur.fr"
        placement.stipend = Stipend(amount: 4.5, unit: .perHour)
        data.setStored(placement, id: placement.id)
        let app = try Harness(width: 100, height: 30, actor: .student("crobert"), data: data)
        app.press("3", .key(.function(5)))
        #expect(app.screen.contains("Soumettre à nouveau"))
        app.press("Missions précisées, tuteur nommé.", .key(.function(2)))
        let saved = try #require(try Store.open(app.store.url).base.placements[placement.id])
        #expect(saved.status == .submitted)
        #expect(saved.history.last?.comment == "Missions précisées, tuteur nommé.")
        #expect(saved.history.last?.by == "crobert")
        // The coordinator reads the reply under the comment it answers, on the placement's first screen.
        let coordinator = try Harness(width: 100, height: 30, data: try Store.open(app.store.url).base)
        coordinator.press("2", "/", "Chloé", .enter, .enter)
        #expect(coordinator.screen.contains("Réponse") && coordinator.screen.contains("Missions précisées, tuteur nommé."))
        #expect(coordinator.screen.contains("Commentaire"))
    }
}

/// The archive of a finished year opens, says so in its title bar, and refuses every change.
@Suite struct ArchiveBrowsingTests {
    @Test func anArchiveIsBrowsedNotChanged() throws {
        let archive = DemoData.make(academicYear: 2026).archived(on: CivilDate(year: 2027, month: 9, day: 1)!)
        let app = try Harness(width: 120, height: 40, data: archive)
        #expect(app.press(.key(.resize)).screen.contains("archive 2026-2027, lecture seule · démo"))
        app.press(.key(.enter))
        #expect(app.screen.contains("Missions"))  // an offer's detail opens
        // What would change it is not offered: the keys are not there, and do nothing.
        #expect(!app.screen.contains("modifier"))
        app.press("x", "e", .escape, "n", "c")
        #expect(app.state.layers.allSatisfy { if case .editor = $0 { false } else { true } })
        #expect(app.state.data == archive)
        // Asked for all the same (a change in the model), it is refused.
        var state = app.state
        let effects = OffersScreen.act(.withdraw, app.state.visibleOfferIDs().first, &state)
        #expect(effects.isEmpty && state.status?.text.contains("Archive de l'année 2026-2027 : lecture seule") == true)
        #expect(try Store.open(app.store.url).base.offers == archive.offers)
    }
}

/// A request typed and kept on this machine, not saved yet, is said on "Ma situation" with when.
@Suite struct KeptDraftTests {
    @Test func theKeptDraftIsMentionedWithItsDate() throws {
        let app = try Harness(width: 100, height: 30, actor: .student("fbertrand"))
        app.press(.key(.resize))
        #expect(!app.screen.contains("Brouillon de votre demande gardé"))
        app.press("3", "Archives nationales", .key(.escape))
        #expect(app.screen.contains("Brouillon de votre demande gardé le 28/11/2026"), "\(app.screen)")
        // A new session finds it too, dated by the draft's file.
        try app.reopen()
        app.press(.key(.resize))
        #expect(app.screen.contains("Brouillon de votre demande gardé le"))
    }
}
