import Foundation
import StagesCore
import StagesPostgres
import StagesRuntime
import StagesStore
import TerminalKit
import Testing
import TestSupport
@testable import Screens

/// The forms' field-by-field merge is the same on PostgreSQL: the store reports the record both
/// changed, and the form comes back with the other's value beside ours.
@Suite(.serialized) struct PostgresFormMergeTests {
    @Test func aFieldBothChangedComesBackSideBySide() throws {
        let server = try PostgresServer()
        try server.createRole("stages", password: "secret")
        try server.createDatabase("stages", owner: "stages")
        let location = try #require(PostgresLocation(server.url(user: "stages", password: "secret", database: "stages")))
        try PostgresStore.initialise(location, with: DemoData.make(academicYear: 2026))

        let store = try PostgresStore.open(location)
        let terminal = HeadlessTerminal(width: 100, height: 30)
        var runtime = AppRuntime(state: AppState(data: store.base, actor: .coordinator("coordinatrice"), language: .fr,
                                                 today: CivilDate(year: 2026, month: 11, day: 29)!, storeName: "pg",
                                                 size: terminal.size),
                                 store: store)
        terminal.press(.enter)
        terminal.type("e")
        EventLoop.run(&runtime, on: terminal)
        guard case .editor(let editor)? = runtime.state.layers.last, case .offer(let id?) = editor.kind else {
            Issue.record("no offer form open")
            return
        }
        let title = try #require(runtime.state.data.offers[id]?.title)
        terminal.type(" (corrigé)")
        EventLoop.run(&runtime, on: terminal)

        // A colleague's session changes the same title and saves.
        let other = try PostgresStore.open(location)
        var data = other.base
        var offer = try #require(data.offers[id])
        offer.title = "Titre du collègue"
        try data.save(offer, by: .coordinator("collegue"), at: Date())
        _ = try other.save(data)

        terminal.press(.function(2))
        EventLoop.run(&runtime, on: terminal)
        #expect(try PostgresStore.open(location).base.offers[id]?.title == "Titre du collègue")
        #expect(terminal.screen.contains("Enregistré entre-temps ailleurs : « Titre du collègue » — F4 le prend"))
        terminal.press(.function(2))  // ours, having seen theirs
        EventLoop.run(&runtime, on: terminal)
        #expect(try PostgresStore.open(location).base.offers[id]?.title == title + " (corrigé)")
    }
}
