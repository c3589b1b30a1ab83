import Foundation
import Testing
@testable import StagesCore

@Suite struct DurationTests {
    struct Example: Sendable {
        let end: CivilDate, days: Int, hours: Decimal, minimum: Decimal, legal: String
    }

    @Test("DOMAIN.md worked examples", arguments: [
        Example(end: day(2026, 6, 30), days: 56, hours: 392, minimum: 1764, legal: "2 mois 12 jours 0 heure"),
        Example(end: day(2026, 7, 28), days: 75, hours: 525, minimum: 2362.5, legal: "3 mois 9 jours 0 heure"),
    ])
    func workedExamples(_ e: Example) {
        let p = placement(end: e.end)
        let d = StageDuration(p)
        #expect(d.workingDays == e.days)
        #expect(d.hours == e.hours)
        #expect(Format.legalDuration(d, .fr) == e.legal)
        let a = RuleBook(dataset([p])).stipendAssessment(for: p)
        #expect(a.minimumTotal == e.minimum)
        #expect(a.isMandatory)
        #expect(Format.money(a.minimumTotal, .fr) == (e.days == 56 ? "1 764,00 €" : "2 362,50 €"))
    }

    @Test func holidaysFollowEaster() {
        #expect(PublicHolidays.easter(2026) == day(2026, 4, 5))
        #expect(PublicHolidays.easter(2027) == day(2027, 3, 28))
        let h2026 = PublicHolidays.of(2026)
        #expect(h2026.contains(day(2026, 5, 14)))  // Ascension
        #expect(h2026.contains(day(2026, 5, 25)))  // Whit Monday
        #expect(h2026.count == 11)
        #expect(PublicHolidays.of(2027).contains(day(2027, 5, 6)))
    }

    @Test func acrossAscensionAndWhitMonday() {
        // 11–29 May 2026: 15 weekdays, minus Ascension (14) and Whit Monday (25).
        let d = StageDuration(period: DateRange(start: day(2026, 5, 11), end: day(2026, 5, 29)))
        #expect(d.workingDays == 13)
        #expect(d.hours == 91)
    }

    @Test func interruptionsAndPartTime() {
        let period = DateRange(start: day(2026, 9, 7), end: day(2026, 9, 18))  // two full weeks
        let cut = StageDuration(period: period, interruptions: [DateRange(start: day(2026, 9, 9), end: day(2026, 9, 10))])
        #expect(cut.workingDays == 8)
        #expect(cut.hours == 56)
        let fourDays = StageDuration(period: period, weeklyHours: 28, daysPerWeek: 4)
        #expect(fourDays.hours == 56)
        #expect(fourDays.presenceDays == 8)
    }

    @Test func hoursAreSplitByCalendarYear() {
        let d = StageDuration(period: DateRange(start: day(2026, 12, 28), end: day(2027, 1, 8)))
        #expect(d.hoursByYear == [2026: 28, 2027: 35])  // 1 January is a holiday
    }

    @Test func weeksAndFormats() {
        let d = StageDuration(period: DateRange(start: day(2026, 4, 8), end: day(2026, 7, 29)))
        #expect(Format.weeks(d, .fr) == "16 semaines et 1 jour")
        #expect(Format.weeks(d, .en) == "16 weeks and 1 day")
        #expect(Format.money(1234567.5, .en) == "€1,234,567.50")
        #expect(Format.number(32.5, .fr) == "32,5")
    }

    /// Presence is counted day by day over two years at most, so a period typed as
    /// 0001–9999 with many gaps costs what a real placement does, not minutes.
    @Test func anAbsurdPeriodIsCountedOverTwoYearsOnly() {
        let gaps = (0..<20).map { DateRange(start: day(2001 + $0, 1, 1), end: day(2001 + $0, 1, 1)) }
        let d = StageDuration(period: DateRange(start: day(1, 1, 1), end: day(9999, 12, 31)), interruptions: gaps)
        #expect(d.calendarDays == day(1, 1, 1).days(to: day(9999, 12, 31)) + 1)  // the length itself is still true
        #expect(d.workingDays <= StageDuration.maxCountedDays)
        #expect(d.hoursByYear.keys.allSatisfy { $0 <= 3 })
        // Within two years nothing changes: interruptions and holidays count as before.
        let gap = DateRange(start: day(2027, 5, 3), end: day(2027, 5, 7))
        let real = StageDuration(period: DateRange(start: day(2027, 4, 12), end: day(2027, 7, 16)), interruptions: [gap, gap])
        let once = StageDuration(period: DateRange(start: day(2027, 4, 12), end: day(2027, 7, 16)), interruptions: [gap])
        #expect(real == once)
        #expect(once.workingDays == StageDuration(period: DateRange(start: day(2027, 4, 12), end: day(2027, 7, 16))).workingDays - 4)  // Ascension, 6 May, was off anyway
    }

    @Test func civilDateArithmetic() {
        #expect(day(2026, 4, 8).weekday == 3)
        #expect(day(2026, 4, 8).adding(days: 83) == day(2026, 6, 30))
        #expect(CivilDate(year: 2027, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CivilDate(iso: "2027-04-08") == day(2027, 4, 8))
        #expect(CivilDate(dayNumber: day(1999, 12, 31).dayNumber) == day(1999, 12, 31))
        #expect(day(2026, 11, 29).mondayOfWeek == day(2026, 11, 23))
    }
}
