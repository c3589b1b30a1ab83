import Foundation
import Testing
import StagesCore
import StagesStore
import TerminalKit
@testable import Screens

/// Two people on one record: a form keeps what it was opened on, and saving
/// merges field by field with what the other saved meanwhile, whatever the timing.
@Suite struct ConcurrentEditTests {
    /// Opens the first offer's form and returns its id.
    static func openFirstOffer(_ h: Harness) throws -> String {
        h.press(.enter, "e")
        guard case .editor(let editor)? = h.state.layers.last, case .offer(let id?) = editor.kind else {
            throw Failure("no offer form open")
        }
        return id
    }

    /// Another process changes the offer `id` and saves.
    static func colleague(_ h: Harness, _ id: String, _ change: (inout Offer) -> Void) throws {
        let other = try Store.open(h.store.url)
        var data = other.base
        var offer = try #require(data.offers[id])
        change(&offer)
        try data.save(offer, by: .coordinator("collegue"), at: Harness.now)
        _ = try other.save(data)
    }

    @Test func fieldsOnlyTheOtherChangedKeepTheirValue() throws {
        let h = try Harness()
        let id = try Self.openFirstOffer(h)
        let title = try #require(h.state.data.offers[id]?.title)
        h.press(" (corrigé)")
        try Self.colleague(h, id) { $0.city = "Villeurbanne" }
        h.press(.key(.function(4)))  // an idle key: the form adopts nothing under the user's eyes
        h.press(.save)

        let saved = try #require(try h.saved().offers[id])
        #expect(saved.title == title + " (corrigé)")
        #expect(saved.city == "Villeurbanne")
        #expect(h.screen.contains("Offre enregistrée. 1 champ(s) pris de l'autre version."))
        #expect(!FileManager.default.fileExists(atPath: h.store.path + ".conflicts"))
    }

    @Test func aFieldBothChangedIsShownSideBySideForTheUserToChoose() throws {
        let h = try Harness(width: 100, height: 30)
        let id = try Self.openFirstOffer(h)
        let title = try #require(h.state.data.offers[id]?.title)
        h.press(" (corrigé)")
        try Self.colleague(h, id) { $0.title = "Titre du collègue" }
        h.press(.save)

        #expect(try h.saved().offers[id]?.title == "Titre du collègue")  // nothing written over theirs
        #expect(h.screen.contains("1 champ(s) changé(s) aussi ailleurs"))
        #expect(h.screen.contains("Enregistré entre-temps ailleurs : « Titre du collègue » — F4 le prend"))
        #expect(h.screen.contains(title + " (corrigé)"))
        expectGolden("offer-form-conflict", h.screen)

        h.press(.save)  // F2 again: ours, having seen theirs
        #expect(try h.saved().offers[id]?.title == title + " (corrigé)")
    }

    @Test func f4TakesTheirValueForTheFocusedField() throws {
        let h = try Harness()
        let id = try Self.openFirstOffer(h)
        h.press(" (corrigé)")
        try Self.colleague(h, id) { $0.title = "Titre du collègue" }
        h.press(.save, .key(.function(4)))
        #expect(!h.screen.contains("Enregistré entre-temps ailleurs"))
        h.press(.save)
        #expect(try h.saved().offers[id]?.title == "Titre du collègue")
        #expect(h.state.layers.isEmpty || { if case .editor = h.state.layers.last { false } else { true } }())
    }

    /// The other's save lands between our last look and our save: the store keeps theirs,
    /// and the form comes back merged instead of a message about a file.
    @Test func aSaveRacingAnotherComesBackAsAMergedForm() throws {
        let h = try Harness()
        let id = try Self.openFirstOffer(h)
        var state = h.state
        for c in " (corrigé)" { _ = Application.update(&state, .key(.character(c))) }
        try Self.colleague(h, id) { $0.title = "Titre du collègue"; $0.city = "Bron" }
        // F2 without the runtime's look at the disk first: the store finds the conflict.
        let effects = Application.update(&state, .key(.function(2)))
        guard case .save(let data)? = effects.first else { throw Failure("no save: \(effects)") }
        let outcome = try h.store.save(data)
        #expect(outcome.conflicts.map(\.id) == [id])
        #expect(Application.update(&state, .saved(outcome)).isEmpty)
        guard case .editor(let editor)? = state.layers.last else { throw Failure("the form did not come back") }
        #expect(editor.theirs["title"] == "Titre du collègue")
        #expect(editor.form.value("city") == "Bron")
        #expect(state.status?.text.contains("1 champ(s) changé(s) aussi ailleurs") == true)
    }

