import Foundation
import Testing
import StagesCore
import StagesStore
import TestSupport

/// Issue 11's lost update, replayed with the real binary in two terminals on one store:
/// A opens an offer's form and types, B edits the same offer and saves, A's window sits
/// idle until it has read B's save, then A saves. Both changes end in the store, or the
/// field both changed is shown side by side; never one silently lost.
@Suite(.serialized) struct ConcurrentEditEndToEndTests {
    let stages = Stages.path

    @Test func twoSessionsOnOneOfferLoseNothing() throws {
        let store = try StagesEndToEndTests().demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let a = try Tmux([stages, "--store", store.path], width: 160, height: 30), b = try Tmux([stages, "--store", store.path])
        try a.waitFor("43 sur 44")
        try b.waitFor("43 sur 44")

        // Different fields: both kept.
        try a.type("e")
        try a.waitFor("Modifier l'offre")
        try a.type(" (A)")
        try a.waitFor("(A)")
        try b.type("e")
        try b.waitFor("Modifier l'offre")
        for _ in 0..<3 { try b.send("Tab") }  // title, organisation, domain, then the city
        try b.send("C-u")
        try b.type("Villeurbanne")
        try b.send("F2")
        try b.waitFor("Offre enregistrée.")
        try a.waitFor("Données relues.")  // A's idle refresh has read B's save under the open form
        try a.send("F2")
        try a.waitFor("Offre enregistrée. 1 champ(s) pris de l'autre version.")
        var offers = try Store.open(store).base.offers.values
        let edited = try #require(offers.first { $0.title.hasSuffix(" (A)") })
        #expect(edited.city == "Villeurbanne")

        // The same field: shown side by side, then A's choice.
        try a.type("e")
        try a.waitFor("Modifier l'offre")
        try a.type(" [A]")
        try b.type("e")
        try b.waitFor("Modifier l'offre")
        try b.type(" [B]")
        try b.send("F2")
        try b.waitFor("Offre enregistrée.")
        try a.waitFor("Données relues.")
        try a.send("F2")
        let shown = try a.waitFor("1 champ(s) changé(s) aussi ailleurs")
        #expect(shown.contains("Enregistré entre-temps ailleurs : « \(edited.title) [B] » — F4 le prend"))
        offers = try Store.open(store).base.offers.values
        #expect(offers[offers.firstIndex { $0.id == edited.id }!].title == edited.title + " [B]")
        try a.send("F4")
        try a.send("F2")
        try a.waitFor("Offre enregistrée.")
        #expect(try Store.open(store).base.offers[edited.id]?.title == edited.title + " [B]")

        for session in [a, b] {
            try session.type("q")
            try session.waitFor("[exit 0]")
        }
    }
}
