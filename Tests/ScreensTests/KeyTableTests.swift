import Foundation
import Testing
import StagesCore
import TerminalKit
@testable import Screens

/// Walks every screen a user meets and holds each to its key table: every key
/// the table shows does something, no key outside it does anything, and
/// letters typed in a field never fire a shortcut.
@Suite struct KeyTableTests {
    struct Place: Sendable, CustomStringConvertible {
        var name: String
        var actor: Actor
        var keys: [Input]
        var description: String { name }

        init(_ name: String, _ actor: Actor, _ keys: [Input]) {
            self.name = name
            self.actor = actor
            self.keys = keys
        }

        init(_ name: String, _ keys: [Input]) {
            self.init(name, .coordinator("coordinatrice"), keys)
        }
    }

    static let fbertrand = Actor.student("fbertrand"), mpetit = Actor.student("mpetit"), ggauthier = Actor.student("ggauthier")

    /// Every screen and state, by the keys that lead there; lists and scrolling
    /// pages are left away from their ends so every move can move.
    static let places: [Place] = [
        Place("offers", [.down, .down]),
        Place("offers-searching", ["/", "arch"]),
        Place("offers-searched", ["/", "arch", .enter, .down]),
        Place("offer-detail", [.enter, .down]),
        Place("offer-form", ["e", .tab]),
        Place("offer-new-form", ["n", .tab]),
        Place("offer-filled-form", ["p"]),
        Place("offer-form-help", ["e", .key(.function(1))]),
        Place("offer-close-dialog", ["n", "x", .escape]),
        Place("placements", ["2", .down, .down]),
        Place("placement-detail-submitted", ["2", "/", "Sacha", .enter, .enter, .down]),
        Place("placement-detail-returned", ["2", "/", "Chloé", .enter, .enter, .down]),
        Place("placement-detail-validated-now", ["2", "/", "Manon", .enter, .enter, "v", .down]),
        Place("placement-detail-validated", ["2", "/", "Léa", .enter, .enter, .down]),
        Place("placement-detail-signed", ["2", "/", "Théo", .enter, .enter, .down]),
        Place("placement-signatures-form", ["2", "/", "Léa", .enter, .enter, "S", .tab]),
        Place("placement-signatures-form-from-list", ["2", "/", "Léa", .enter, "S", .tab]),
        Place("placement-form", ["2", "e", .tab]),
        Place("placement-return-dialog", ["2", .down, "r"]),
        Place("placement-cancel-dialog", ["2", .enter, "A"]),
        Place("alternance", ["3", .down]),
        Place("alternance-detail", ["3", .enter, .down]),
        Place("alternance-form", ["3", "n", .tab]),
        Place("alternance-rupture-form", ["3", "B", .tab]),
        Place("students", ["4", .down, .down]),
        Place("student-detail", ["4", .enter, .down]),
        Place("student-form", ["4", "e", .tab]),
        Place("student-track-dialog", ["4", "/", "Manon", .enter, "p"]),
        Place("dashboard", ["5", .down]),
        Place("help", ["?", .down]),
        Place("organizations", ["6", .down, .down]),
        Place("organizations-searching", ["6", "/", "lyon"]),
        Place("organization-detail", ["6", .enter, .down]),
        Place("organization-form", ["6", "e", .tab]),
        Place("organization-merge-chooser", ["6", "m", .down, .down]),
        Place("organization-merge-dialog", ["6", "m", .enter]),
        Place("placement-organization-chooser", ["2", "e", .key(.function(3)), .down]),
        Place("student-situation", fbertrand, [.resize]),
        Place("student-offers", fbertrand, ["2", .down]),
        Place("student-offer-detail", fbertrand, ["2", .enter, .down]),
        Place("student-request", fbertrand, ["3", .tab]),
        Place("student-request-help", fbertrand, ["3", .key(.function(1))]),
        Place("student-request-submitted", mpetit, ["3", .tab]),
        Place("student-declaration", ggauthier, ["4", .tab]),
        Place("student-no-request-form", ggauthier, ["3"]),
    ]

    /// Demo data with records long enough to scroll on a 80×24 window.
    static func app(_ place: Place) throws -> Harness {
        let app = try Harness(actor: place.actor, data: try KeyBugTests.longRecords())
        app.press(place.keys)
        return app
    }

    /// The screen drawn: every cell with its style, and the cursor.
    static func draw(_ state: AppState) -> Canvas {
        var canvas = Canvas(state.size)
        AppView.render(state, into: &canvas)
        return canvas
    }

    /// What a key does from `state`: the effects it asks for and the screen after it.
    static func press(_ key: Key, on state: AppState) -> (effects: [Effect], screen: Canvas, state: AppState) {
        var state = state
        let effects = Update.update(&state, .key(key))
        return (effects, draw(state), state)
    }