    /// The same person's second edit after another process folded the journal is no conflict.
    @Test func aSecondEditAfterACompactionSavesCleanly() throws {
        let h = try Harness()
        let id = try Self.openFirstOffer(h)
        h.press(" 1", .save)
        try Store.open(h.store.url).compact()
        h.press(.enter, "e", " 2", .save)
        #expect(try h.saved().offers[id]?.title.hasSuffix(" 1 2") == true)
        #expect(!FileManager.default.fileExists(atPath: h.store.path + ".conflicts"))
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The same student in two sessions (a laptop and the department's room): the request merges too.
@Suite struct StudentConcurrentEditTests {
    static let login = "jrichard"

    /// The student's other session changes their draft request and saves.
    static func otherSession(_ h: Harness, _ change: (inout Placement) -> Void) throws {
        let other = try Store.open(h.store.url)
        var data = other.base
        var request = try #require(data.placements.values.first { $0.studentLogin == login && $0.status == .draft })
        change(&request)
        try data.save(request, by: .student(login), at: Harness.now)
        _ = try other.save(data)
    }

    static func requestOnDisk(_ h: Harness) throws -> Placement {
        try #require(try h.saved().placements.values.first { $0.studentLogin == login && $0.status != .cancelled })
    }

    @Test func theOtherSessionsFieldIsKeptAndOursToo() throws {
        let h = try Harness(actor: .student(Self.login))
        h.press("3")
        for _ in 0..<15 { h.press(.tab) }  // to the subject
        h.press(.key(.control("u")), "Sujet de cette session")
        try Self.otherSession(h) { $0.tutor.phone = "04 78 00 00 00" }
        h.press(.save)
        let request = try Self.requestOnDisk(h)
        #expect(request.subject == "Sujet de cette session")
        #expect(request.tutor.phone == "04 78 00 00 00")
    }

    @Test func aFieldBothSessionsChangedWaitsForTheStudentAndBlocksSubmission() throws {
        let h = try Harness(actor: .student(Self.login))
        h.press("3")
        for _ in 0..<15 { h.press(.tab) }
        h.press(.key(.control("u")), "Sujet de cette session")
        try Self.otherSession(h) { $0.subject = "Sujet de l'autre session" }
        h.press(.submit)
        #expect(try Self.requestOnDisk(h).status == .draft)
        #expect(try Self.requestOnDisk(h).subject == "Sujet de l'autre session")
        #expect(h.screen.contains("1 champ(s) changé(s) aussi ailleurs"))
        h.press(.key(.function(4)), .save)
        #expect(try Self.requestOnDisk(h).subject == "Sujet de l'autre session")
        #expect(h.state.request?.form.value("subject") == "Sujet de l'autre session")
    }
}

/// A status key acts on the record as it is now, not as the window last showed it.
@Suite struct StatusActionAfterOthersTests {
    @Test func validatingARequestAnotherReturnedMeanwhileIsRefused() throws {
        let h = try Harness()
        h.press("2", "/Manon", .enter)
        #expect(h.state.data.placements["plc-003"]?.status == .submitted)
        let other = try Store.open(h.store.url)
        var data = other.base
        try data.transitionPlacement("plc-003", to: .returned, by: .coordinator("collegue"), at: Harness.now, comment: "À revoir.")
        _ = try other.save(data)

        h.press("v")
        #expect(try h.saved().placements["plc-003"]?.status == .returned)
        #expect(h.state.status?.tone != .success)  // `v` is no key of a returned request: nothing happens
        #expect(h.screen.contains("Renvoyée"))  // and the list shows it as it is now
        #expect(!FileManager.default.fileExists(atPath: h.store.path + ".conflicts"))
    }
}

/// An organisation's form merges like the others: its record is edited by the coordinators alone, but by several.
@Suite struct OrganizationConcurrentEditTests {
    @Test func aColleaguesFieldIsKeptWithOurs() throws {
        let h = try Harness()
        h.press("6", "e")
        guard case .editor(let editor)? = h.state.layers.last, case .organization(let id?) = editor.kind else {
            throw Failure("no organisation form open")
        }
        let name = try #require(h.state.data.organizations[id]?.name)
        h.press(" (siège)")
        let other = try Store.open(h.store.url)
        var data = other.base
        var org = try #require(data.organizations[id])
        org.phone = "04 72 00 00 00"
        try data.save(org, by: .coordinator("collegue"), at: Harness.now)
        _ = try other.save(data)
        h.press(.save)
        let saved = try #require(try h.saved().organizations[id])
        #expect(saved.name == name + " (siège)")
        #expect(saved.phone == "04 72 00 00 00")
    }
}
