import Foundation
import Testing
import StagesCore
import StagesRuntime
import StagesStore
import TerminalKit
@testable import Screens
import TestSupport

/// Every screen and form, at 80×24 and 120×40, against its golden text.
@Suite struct GoldenScreenTests {
    /// The keys that lead to each screen from the start.
    static let screens: [(String, [Input])] = [
        ("offers", []),
        ("offer-detail", [.enter]),
        ("offer-form", ["e"]),
        ("offer-new-form", ["n"]),
        ("offer-filled-form", ["p"]),
        ("offers-search", ["/", "donnees"]),
        ("placements", ["2"]),
        ("placement-detail", ["2", .down, .down, .down, .down, .down, .down, .enter]),
        ("placement-form", ["2", .down, .down, .down, .down, .down, .down, "e"]),
        ("placement-return-dialog", ["2", .down, "r", "Préciser le tuteur."]),
        ("placement-convention", ["2", "/", "Léa", .enter, .enter, .key(.pageDown)]),
        ("placement-signatures-form", ["2", "/", "Léa", .enter, .enter, "S"]),
        ("alternance", ["3"]),
        ("alternance-detail", ["3", .enter]),
        ("alternance-form", ["3", "n"]),
        ("alternance-rupture-form", ["3", "B"]),
        ("students", ["4"]),
        ("students-unplaced", ["4", "f"]),
        ("students-situation-picker", ["4", "i", .key(.down), " "]),
        ("placements-status-picker", ["2", "s"]),
        ("offers-city-picker", ["d", " ", .key(.enter), "v", .key(.down), " "]),
        ("offers-sorted", ["t", "t", "t", "t", "t", "t", "t", "t", "t", "t", "t", "t", "t", "t", "t"]),
        ("student-detail", ["4", .enter]),
        ("student-form", ["4", "e"]),
        ("dashboard", ["5"]),
        ("help", ["?"]),
        ("organizations", ["6"]),
        ("organizations-search", ["6", "/", "lyon"]),
        ("organization-detail", ["6", .enter]),
        ("organization-form", ["6", "e"]),
        ("organization-edited-detail", ["6", .enter, "e", .key(.control("u")), "Archives du Rhône", .tab, .tab, .tab, .tab,
                                        .key(.control("u")), "150", .save, .key(.end)]),
        ("organization-new-form", ["6", "n", .save]),
        ("organization-merge-chooser", ["6", .enter, "m", "archives"]),
        ("organization-merge-dialog", ["6", .enter, "m", "besancon", .enter]),
        ("placement-organization-chooser", ["2", "e", .key(.function(3))]),
    ]

    @Test(arguments: screens.map(\.0))
    func french(_ name: String) throws {
        let keys = Self.screens.first { $0.0 == name }!.1
        for (width, height) in [(80, 24), (120, 40)] {
            let app = try Harness(width: width, height: height)
            app.press(keys.isEmpty ? [.resize] : keys)
            expectGolden("\(name)-\(width)x\(height)", app.screen)
        }
    }

    @Test func englishOffersAndPlacement() throws {
        let app = try Harness(language: .en)
        app.press(.resize)
        expectGolden("offers-en-80x24", app.screen)
        app.press("2", .down, .down, .down, .down, .down, .down, .enter)
        expectGolden("placement-detail-en-80x24", app.screen)
        app.press("6", .enter)
        expectGolden("organization-detail-en-80x24", app.screen)
    }
}


/// The first screen drawn from the offers snapshot is the one drawn from the document.
@Suite struct SnapshotFirstScreenTests {
    @Test func bothPreviewsDrawTheSameScreen() throws {
        let folder = try privateFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("store.json")
        _ = try Store.create(url, with: DemoData.make(academicYear: 2026))
        func firstScreen() throws -> String {
            let opening = try StoreOpening(url)
            let state = AppState(data: try #require(opening.preview), actor: .coordinator("coordinatrice"), language: .fr,
                                 today: Harness.today, storeName: "démo", size: Size(width: 120, height: 40), preview: true,
                                 offersByReceipt: opening.previewOrder)
            let terminal = HeadlessTerminal(width: 120, height: 40)
            terminal.present(EventLoop.frame(LoadingScreen(state: state), size: terminal.size))
            _ = try opening.finish()
            return terminal.screen
        }
        let decoded = try firstScreen(), fromSnapshot = try firstScreen()
        #expect(FileManager.default.fileExists(atPath: url.path + ".snapshot"))
        #expect(fromSnapshot == decoded)
        #expect(decoded.contains("43 sur 44"))
    }
}
