import Foundation
import Testing
import StagesCore
import StagesStore
import TerminalKit
@testable import Screens

/// The convention on the screens: printing it from a placement (`c`, `C`), its signatures
/// in a form (`S`), the dashboard's list of those awaited and the student's own view.
@Suite struct ConventionScreenTests {
    static func detail(of id: String, _ state: inout AppState) {
        state.tab = .placements
        state.layers = [.placementDetail(id: id, scroll: 0)]
    }

    @Test func cAsksForThePlacementsConventionAndADraftBeforeValidation() {
        var state = UpdateTests.state()
        Self.detail(of: "plc-001", &state)
        #expect(UpdateTests.keys("c", &state) == [.printConvention(id: "plc-001", amendment: nil, draft: false)])
        Self.detail(of: "plc-003", &state)  // submitted
        #expect(UpdateTests.keys("c", &state) == [.printConvention(id: "plc-003", amendment: nil, draft: true)])
        // No avenant on plc-001: `C` is not even offered.
        Self.detail(of: "plc-001", &state)
        #expect(UpdateTests.keys("C", &state).isEmpty)
    }

    @Test func cPrintsThePDFBesideTheStoreAndNamesIt() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "/", "Léa", .enter, .enter, "c")
        let file = app.folder.appendingPathComponent("conventions/convention-2026-plc-001.pdf")
        #expect(app.screen.contains("Convention écrite : \(file.path)"))
        let bytes = try Data(contentsOf: file)
        #expect(bytes.starts(with: Data("%PDF".utf8)))
        let folder = try FileManager.default.attributesOfItem(atPath: file.deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        // Printed again: the same file, replaced.
        app.press("c")
        #expect(app.screen.contains("Convention écrite"))
    }

    @Test func theFirstPrintForSignatureIssuesTheConvention() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "/", "Manon", .enter, .enter, "v", .enter)
        #expect(try app.saved().placements["plc-003"]?.status == .validated)
        #expect(try app.saved().placements["plc-003"]?.convention?.issued == nil)
        app.press("c")
        #expect(app.screen.contains("Convention émise, écrite : "))
        #expect(try app.saved().placements["plc-003"]?.convention?.issued == Harness.today)
    }

    @Test func aDraftIsPrintedForARequestNotValidated() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "/", "Manon", .enter, .enter, "c")
        let file = app.folder.appendingPathComponent("conventions/convention-2026-plc-003-projet.pdf")
        #expect(app.state.status?.text == "Demande pas encore validée : projet (PROJET) écrit : \(file.path)")
        #expect(FileManager.default.fileExists(atPath: file.path))
        // A draft issues nothing.
        #expect(try app.saved().placements["plc-003"]?.convention == nil)
    }

    @Test func aPlacementWithErrorsIsRefusedWithTheRulesMessage() throws {
        var data = DemoData.make(academicYear: 2026)
        var lea = data.placements["plc-001"]!
        lea.weeklyHours = 60  // over the legal week: an error
        try data.save(lea, by: .coordinator("coordinatrice"), at: Harness.now)
        try #require(!RuleBook(data).findings(for: data.placements["plc-001"]!).errors.isEmpty)
        let app = try Harness(width: 120, height: 40, data: data)
        app.press("2", "/", "Léa", .enter, .enter, "c")
        #expect(app.screen.contains("Pas de convention tant que la demande a des erreurs"))
        #expect(app.state.status?.tone == .error)
        #expect(!FileManager.default.fileExists(atPath: app.folder.appendingPathComponent("conventions").path))
    }

    @Test func theSignatureFormSignsAndTheFifthMovesToSigned() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "/", "Léa", .enter, .enter, "S")
        #expect(app.screen.contains("Signatures de la convention"))
        // Student, host and university signed already; the tutor signs first.
        app.press(.tab, .tab, .tab, "20/11/2026", .save)
        #expect(app.screen.contains("Signatures enregistrées."))
        var saved = try app.saved().placements["plc-001"]!
        #expect(saved.status == .validated)
        #expect(saved.convention?.signatures.tutor == CivilDate(year: 2026, month: 11, day: 20))
        #expect(saved.convention?.signatures.missing == [.referent])
        app.press("S", .tab, .tab, .tab, .tab, "21/11/2026", .save)
        #expect(app.screen.contains("Les cinq parties ont signé : le stage est signé."))
        saved = try app.saved().placements["plc-001"]!
        #expect(saved.status == .signed)
        #expect(saved.convention?.signatures.isComplete == true)
    }

    @Test func aSignatureInTheFutureIsRefusedAndNothingChanges() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "/", "Léa", .enter, .enter, "S", .tab, .tab, .tab, "20/11/2030", .save)
        #expect(app.state.status?.tone == .error)
        #expect(try app.saved().placements["plc-001"]?.convention?.signatures.tutor == nil)
    }

    @Test func sIsNotOfferedOnARequestNotValidated() throws {
        var state = UpdateTests.state()
        Self.detail(of: "plc-003", &state)
        #expect(!Keymaps.bindings(.placementDetail, state).bindings.contains { $0.action == .recordSignatures })
        _ = UpdateTests.keys("S", &state)
        #expect(state.layers.count == 1)
    }

    @Test func theDetailShowsTheConventionAndItsSignatures() throws {
        let state = UpdateTests.state()
        let text = DetailView.placement("plc-001", state, width: 120).map(\.text).joined(separator: "\n")
        #expect(text.contains("Convention"))
        #expect(text.contains("Tuteur·rice"))
        #expect(text.contains("en attente"))
        #expect(text.contains("a signé le "))
        let notIssued = DetailView.placement("plc-003", state, width: 120).map(\.text).joined(separator: "\n")
        #expect(notIssued.contains("pas encore émise"))
        #expect(!notIssued.contains("en attente"))
    }

    @Test func theDashboardListsTheConventionsAwaitingSignatures() throws {
        let state = UpdateTests.state()
        let lines = DashboardView.lines(state, width: 120).map(\.text)
        let start = try #require(lines.firstIndex(of: "Conventions en attente de signature"))
        let entries = lines[(start + 1)...].prefix { !$0.isEmpty }
        // The demo's validated placements whose convention is issued: Léa Moreau's signed by three
        // parties, Paul André's by the student alone; Yasmine Mercier's is not issued yet.
        #expect(entries.count == 2, "\(entries)")
        #expect(entries.contains { $0.hasPrefix("Léa Moreau — convention — manque : tuteur, référent — depuis 31 j") })
        #expect(entries.contains { $0.hasPrefix("Paul André — convention — manque : organisme, université, tuteur, référent — depuis 31 j") })
        #expect(!entries.contains { $0.hasPrefix("Yasmine Mercier") })
    }

    @Test func theStudentSeesTheirConventionAndWhoHasStillToSign() throws {
        let lea = try Harness(width: 120, height: 40, actor: .student("lmoreau"))
        lea.press(.resize)
        #expect(lea.screen.contains("Ma convention"))
        #expect(lea.screen.contains("Convention émise le "))
        #expect(lea.screen.contains("Signatures manquantes : le tuteur ou la tutrice, l'enseignant·e référent·e."))
        let manon = try Harness(width: 120, height: 40, actor: .student("mpetit"))
        manon.press(.resize)
        #expect(manon.screen.contains("Ma situation") || manon.screen.contains("Manon"))
        #expect(!manon.screen.contains("Ma convention"))
    }

    @Test func theStudentsConventionGolden() throws {
        let lea = try Harness(width: 120, height: 40, actor: .student("lmoreau"))
        lea.press(.resize)
        expectGolden("student-situation-convention-120x40", lea.screen)
    }

    @Test func theOrganisationFormKeepsItsRepresentative() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("6", .enter, "e")
        let form = try #require(app.state.layers.last.flatMap { if case .editor(let e) = $0 { e } else { nil } })
        let id = try #require(form.record?.id)
        for _ in 0..<12 { app.press(.tab) }
        app.press(.key(.control("u")), "Jeanne Martin", .tab, .key(.control("u")), .save)
        let saved = try #require(try app.saved().organizations[id])
        #expect(saved.representative == "Jeanne Martin")
        #expect(saved.representativeFunction == nil)
        #expect(app.screen.contains("Signataire"))
        #expect(app.screen.contains("Jeanne Martin"))
    }
}

