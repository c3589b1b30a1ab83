import Foundation

/// How long a placement lasts, counted the way the law counts it (D124-6):
/// presence days are Monday to Friday, minus public holidays and interruptions;
/// 7 hours make a day and 22 days a month.
public struct StageDuration: Hashable, Sendable {
    /// Calendar days from start to end, both included.
    public let calendarDays: Int
    /// Monday–Friday days worked, before scaling to the days per week.
    public let workingDays: Int
    /// Presence days, scaled when fewer than 5 days a week are worked.
    public let presenceDays: Decimal
    public let hours: Decimal
    /// Hours falling in each calendar year: each is paid at that year's rate.
    public let hoursByYear: [Int: Decimal]

    public static let hoursPerLegalDay: Decimal = 7
    public static let daysPerLegalMonth: Decimal = 22
    /// Presence is counted over at most this many days from the start (two years).
    public static let maxCountedDays = 731

    /// Counts the presence of `period` minus `interruptions`. Hours per working
    /// day are weeklyHours ÷ 5 so that a 4-day week of 28 h still counts 28 h a
    /// week; with 5 days a week this is weeklyHours ÷ daysPerWeek, as the law says.
    public init(period: DateRange, interruptions: [DateRange] = [], weeklyHours: Decimal = 35, daysPerWeek: Int = 5) {
        calendarDays = max(0, period.calendarDays)
        // Days are counted one by one, so only over a span no placement exceeds:
        // a period typed as 0001–9999 is already an error, and must not stall every reader.
        let window = DateRange(start: period.start, end: min(period.end, period.start.adding(days: Self.maxCountedDays - 1)))
        var holidays = Set<Int>()
        var interrupted = Set<Int>()
        if window.start <= window.end {
            for year in window.start.year...window.end.year {
                holidays.formUnion(PublicHolidays.of(year).map(\.dayNumber))
            }
            for gap in interruptions where gap.overlaps(window) && gap.start <= gap.end {
                let from = max(gap.start, window.start).dayNumber, to = min(gap.end, window.end).dayNumber
                interrupted.formUnion(from...to)
            }
        }
        var daysByYear: [Int: Int] = [:]
        var total = 0
        var day = window.start
        while day <= window.end {
            if !day.isWeekend, !holidays.contains(day.dayNumber), !interrupted.contains(day.dayNumber) {
                total += 1
                daysByYear[day.year, default: 0] += 1
            }
            day = day.adding(days: 1)
        }
        let counted = total
        workingDays = counted
        let hoursPerWorkingDay = weeklyHours / 5
        let days = max(1, min(5, daysPerWeek))
        presenceDays = (Decimal(counted) * Decimal(days) / 5).rounded(scale: 2)
        hours = (Decimal(counted) * hoursPerWorkingDay).rounded(scale: 2)
        hoursByYear = daysByYear.mapValues { (Decimal($0) * hoursPerWorkingDay).rounded(scale: 2) }
    }

    public init(_ placement: Placement) {
        self.init(Key(placement))
    }

    init(_ key: Key) {
        self.init(period: key.period, interruptions: key.interruptions, weeklyHours: key.weeklyHours, daysPerWeek: key.daysPerWeek)
    }

    /// What a duration depends on, and nothing else: two placements with the same key have the same duration.
    struct Key: Hashable {
        let period: DateRange
        let interruptions: [DateRange]
        let weeklyHours: Decimal
        let daysPerWeek: Int

        init(_ placement: Placement) {
            self.init(period: placement.effectivePeriod, interruptions: placement.interruptions,
                      weeklyHours: placement.weeklyHours, daysPerWeek: placement.daysPerWeek)
        }

        init(period: DateRange, interruptions: [DateRange] = [], weeklyHours: Decimal = 35, daysPerWeek: Int = 5) {
            self.period = period
            self.interruptions = interruptions
            self.weeklyHours = weeklyHours
            self.daysPerWeek = daysPerWeek
        }
    }

    /// Whole weeks and the remaining days (calendar days ÷ 7).
    public var weeks: (weeks: Int, days: Int) { (calendarDays / 7, calendarDays % 7) }

    /// The legal breakdown: 1 month = 22 days = 154 h, 1 day = 7 h.
    public var legal: (months: Int, days: Int, hours: Decimal) {
        let perMonth = Self.daysPerLegalMonth * Self.hoursPerLegalDay
        var rest = hours
        let months = (rest / perMonth).rounded(scale: 0, mode: .down).intValue
        rest -= Decimal(months) * perMonth
        let days = (rest / Self.hoursPerLegalDay).rounded(scale: 0, mode: .down).intValue
        rest -= Decimal(days) * Self.hoursPerLegalDay
        return (months, days, rest)
    }
}
