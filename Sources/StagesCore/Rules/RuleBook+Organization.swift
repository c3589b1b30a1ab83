import Foundation

/// What an organisation's record shows of the rules that count its placements:
/// interns per week against its quota (L124-8) and each student's hours there
/// against the 924 h cap (L124-5), worked out by the same functions the
/// placement rules use.
public struct OrganizationLoad: Hashable, Sendable {
    /// The week with the most interns present, and how many; nil with none.
    public let busiestWeek: CivilDate?
    public let peakInterns: Int
    /// Interns allowed in one week; nil while the headcount is unknown.
    public let quota: Int?
    public let hoursByStudent: [StudentHours]
    public let maxHours: Int

    public var isOverQuota: Bool { quota.map { peakInterns > $0 } ?? false }
}

/// One student's hours of presence in one organisation over one academic year, all placements added.
public struct StudentHours: Hashable, Sendable {
    public let login: String
    public let academicYear: Int
    public let hours: Decimal
}

extension RuleBook {
    public func load(of orgID: String) -> OrganizationLoad {
        let hosted = (placementsByOrganization(orgID) ?? []).filter { $0.start <= $0.end }
        var busiest: (monday: CivilDate, interns: Int)?
        if let first = hosted.map(\.effectivePeriod.start).min(), let last = hosted.map(\.effectivePeriod.end).max() {
            busiest = Self.busiestWeek(of: hosted, within: DateRange(start: first, end: last))
        }
        var seen = Set<String>()
        var hours: [StudentHours] = []
        for p in hosted.sorted(by: { ($0.studentLogin, $0.start) < ($1.studentLogin, $1.start) }) {
            let year = Programme.academicYear(of: p.start)
            guard seen.insert("\(p.studentLogin)\u{0}\(year)").inserted else { continue }
            hours.append(StudentHours(login: p.studentLogin, academicYear: year, hours: hoursInOrganization(for: p)))
        }
        return OrganizationLoad(busiestWeek: busiest?.monday, peakInterns: busiest?.interns ?? 0,
                                quota: dataset.organizations[orgID]?.headcount.map(Self.quota(headcount:)),
                                hoursByStudent: hours, maxHours: programme.maxHoursPerOrganization)
    }
}