    /// The state as the user sees it, without a status line left by the way there.
    static func settled(_ app: Harness) -> AppState {
        var state = app.state
        state.status = nil
        return state
    }

    @Test(arguments: places)
    func everyKeyTheTableShowsDoesSomething(_ place: Place) throws {
        let app = try Self.app(place)
        let state = Self.settled(app)
        let before = Self.draw(state)
        let bindings = Keymaps.bindings(state.screen, state).bindings
        #expect(!bindings.isEmpty)
        for binding in bindings {
            for key in binding.keys {
                // The key of the tab already shown has nothing to do there.
                if binding.action == .goToTab, Keymaps.tab(for: key, state) == state.tab, state.layers.isEmpty { continue }
                // Letters go to the field being typed in (see lettersTypedInAFieldNeverFireAShortcut).
                if key.isTyping, Self.takesLetters(state) { continue }
                let after = Self.press(key, on: state)
                #expect(!after.effects.isEmpty || after.screen != before,
                        "\(place.name): \(key.label(KeyNames())) (\(binding.help)) does nothing")
            }
        }
    }

    /// Keys a screen might answer without saying so in its table.
    static let probes: [Key] = [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .wordLeft, .wordRight,
    ] + (1...12).map { .function($0) } + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /?!.,;:-_'\"()[]{}<>=+*&%$#@".map { .character($0) }

    @Test(arguments: places)
    func noKeyOutsideTheTableDoesAnything(_ place: Place) throws {
        let app = try Self.app(place)
        let state = Self.settled(app)
        let bindings = Keymaps.bindings(state.screen, state)
        let typing = Self.isTyping(state)
        let before = Self.draw(state)
        for key in Self.probes where !bindings.bindings.contains(where: { $0.keys.contains(key) }) {
            if typing, Self.typingKeys.contains(key) || key.isTyping { continue }  // editing the field
            let after = Self.press(key, on: state)
            #expect(after.effects.isEmpty && after.screen == before,
                    "\(place.name): \(key.label(KeyNames())) acts but is not in the table")
        }
    }

    /// Keys that edit or move inside the focused field or box, which the field itself answers.
    static let typingKeys: Set<Key> = [.backspace, .delete, .left, .right, .home, .end, .wordLeft, .wordRight, .enter,
                                       .up, .down, .pageUp, .pageDown, .control("a"), .control("e"), .control("u"),
                                       .control("k"), .control("w"), .control("d"), .control("h")]

    /// Whether this screen has a field or a box whose own keys (editing, moving in it) the table leaves to it.
    static func isTyping(_ state: AppState) -> Bool {
        switch state.screen {
        case .editor, .studentForm, .search, .chooser: true
        case .dialog:
            if case .dialog(let layer)? = state.layers.last { layer.dialog.input != nil } else { false }
        default: false
        }
    }

    /// Whether letters typed now go into the focused field: a read-only field lets them act as keys.
    static func takesLetters(_ state: AppState) -> Bool {
        switch state.layers.last {
        case .editor(let editor)?: return editor.isTyping
        case .chooser?: return true
        case .dialog?: return isTyping(state)
        case nil where state.tab == .request: return state.request?.isTyping ?? false
        case nil where state.tab == .declaration: return state.declaration?.isTyping ?? false
        case nil: return state.searchBox.isActive
        default: return false
        }
    }

    @Test(arguments: places)
    func lettersTypedInAFieldNeverFireAShortcut(_ place: Place) throws {
        let app = try Self.app(place)
        let state = Self.settled(app)
        guard Self.takesLetters(state) else { return }
        let letters = Keymaps.bindings(state.screen, state).bindings.flatMap(\.keys).filter(\.isTyping)
        let screen = state.screen
        for key in letters + [.character("q"), .character("?"), .character("/"), .character("1")] {
            let after = Self.press(key, on: state)
            #expect(after.effects.allSatisfy { if case .saveDraft = $0 { true } else { false } },
                    "\(place.name): \(key.label(KeyNames())) fired a shortcut")
            #expect(after.state.screen == screen && after.state.layers.count == state.layers.count && after.state.tab == state.tab,
                    "\(place.name): \(key.label(KeyNames())) left the field")
        }
    }

    @Test(arguments: places)
    func slashSearchesWhereverItIsShown(_ place: Place) throws {
        let app = try Self.app(place)
        let state = Self.settled(app)
        guard !Self.isTyping(state), Keymaps.bindings(state.screen, state).action(for: .character("/")) != nil else { return }
        let after = Self.press(.character("/"), on: state).state
        #expect(after.searchBox.isActive && after.layers.isEmpty, "\(place.name): / does not search")
    }

    @Test func theBottomBarShowsTheKeysOfTheScreenThatGetsThem() throws {
        let app = try Harness()
        app.press("?")
        let bar = try #require(app.screen.split(separator: "\n").last)
        #expect(bar.contains("Échap fermer") && !bar.contains("Entrée ouvrir"))
    }
}
