import Foundation
import Testing
import StagesCore
@testable import StagesExchange

/// Exported cells as spreadsheets read them: amounts with two decimals and no grouping, in the
/// language's decimal separator, and no legal minimum where no stipend is owed.
@Suite struct MoneyCellTests {
    let today = CivilDate(year: 2026, month: 11, day: 29)!

    @Test func cellsHaveTwoDecimalsAndNoGrouping() {
        #expect(Format.cell(2362.5, .fr, decimals: 2) == "2362,50")
        #expect(Format.cell(2362.5, .en, decimals: 2) == "2362.50")
        #expect(Format.cell(1386, .fr, decimals: 2) == "1386,00")
        #expect(Format.cell(12.857, .fr) == "12,86")
        #expect(Format.cell(469, .en) == "469")
        #expect(Format.cell(-0.5, .en, decimals: 2) == "-0.50")
    }

    /// A stage of five weeks owes no stipend: its legal-minimum cell is empty; a long one's is an amount.
    @Test func theLegalMinimumIsEmptyWhereNoneIsOwed() throws {
        let org = Organization(id: "org-1", name: "Archives municipales de Lyon", city: "Lyon")
        func placement(_ id: String, _ login: String, weeks: Int, stipend: Decimal?) -> Placement {
            let start = CivilDate(year: 2027, month: 4, day: 12)!
            var p = Placement(id: id, studentLogin: login, organizationID: org.id, tutor: Tutor(), subject: "s", activities: "a",
                              skills: "k", start: start, end: start.adding(days: weeks * 7 - 3), status: .validated)
            p.stipend = stipend.map { Stipend(amount: $0, unit: .perHour) }
            return p
        }
        let data = Dataset(programme: Programme(academicYear: 2026),
                           students: ["anoel", "bnoel"].map { Student(login: $0, lastName: $0, firstName: "X", email: "\($0)@x.fr", year: "2026-2027") },
                           organizations: [org],
                           placements: [placement("plc-short", "anoel", weeks: 5, stipend: nil),
                                        placement("plc-long", "bnoel", weeks: 14, stipend: 4.5)])
        for language in [Language.fr, .en] {
            let (header, rows) = Export.table(.placements, data, language: language, status: nil, year: nil, today: today)
            let minimum = try #require(header.firstIndex { $0.hasPrefix(language == .fr ? "minimum légal" : "legal minimum") })
            let agreed = minimum - 1
            let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0) })
            #expect(byID["plc-short"]?[minimum] == "")
            let long = try #require(byID["plc-long"])
            let separator = language == .fr ? "," : "."
            #expect(long[minimum].wholeMatch(of: /[0-9]+[.,][0-9]{2}/) != nil && long[minimum].contains(separator), "\(long[minimum])")
            #expect(long[agreed] == "4\(separator)50")
        }
    }
}
