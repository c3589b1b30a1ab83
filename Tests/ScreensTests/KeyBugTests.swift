import Foundation
import Testing
import StagesCore
import StagesStore
import TerminalKit
@testable import Screens

/// Keys that did something else than what the screen said (issue 10), each
/// pressed as a user would.
@Suite struct KeyBugTests {
    /// Whether `effects` asks to quit.
    static func quits(_ effects: [Effect]) -> Bool {
        effects.contains { if case .quit = $0 { true } else { false } }
    }

    @Test func slashOnADetailSearchesTheListInsteadOfRunningTheLettersAsCommands() throws {
        let app = try Harness()
        app.press("2", "/", "Sacha", .enter, .enter)
        #expect(app.state.data.placements["plc-011"]?.status == .submitted)
        #expect(app.screen.contains("/ chercher"))
        app.press("/", "vincent")
        #expect(try app.saved().placements["plc-011"]?.status == .submitted)  // `v` did not validate it
        #expect(app.state.layers.isEmpty)  // no editor opened by `e`
        #expect(app.screen.contains("/ vincent"))
        #expect(app.state.placements.search.query == "vincent")
    }

    @Test func slashIsNotShownWhereThereIsNothingToSearch() throws {
        let app = try Harness()
        app.press("5")
        #expect(!app.screen.contains("chercher"))
        app.press("?")
        #expect(!app.screen.contains("Chercher"))
        let student = try Harness(actor: .student("fbertrand"))
        student.press(.resize)
        #expect(!student.screen.contains("chercher"))
    }

    @Test func keysDoNothingWhileTheWindowIsTooSmall() throws {
        let app = try Harness()
        app.press("2", "/", "Sacha", .enter)
        app.terminal.resize(width: 60, height: 15)
        app.press("v", .enter, "e")
        #expect(app.screen.contains("Fenêtre trop petite"))
        #expect(try app.saved().placements["plc-011"]?.status == .submitted)
        #expect(app.state.layers.isEmpty)
        app.terminal.resize(width: 80, height: 24)
        app.press()
        #expect(app.screen.hasPrefix(" stages — Stages"))
    }

    @Test func controlRReloadsInTheStudentsForm() throws {
        let app = try Harness(actor: .student("fbertrand"))
        app.press("3", "Archives")
        app.press(.key(.control("r")))
        #expect(app.screen.contains("Données relues."))
        #expect(app.state.request?.form.value("organization.name") == "Archives")
    }

    /// Demo data whose contracts and students' records are longer than a 80×24 window.
    static func longRecords() throws -> Dataset {
        var data = DemoData.make(academicYear: 2026)
        let long = Array(repeating: "Deux semaines en entreprise, deux semaines au centre de formation.", count: 20)
            .joined(separator: " ")
        for var contract in data.alternances.values {
            contract.rhythm = long
            try data.save(contract, by: .coordinator("coordinatrice"), at: Harness.now)
        }
        for var student in data.students.values {
            student.notes = long
            try data.save(student, by: .coordinator("coordinatrice"))
        }
        return data
    }

    static func scroll(_ state: AppState) -> Int? {
        switch state.layers.last {
        case .alternanceDetail(_, let scroll)?, .studentDetail(_, let scroll)?, .offerDetail(_, let scroll)?,
             .placementDetail(_, let scroll)?: scroll
        default: nil
        }
    }

    @Test(arguments: ["3", "4"])
    func arrowsHomeAndEndScrollTheAlternanceAndStudentDetails(_ tab: String) throws {
        let app = try Harness(data: try Self.longRecords())
        app.press(.text(tab), .enter)
        let top = app.screen
        app.press(.down)
        #expect(Self.scroll(app.state) == 1)
        #expect(app.screen != top)
        app.press(.key(.end))
        let bottom = try #require(Self.scroll(app.state))
        #expect(bottom > 1)
        app.press(.down, .down)
        #expect(Self.scroll(app.state) == bottom)  // the end stays the end
        app.press(.up)
        #expect(Self.scroll(app.state) == bottom - 1)  // and ↑ moves at once from there
        app.press(.key(.home))
        #expect(Self.scroll(app.state) == 0)
        #expect(app.screen == top)
    }

    @Test func homeAndEndScrollTheDashboard() throws {
        let app = try Harness()
        app.press("5")
        let top = app.screen
        app.press(.key(.end))
        #expect(app.state.dashboardScroll > 0)
        #expect(app.screen != top)
        app.press(.key(.home))
        #expect(app.state.dashboardScroll == 0)
        #expect(app.screen == top)
    }

