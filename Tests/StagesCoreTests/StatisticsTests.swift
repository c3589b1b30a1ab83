import Testing
@testable import StagesCore

/// The agreed placements counted by organisation, domain, group, referent and stipend band.
@Suite struct StatisticsTests {
    @Test func theDemosAgreedPlacementsCounted() {
        let demo = DemoData.make(academicYear: 2026)
        let stats = Statistics(demo, language: .fr)
        let agreed = demo.placements.values.filter { $0.status.isAgreed || $0.status == .completed }
        #expect(stats.year == "2026-2027")
        #expect(stats.placements == agreed.count)
        for dimension in Statistics.Dimension.allCases {
            #expect(stats.counts[dimension]?.values.reduce(0, +) == agreed.count, "\(dimension)")
        }
        let byOrganization = Dictionary(grouping: agreed) { demo.organizations[$0.organizationID]!.name }.mapValues(\.count)
        #expect(stats.counts[.organization] == byOrganization)
    }

    @Test func rowsPutTheYearsSideBySideTheLargestFirst() {
        let demo = DemoData.make(academicYear: 2026)
        let now = Statistics(demo, language: .en)
        var next = demo
        next.programme.academicYear = 2027
        next.placements = [:]
        let empty = Statistics(next, language: .en)
        let rows = Statistics.rows(.organization, [empty, now])
        #expect(rows.allSatisfy { $0.counts.count == 2 && $0.counts[0] == 0 })
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.counts[1] >= $1.counts[1] })
        #expect(Statistics.rows(.stipend, [now]).map(\.value).allSatisfy { !$0.isEmpty })
        // Stipend bands in their order, from none to the most, whatever their counts.
        let bands = Statistics.rows(.stipend, [now]).map { Statistics.bandRank($0.value) }
        #expect(bands.allSatisfy { $0 != nil } && bands == bands.sorted { $0! < $1! })
    }
}
