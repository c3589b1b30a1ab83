import Foundation

/// A year's placements counted: the agreed ones (validated, signed, under way, completed) by host
/// organisation, domain, student group, referent teacher and stipend band. Computed from a year's
/// records, the current one's or an archive's, for the dashboard and `stages export stats`.
public struct Statistics: Hashable, Sendable {
    public enum Dimension: String, CaseIterable, Sendable {
        case organization, domain, group, referent, stipend

        public var label: LocalizedText {
            switch self {
            case .organization: LocalizedText(fr: "Par structure d'accueil", en: "By host organisation")
            case .domain: LocalizedText(fr: "Par domaine", en: "By domain")
            case .group: LocalizedText(fr: "Par groupe", en: "By group")
            case .referent: LocalizedText(fr: "Par enseignant·e référent·e", en: "By referent teacher")
            case .stipend: LocalizedText(fr: "Par gratification (par heure)", en: "By stipend (per hour)")
            }
        }
    }

    /// "2026-2027"
    public let year: String
    /// How many placements were agreed.
    public let placements: Int
    /// By dimension, each value's count (values as `language` writes them).
    public let counts: [Dimension: [String: Int]]

    public init(_ data: Dataset, language: Language) {
        year = data.programme.academicYearLabel
        let agreed = data.placements.values.filter { $0.status.isAgreed || $0.status == .completed }
        placements = agreed.count
        let book = RuleBook(data)
        let none = LocalizedText(fr: "non précisé", en: "not given")(language)
        func key(_ p: Placement, _ dimension: Dimension) -> String {
            switch dimension {
            case .organization: return data.organizations[p.organizationID]?.name ?? none
            case .domain:
                let domain = p.offerID.flatMap { data.offers[$0]?.domain } ?? data.students[p.studentLogin]?.domains.first
                return domain?.label(language) ?? none
            case .group:
                let group = data.students[p.studentLogin]?.group ?? ""
                return group.isEmpty ? none : group
            case .referent:
                let name = p.referent?.name ?? ""
                return name.isEmpty ? none : name
            case .stipend:
                return Self.band(book.stipendAssessment(for: p), language)
            }
        }
        var counts: [Dimension: [String: Int]] = [:]
        for dimension in Dimension.allCases {
            counts[dimension] = Dictionary(grouping: agreed, by: { key($0, dimension) }).mapValues(\.count)
        }
        self.counts = counts
    }

    /// The stipend bands, from none to the most: statistics list them in this order, not by count.
    static let bands: [LocalizedText] = [
        LocalizedText(fr: "aucune", en: "none"), LocalizedText(fr: "aucune (due !)", en: "none (owed!)"),
        LocalizedText(fr: "minimum légal", en: "legal minimum"), LocalizedText(fr: "moins de 5 €/h", en: "under €5/h"),
        LocalizedText(fr: "5 à 6 €/h", en: "€5 to €6/h"), LocalizedText(fr: "6 €/h et plus", en: "€6/h and more"),
    ]

    /// The band of a placement's stipend: none, at the legal minimum, or how far above it.
    static func band(_ stipend: StipendAssessment, _ language: Language) -> String {
        guard let hourly = stipend.agreedHourly, hourly > 0 else { return bands[stipend.isMandatory ? 1 : 0](language) }
        let minimum = stipend.minimumHourlyByYear.values.max() ?? 0
        if hourly <= minimum + Decimal(string: "0.005")! { return bands[2](language) }
        return bands[hourly < 5 ? 3 : hourly < 6 ? 4 : 5](language)
    }

    /// Where a value stands among the stipend bands, in either language (nil: not a band).
    static func bandRank(_ value: String) -> Int? {
        bands.firstIndex { $0(.fr) == value || $0(.en) == value }
    }

    /// Each value of `dimension` over several years (this one and archives), the most placements over
    /// those years first, then by name (stipend bands in their own order): the rows of a table with a column per year.
    public static func rows(_ dimension: Dimension, _ years: [Statistics]) -> [(value: String, counts: [Int])] {
        let values = Set(years.flatMap { $0.counts[dimension]?.keys.map { $0 } ?? [] })
        return values.map { value in (value, years.map { $0.counts[dimension]?[value] ?? 0 }) }
            .sorted { a, b in
                if dimension == .stipend, let x = bandRank(a.value), let y = bandRank(b.value) { return x < y }
                let (x, y) = (a.counts.reduce(0, +), b.counts.reduce(0, +))
                return x != y ? x > y : a.value < b.value
            }
    }
}