    @Test func qOnAChoiceFieldPicksAnOptionInsteadOfQuitting() throws {
        let app = try Harness(actor: .student("ggauthier"))
        app.press("4")
        let focused = try #require(app.state.declaration?.form.focusedField)
        guard case .choice = focused.input else {
            Issue.record("the declaration should open on a choice field, not \(focused.id)")
            return
        }
        var state = app.state
        #expect(!Self.quits(Update.update(&state, .key(.character("q")))))
        let coordinator = try Harness()
        coordinator.press("3", "n")
        var form = coordinator.state
        #expect(!Self.quits(Update.update(&form, .key(.character("q")))))
    }

    @Test func questionMarkInAFormTypesItAndF1ShowsTheFormsKeys() throws {
        let app = try Harness()
        app.press("e", .key(.end), "?")
        #expect(app.screen.contains("?"))
        #expect(!app.screen.contains("Aide —"))
        app.press(.key(.function(1)))
        #expect(app.screen.contains("Aide — Modifier l'offre"))
        #expect(app.screen.contains("Fermer le formulaire"))
        app.press(.escape)
        #expect(!app.screen.contains("Aide —"))
        #expect(app.screen.contains("Modifier l'offre"))
        let student = try Harness(actor: .student("fbertrand"))
        student.press("3", "?", .key(.function(1)))
        #expect(student.state.request?.form.value("organization.name") == "?")
        #expect(student.screen.contains("Aide — Ma demande de stage"))
    }

    @Test func everyKeyThatChangesTabIsInTheTable() throws {
        let app = try Harness()
        for context in [KeyContext.list(.offers), .list(.dashboard), .offerDetail, .studentDetail] {
            let keymap = Keymaps.bindings(context, app.state)
            for n in 1...5 {
                for key in [Key.character(Character(String(n))), .function(n)] {
                    #expect(Keymaps.action(for: key, in: context, app.state, typing: false) != nil)
                    #expect(keymap.bindings.contains { $0.keys.contains(key) }, "\(key) in \(context)")
                }
            }
        }
        app.press(.key(.function(4)))
        #expect(app.screen.hasPrefix(" stages — Étudiants"))
    }

    @Test func aReloadFailureIsNotASaveFailure() throws {
        let app = try Harness()
        try Data("{ pas du JSON".utf8).write(to: app.store.url)
        app.press("R")
        #expect(app.screen.contains("Relecture impossible"))
        #expect(!app.state.unsaved)
        var state = app.state
        let tick = Update.update(&state, .tick)
        #expect(!tick.contains { if case .save = $0 { true } else { false } })
        app.press("q")
        #expect(!app.screen.contains("Le dernier enregistrement a échoué"))
        #expect(Self.quits(Update.update(&state, .key(.character("q")))))
    }

    @Test func aDraftFailureIsNotASaveFailure() throws {
        let app = try Harness(actor: .student("fbertrand"))
        try Data("pas un dossier".utf8).write(to: URL(fileURLWithPath: app.store.path + ".drafts"))
        app.press("3", "A")
        #expect(app.screen.contains("Brouillon non gardé"))
        #expect(!app.state.unsaved)
    }

    @Test func quittingWaitsForTheResultOfTheSaveAskedJustBefore() throws {
        let app = try Harness(actor: .student("fbertrand"))
        app.press("3", "Archives de Lyon")
        for _ in 0..<18 { app.press(.tab) }
        app.press("12/04/2027", .tab, "05/07/2027")
        try Data("{ pas du JSON".utf8).write(to: app.store.url)
        app.terminal.send(.interrupt)
        app.press()
        #expect(app.runtime.exitStatus == 130)
        #expect(app.state.unsaved)  // the failed save came back before the program ended
        #expect(app.state.status?.tone == .error)
    }

    @Test func theHelpScrollsToItsLastKeyOnASmallWindow() throws {
        let app = try Harness()
        app.press("?")
        #expect(!app.screen.contains("Quitter"))  // 24 rows do not hold every key of the offers list
        #expect(app.screen.contains("↑ ↓ la suite"))
        app.press(.key(.end))
        #expect(app.screen.contains("Quitter"))
        #expect(app.screen.contains("Relire les données"))
        app.press(.key(.home))
        #expect(app.screen.contains("Ouvrir l'offre"))
        let wide = try Harness(width: 120, height: 40)
        wide.press("?")
        #expect(wide.screen.contains("Quitter") && !wide.screen.contains("la suite"))
    }
}
