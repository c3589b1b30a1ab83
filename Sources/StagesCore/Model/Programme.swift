import Foundation

/// The settings of one academic year: the department's choices and the legal
/// figures the rules use. Stored with the data so the coordinator can change them.
public struct Programme: Hashable, Sendable, Codable {
    /// The year the academic year begins in September: 2026 for 2026–2027.
    public var academicYear: Int
    /// No stage starts before this day (8 April of the spring, by default).
    public var earliestStart: CivilDate
    public var minWeeks: Int
    public var maxWeeks: Int
    /// The stipend is mandatory beyond this many hours in one organisation (L124-6, D124-6).
    public var stipendThresholdHours: Int
    /// At most this many hours per student and organisation in a year (L124-5).
    public var maxHoursPerOrganization: Int
    /// Interns one tutor may follow at once (R124-13).
    public var maxInternsPerTutor: Int
    /// Minimum stipend as a share of the hourly social-security ceiling (D124-8), in percent.
    public var stipendRatePercent: Decimal
    /// Hourly social-security ceilings by calendar year; the coordinator adds each December's.
    public var ceilings: [HourlyCeiling]
    /// Who runs the internships: these logins open the coordinator's application,
    /// everyone else listed as a student their own. Sorted by login.
    public var coordinators: [Person]
    /// The university, the programme and the fixed clauses, as the convention de stage prints them.
    public var convention = ConventionSettings()
    /// Set on the archive of a finished year (`stages year start`): the day it was archived. An archive
    /// is read, browsed and printed from, never written to (both stores refuse to save it).
    public var archivedOn: CivilDate?

    public init(academicYear: Int, earliestStart: CivilDate? = nil, minWeeks: Int = 12, maxWeeks: Int = 16,
                stipendThresholdHours: Int = 308, maxHoursPerOrganization: Int = 924,
                maxInternsPerTutor: Int = 3, stipendRatePercent: Decimal = 15,
                ceilings: [HourlyCeiling] = HourlyCeiling.known, coordinators: [Person] = []) {
        self.academicYear = academicYear
        self.earliestStart = earliestStart ?? CivilDate(year: academicYear + 1, month: 4, day: 8)!
        self.minWeeks = minWeeks
        self.maxWeeks = maxWeeks
        self.stipendThresholdHours = stipendThresholdHours
        self.maxHoursPerOrganization = maxHoursPerOrganization
        self.maxInternsPerTutor = maxInternsPerTutor
        self.stipendRatePercent = stipendRatePercent
        self.ceilings = ceilings
        self.coordinators = coordinators.sorted { $0.login < $1.login }
    }

    public func coordinator(_ login: String) -> Person? {
        coordinators.first { $0.login == login }
    }

    /// Adds a coordinator, or renames one already there when a name is given.
    public mutating func appoint(_ person: Person) {
        if let index = coordinators.firstIndex(where: { $0.login == person.login }) {
            if !person.name.isEmpty { coordinators[index].name = person.name }
        } else {
            coordinators.append(person)
            coordinators.sort { $0.login < $1.login }
        }
    }

    public mutating func dismiss(_ login: String) {
        coordinators.removeAll { $0.login == login }
    }

    /// The academic year (September to August) a day belongs to.
    public static func academicYear(of day: CivilDate) -> Int {
        day.month >= 9 ? day.year : day.year - 1
    }

    /// The settings for the academic year running on `day`.
    public static func current(on day: CivilDate) -> Programme {
        Programme(academicYear: academicYear(of: day))
    }

    /// "2026-2027"
    public var academicYearLabel: String { "\(academicYear)-\(academicYear + 1)" }

    /// The minimum hourly stipend for a calendar year, and whether it had to
    /// borrow the latest known year's ceiling because that year has none yet.
    public func minimumHourlyStipend(in year: Int) -> (amount: Decimal, borrowedFrom: Int?) {
        let sorted = ceilings.sorted { $0.year < $1.year }
        let ceiling = sorted.last { $0.year == year }
            ?? sorted.last { $0.year < year }
            ?? sorted.first
        guard let ceiling else { return (0, nil) }
        let amount = (ceiling.hourly * stipendRatePercent / 100).rounded(scale: 2)
        return (amount, ceiling.year == year ? nil : ceiling.year)
    }
}

extension Programme {
    private enum CodingKeys: String, CodingKey {
        case academicYear, earliestStart, minWeeks, maxWeeks, stipendThresholdHours, maxHoursPerOrganization
        case maxInternsPerTutor, stipendRatePercent, ceilings, coordinators, convention, archivedOn
    }

    /// Stores written before roles lived in the store have no coordinators.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(academicYear: try c.decode(Int.self, forKey: .academicYear),
                  earliestStart: try c.decode(CivilDate.self, forKey: .earliestStart),
                  minWeeks: try c.decode(Int.self, forKey: .minWeeks), maxWeeks: try c.decode(Int.self, forKey: .maxWeeks),
                  stipendThresholdHours: try c.decode(Int.self, forKey: .stipendThresholdHours),
                  maxHoursPerOrganization: try c.decode(Int.self, forKey: .maxHoursPerOrganization),
                  maxInternsPerTutor: try c.decode(Int.self, forKey: .maxInternsPerTutor),
                  stipendRatePercent: try c.decode(Decimal.self, forKey: .stipendRatePercent),
                  ceilings: try c.decode([HourlyCeiling].self, forKey: .ceilings),
                  coordinators: try c.decodeIfPresent([Person].self, forKey: .coordinators) ?? [])
        convention = try c.decodeIfPresent(ConventionSettings.self, forKey: .convention) ?? ConventionSettings()
        archivedOn = try c.decodeIfPresent(CivilDate.self, forKey: .archivedOn)
    }
}

/// The plafond horaire de la sécurité sociale of one calendar year.
public struct HourlyCeiling: Hashable, Sendable, Codable {
    public var year: Int
    public var hourly: Decimal
    public var source: String

    public init(year: Int, hourly: Decimal, source: String) {
        self.year = year
        self.hourly = hourly
        self.source = source
    }

    /// The figures in force when this was written (DOMAIN.md).
    public static let known = [
        HourlyCeiling(year: 2024, hourly: 29, source: "arrêté du 19 décembre 2023"),
        HourlyCeiling(year: 2025, hourly: 29, source: "arrêté du 19 décembre 2024"),
        HourlyCeiling(year: 2026, hourly: 30, source: "arrêté du 22 décembre 2025 (PMSS 4 005 €)"),
    ]
}
