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

    /// The band of a placement's stipend: none, at the legal minimum, or how far above it.
    static func band(_ stipend: StipendAssessment, _ language: Language) -> String {
        let fr = language == .fr
        guard let hourly = stipend.agreedHourly, hourly > 0 else {
            return stipend.isMandatory ? (fr ? "aucune (due !)" : "none (owed!)") : (fr ? "aucune" : "none")
        }
        let minimum = stipend.minimumHourlyByYear.values.max() ?? 0
        if hourly <= minimum + Decimal(string: "0.005")! { return fr ? "minimum légal" : "legal minimum" }
        if hourly < 5 { return fr ? "moins de 5 €/h" : "under €5/h" }
        if hourly < 6 { return fr ? "5 à 6 €/h" : "€5 to €6/h" }
        return fr ? "6 €/h et plus" : "€6/h and more"
    }

    /// Each value of `dimension` over several years (this one and archives), the most placements over
    /// those years first, then by name: the rows of a table with a column per year.
    public static func rows(_ dimension: Dimension, _ years: [Statistics]) -> [(value: String, counts: [Int])] {
        let values = Set(years.flatMap { $0.counts[dimension]?.keys.map { $0 } ?? [] })
        return values.map { value in (value, years.map { $0.counts[dimension]?[value] ?? 0 }) }
            .sorted { a, b in
                let (x, y) = (a.counts.reduce(0, +), b.counts.reduce(0, +))
                return x != y ? x > y : a.value < b.value
            }
    }
}
