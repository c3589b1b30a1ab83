import Foundation

/// The stipend a placement owes and the one it agrees, side by side
/// (Code de l'éducation L124-6, D124-6, D124-8).
public struct StipendAssessment: Hashable, Sendable {
    public let duration: StageDuration
    /// Hours in the same organisation over the academic year, all placements added.
    public let hoursInOrganization: Decimal
    /// Beyond the threshold (308 h, two months) a stipend is owed.
    public let isMandatory: Bool
    /// The legal minimum per hour for each calendar year the placement's hours fall in.
    public let minimumHourlyByYear: [Int: Decimal]
    /// Years with no known ceiling yet, and the year whose rate stands in.
    public let borrowedRates: [Int: Int]
    /// Σ hours of each year × that year's minimum.
    public let minimumTotal: Decimal
    /// The agreed stipend per hour of presence; a monthly amount counts 22 days of presence a month.
    public let agreedHourly: Decimal?
    public let agreedTotal: Decimal?

    /// `duration`: the placement's, when already worked out.
    /// `rate`: the legal minimum per hour of a year, when a caller keeps them (see `RuleBook`).
    public init(placement p: Placement, programme: Programme, hoursInOrganization: Decimal, duration known: StageDuration? = nil,
                rate: ((Int) -> (amount: Decimal, borrowedFrom: Int?))? = nil) {
        let duration = known ?? StageDuration(p)
        self.duration = duration
        self.hoursInOrganization = hoursInOrganization
        isMandatory = hoursInOrganization > Decimal(programme.stipendThresholdHours)
        var minimums: [Int: Decimal] = [:]
        var borrowed: [Int: Int] = [:]
        var total = Decimal(0)
        for (year, hours) in duration.hoursByYear.sorted(by: { $0.key < $1.key }) {
            let rate = rate?(year) ?? programme.minimumHourlyStipend(in: year)
            minimums[year] = rate.amount
            if let from = rate.borrowedFrom { borrowed[year] = from }
            total += hours * rate.amount
        }
        minimumHourlyByYear = minimums
        borrowedRates = borrowed
        minimumTotal = total.rounded(scale: 2)
        if let stipend = p.stipend {
            let hourly: Decimal
            switch stipend.unit {
            case .perHour: hourly = stipend.amount
            case .perMonth:
                let hoursPerDay = p.weeklyHours / Decimal(max(1, p.daysPerWeek))
                hourly = hoursPerDay > 0 ? stipend.amount / (StageDuration.daysPerLegalMonth * hoursPerDay) : 0
            }
            agreedHourly = hourly
            agreedTotal = (hourly * duration.hours).rounded(scale: 2)
        } else {
            agreedHourly = nil
            agreedTotal = nil
        }
    }
}
