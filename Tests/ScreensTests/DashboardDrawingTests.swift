import StagesCore
import Testing
@testable import Screens

/// The dashboard draws its counts (zeros included) and the season.
@Suite struct DashboardDrawingTests {
    @Test func countsAreBarsAndZerosShow() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("5")
        let lines = DashboardView.lines(app.runtime.state, width: 120).map(\.text)
        let draft = try #require(lines.first { $0.hasPrefix("Brouillon") })
        let signed = try #require(lines.first { $0.hasPrefix("Signée") })
        #expect(draft.filter { $0 == "█" }.count > signed.filter { $0 == "█" }.count)
        #expect(lines.contains { $0.hasPrefix("alternance : rompu") && $0.hasSuffix(" 0") })
    }

    @Test func theFiguresSitBesideTheArchivedYears() throws {
        let app = try Harness(width: 120, height: 40)
        var state = app.runtime.state
        var past = DemoData.make(academicYear: 2025)
        for p in past.placements.values where p.status == .validated { past.remove(collection: Placement.collection, id: p.id) }
        state.pastStatistics = [Statistics(past, language: .fr)]
        let lines = DashboardView.lines(state, width: 120).map(\.text)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Statistiques des stages convenus") })
        let agreed = try #require(lines[heading...].first { $0.hasPrefix("Stages convenus") })
        #expect(agreed.hasSuffix("6          3"), "\(agreed)")
        #expect(lines[heading...].contains { $0.contains("2026-2027") && $0.contains("2025-2026") })
        #expect(lines[heading...].contains { $0.hasPrefix("Par gratification (par heure)") })
    }

    @Test func theSeasonHasARowPerAgreedPlacementAndMarksToday() throws {
        let app = try Harness(width: 120, height: 40)
        var state = app.runtime.state
        state.today = CivilDate(year: 2027, month: 5, day: 15)!
        let lines = DashboardView.lines(state, width: 120).map(\.text)
        let heading = try #require(lines.firstIndex { $0.contains("La saison, d'avril à août") })
        let agreed = state.data.placements.values.filter { $0.status.isAgreed || $0.status == .completed }
        let rows = lines[(heading + 2)...].prefix { !$0.isEmpty }
        #expect(rows.count == agreed.count)
        #expect(rows.allSatisfy { $0.contains("┃") || $0.contains("│") })
        #expect(lines[heading + 1].contains("avr") && lines[heading + 1].contains("août"))
    }
}

/// "Ce qui manque" names the fields a student still has to fill.
@Suite struct WhatIsMissingTests {
    @Test func requiredFieldsAreNamed() throws {
        var data = DemoData.make(academicYear: 2026)
        var placement = try #require(data.placements.values.first { $0.studentLogin == "jrichard" })
        placement.tutor.email = ""
        placement.tutor.function = ""
        data.setStored(placement, id: placement.id)
        let app = try Harness(width: 120, height: 40, actor: .student("jrichard"), data: data)
        app.press(.key(.resize))
        #expect(app.screen.contains("✗ Courriel du tuteur — Champ obligatoire."))
        #expect(app.screen.contains("✗ Fonction du tuteur — Champ obligatoire."))
    }
}

/// Every dashboard entry opens what it names.
@Suite struct DashboardDrillDownTests {
    /// Moves the cursor down to the first entry whose line starts with `prefix`, then presses Enter.
    func open(_ prefix: String, _ app: Harness) throws {
        app.press(.key(.home))
        for _ in 0..<200 {
            let lines = DashboardView.lines(app.runtime.state, width: app.runtime.state.size.width)
            let entry = DashboardView.selectedEntry(app.runtime.state, DashboardView.entries(lines))
            if lines.indices.contains(entry), lines[entry].text.hasPrefix(prefix) { break }
            app.press(.key(.down))
        }
        app.press(.key(.enter))
    }

    /// An entry wrapped over two lines at 80 columns is one stop for ↑ ↓: from the first convention, past the
    /// second (two lines), the next stop is the first situation, the students searching.
    @Test func aWrappedEntryIsOneStop() throws {
        let app = try Harness()
        app.press("5", .key(.down), .key(.down), .key(.enter))
        #expect(app.runtime.state.tab == .students && app.runtime.state.students.situations == ["searching"])
    }

    @Test func entriesOpenTheListFilteredOrThePlacement() throws {
        let app = try Harness(width: 120, height: 40)
        app.press("5", .key(.enter))  // the first entry: a convention awaiting signatures
        guard case .placementDetail? = app.runtime.state.layers.last else { Issue.record("no placement opened"); return }
        let entry = app.runtime.state.dashboardEntry
        app.press(.key(.escape))  // back to the dashboard, on the same entry
        #expect(app.runtime.state.tab == .dashboard && app.runtime.state.layers.isEmpty && app.runtime.state.dashboardEntry == entry)

        app.press("5")
        try open("Sans solution encore", app)
        #expect(app.runtime.state.tab == .students && app.runtime.state.students.withoutAnything)

        app.press("5")
        try open("stage : validée", app)
        let validated = app.runtime.state.index.situations.values.filter { $0 == .placement(.validated) }.count
        #expect(app.runtime.state.visibleStudentLogins().count == validated)

        app.press("5")
        try open("Renvoyée", app)
        #expect(app.runtime.state.tab == .placements)
        #expect(app.runtime.state.visiblePlacementIDs().allSatisfy { app.runtime.state.data.placements[$0]?.status == .returned })

        app.press("5")
        try open("Archives", app)
        #expect(app.runtime.state.tab == .offers && app.runtime.state.offers.domains == ["archives"])
    }
}
