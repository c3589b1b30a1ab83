import Foundation
import Testing
import StagesCore
import StagesRuntime
import StagesStore
import TerminalKit
@testable import Screens
import TestSupport

/// The application on the demo store, in a headless terminal, at a fixed date:
/// tests press keys and read both the screen and the store on disk.
final class Harness {
    static let today = CivilDate(year: 2026, month: 11, day: 29)!
    static let now = Date(timeIntervalSince1970: 1_795_900_000)

    let folder: URL
    let store: Store
    let terminal: HeadlessTerminal
    var runtime: AppRuntime

    init(width: Int = 80, height: Int = 24, language: Language = .fr, actor: Actor = .coordinator("coordinatrice"),
         data: Dataset = DemoData.make(academicYear: 2026)) throws {
        folder = unusedPath("stages-screens")
        store = try Store.create(folder.appendingPathComponent("store.json"), with: data)
        terminal = HeadlessTerminal(width: width, height: height)
        runtime = Self.runtime(store, actor: actor, language: language, size: Size(width: width, height: height))
    }

    static func runtime(_ store: Store, actor: Actor, language: Language, size: Size) -> AppRuntime {
        var state = AppState(data: store.base, actor: actor, language: language, today: Self.today,
                             storeName: "démo", size: size, clock: { Harness.now },
                             draft: actor.isCoordinator ? nil : FormDrafts(store: store).load(actor.draftName),
                             declarationDraft: actor.isCoordinator ? nil : FormDrafts(store: store).load(actor.declarationDraftName),
                             editorDrafts: actor.isCoordinator ? FormDrafts(store: store).loadAll(prefix: actor.login + ".") : [:])
        // As `stages student` does: when the request's draft was kept.
        if !actor.isCoordinator { state.requestDraftKept = FormDrafts(store: store).date(actor.draftName) }
        return AppRuntime(state: state, store: store)
    }

    /// Starts the application again on the same store, as the same person: what a new session would see.
    func reopen() throws {
        let again = try Store.open(store.url)
        runtime = Self.runtime(again, actor: runtime.state.actor, language: runtime.state.language, size: terminal.size)
        EventLoop.run(&runtime, on: terminal)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Presses keys: a string types its characters.
    @discardableResult
    func press(_ inputs: Input...) -> Harness { press(inputs) }

    @discardableResult
    func press(_ inputs: [Input]) -> Harness {
        for input in inputs {
            switch input {
            case .text(let text): terminal.type(text)
            case .key(let key): terminal.press(key)
            }
        }
        EventLoop.run(&runtime, on: terminal)
        return self
    }

    var screen: String { terminal.screen }
    var state: AppState { runtime.state }

    /// What is on disk now, read by a fresh process's eyes.
    func saved() throws -> Dataset { try Store.open(store.url).base }
}

/// Compares a screen with its golden file in `Goldens/`; with UPDATE_GOLDENS=1
/// writes it instead, to be read as a diff before committing.
func expectGolden(_ name: String, _ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/\(name).txt")
    let text = screen + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("No golden \(name).txt: run with UPDATE_GOLDENS=1 and read it.", sourceLocation: sourceLocation)
        return
    }
    #expect(text == golden, "screen \(name) differs from its golden", sourceLocation: sourceLocation)
}

/// A step of a scenario: text typed, or one key.
enum Input: Sendable, ExpressibleByStringLiteral {
    case text(String)
    case key(Key)

    init(stringLiteral value: String) { self = .text(value) }

    static let enter = Input.key(.enter), escape = Input.key(.escape), down = Input.key(.down), up = Input.key(.up)
    static let tab = Input.key(.tab), backTab = Input.key(.backTab), save = Input.key(.function(2))
    static let submit = Input.key(.function(5)), backspace = Input.key(.backspace)
    static let right = Input.key(.right), left = Input.key(.left), resize = Input.key(.resize)
}
