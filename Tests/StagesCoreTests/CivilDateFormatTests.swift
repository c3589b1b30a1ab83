import Testing
import StagesCore

/// Dates as the store and the French user write them, zero-padded as `%02d` and `%04d` would.
@Suite struct CivilDateFormatTests {
    @Test func isoAndFrench() throws {
        let day = try #require(CivilDate(year: 2027, month: 4, day: 8))
        #expect(day.iso == "2027-04-08" && day.french == "08/04/2027")
        let late = try #require(CivilDate(year: 2026, month: 12, day: 31))
        #expect(late.iso == "2026-12-31" && late.french == "31/12/2026")
        let old = try #require(CivilDate(year: 999, month: 1, day: 2))
        #expect(old.iso == "0999-01-02" && old.french == "02/01/0999")
    }
}
