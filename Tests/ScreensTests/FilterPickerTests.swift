import StagesCore
import TerminalKit
import Testing
@testable import Screens

/// Students filtered as a spreadsheet filters a column: the values with their counts, several ticked, one key resets.
@Suite struct FilterPickerTests {
    @Test func situationsTickedWithTheirCountsThenReset() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("4", "i")
        guard case .picker(let picker)? = app.runtime.state.layers.last else { Issue.record("no picker"); return }
        let situations = app.runtime.state.index.situations
        let validated = situations.values.filter { $0 == .placement(.validated) }.count
        let searching = situations.values.filter { $0 == .searching }.count
        #expect(picker.list.items.contains { $0.label == "stage : validée" && $0.count == validated })
        #expect(app.screen.contains("[ ] en recherche"))
        // Tick "en recherche" (first) and "stage : validée".
        let row = try #require(picker.values.firstIndex(of: "placement.validated"))
        app.press(" ")
        for _ in 0..<row { app.press(.key(.down)) }
        app.press(" ", .key(.enter))
        #expect(app.runtime.state.visibleStudentLogins().count == validated + searching)
        #expect(app.screen.contains("situation : en recherche, stage : validée"))

        // Groups count within the situations kept.
        app.press("c")
        guard case .picker(let groups)? = app.runtime.state.layers.last else { Issue.record("no group picker"); return }
        #expect(groups.list.items.compactMap(\.count).reduce(0, +) == validated + searching)
        app.press(.key(.escape), "z")
        #expect(app.runtime.state.visibleStudentLogins().count == app.runtime.state.data.students.count)
        #expect(app.screen.contains("Filtres remis à zéro."))
    }
}

/// Placements and contracts filter by status the same way.
@Suite struct StatusPickerTests {
    @Test func placementsBySeveralStatuses() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2", "s")
        guard case .picker(let picker)? = app.runtime.state.layers.last else { Issue.record("no picker"); return }
        let placements = app.runtime.state.data.placements.values
        for (n, status) in PlacementStatus.allCases.enumerated() {
            #expect(picker.list.items[n].count == placements.filter { $0.status == status }.count, "\(status)")
        }
        // Submitted (second) and returned (third).
        app.press(.key(.down), " ", .key(.down), " ", .key(.enter))
        let shown = app.runtime.state.visiblePlacementIDs().compactMap { app.runtime.state.data.placements[$0]?.status }
        #expect(!shown.isEmpty && shown.allSatisfy { $0 == .submitted || $0 == .returned })
        #expect(app.screen.contains("statut : Soumise, Renvoyée"))
        app.press("z")
        #expect(app.runtime.state.visiblePlacementIDs().count == placements.count)
    }

    @Test func contractsByStatus() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("3", "s", .key(.down), " ", .key(.enter))
        let shown = app.runtime.state.visibleAlternanceIDs().compactMap { app.runtime.state.data.alternances[$0]?.status }
        #expect(!shown.isEmpty && shown.allSatisfy { $0 == .signed })
    }
}
