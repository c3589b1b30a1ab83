import StagesCore
import Testing
@testable import Screens

/// Every list sorts by any of its columns, either way, and back to its own order.
@Suite struct ColumnSortTests {
    @Test func placementsByEachColumnBothWays() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("2")
        let own = app.runtime.state.visiblePlacementIDs()
        func starts() -> [Int] { app.runtime.state.visiblePlacementIDs().compactMap { app.runtime.state.data.placements[$0]?.start.dayNumber } }
        for _ in 0..<4 { app.press("t") }  // student ↑ ↓, organisation ↑ ↓
        app.press("t")
        #expect(app.screen.contains("Tri : Début ↑ croissant"))
        #expect(starts() == starts().sorted())
        app.press("t")
        #expect(starts() == starts().sorted(by: >))
        for _ in 0..<11 { app.press("t") }  // the five columns after it both ways, then the list's own order
        #expect(app.screen.contains("Tri : l'ordre de la liste"))
        #expect(app.runtime.state.visiblePlacementIDs() == own)
    }

    @Test func studentsByGroupThenSituation() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("4", "t", "t", "t", "t", "t")  // last name ↑ ↓, first name ↑ ↓, group ↑
        let groups = app.runtime.state.visibleStudentLogins().compactMap { app.runtime.state.data.students[$0]?.group }
        #expect(groups == groups.sorted())
        #expect(app.screen.contains("Tri : Groupe ↑ croissant"))
    }

    @Test func organisationsByTheirOffers() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("6")
        for _ in 0..<7 { app.press("t") }  // name, SIRET, city both ways, then offers ↑
        let counts = app.runtime.state.visibleOrganizationIDs().map { app.runtime.state.offerCount(organization: $0) }
        #expect(counts == counts.sorted())
    }
}