/// After signature, a change of dates makes an avenant: shown on the detail, printed with `C`,
/// signed through `S`, awaited on the dashboard and in the student's view.
@Suite struct AmendmentScreenTests {
    static func amended() throws -> Dataset {
        var data = DemoData.make(academicYear: 2026)
        var theo = data.placements["plc-002"]!
        theo.end = theo.end.adding(days: -7)
        try data.save(theo, by: .coordinator("coordinatrice"), at: Harness.now)
        return data
    }

    @Test func theAvenantIsShownPrintedAndSigned() throws {
        let data = try Self.amended()
        try #require(data.placements["plc-002"]?.convention?.amendments.count == 1)
        let app = try Harness(width: 120, height: 40, data: data)
        app.press("2", "/", "Théo", .enter, .enter)
        let detail = DetailView.placement("plc-002", app.state, width: 120).map(\.text).joined(separator: "\n")
        #expect(detail.contains("Avenant n° 1 du "))
        #expect(detail.contains("• fin "))
        app.press("C")
        let file = app.folder.appendingPathComponent("conventions/convention-2026-plc-002-avenant-1.pdf")
        #expect(app.state.status?.text == "Avenant n° 1 écrit : \(file.path)")
        #expect(FileManager.default.fileExists(atPath: file.path))
        app.press("S")
        #expect(app.screen.contains("Signatures de l'avenant n° 1"))
        app.press("20/11/2026", .save)
        let saved = try app.saved().placements["plc-002"]!
        #expect(saved.convention?.amendments.first?.signatures.student == CivilDate(year: 2026, month: 11, day: 20))
        #expect(saved.status == .signed)
    }

    @Test func theDashboardAndTheStudentSeeTheAvenantAwaited() throws {
        let data = try Self.amended()
        var state = UpdateTests.state()
        state.adopt(data)
        let dashboard = DashboardView.lines(state, width: 120).map(\.text)
        #expect(dashboard.contains { $0.hasPrefix("Théo Garcia — avenant n° 1 — manque : étudiant·e, organisme, université, tuteur, référent — depuis ") })
        let theo = try Harness(width: 120, height: 40, actor: .student("tgarcia"), data: data)
        theo.press(.resize)
        #expect(theo.screen.contains("Signée par les cinq parties."))
        #expect(theo.screen.contains("Avenant n° 1 du "))
    }
}
