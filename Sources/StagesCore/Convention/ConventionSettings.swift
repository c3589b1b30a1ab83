/// What the convention says of the university and the programme, and the department's own
/// wording of its fixed clauses: kept in the programme's settings, edited with `stages settings`.
public struct ConventionSettings: Codable, Hashable, Sendable {
    public var university: String = ""
    public var universityAddress: String = ""
    /// Who signs for the university (its president, or whom they delegate).
    public var representative: String = ""
    public var representativeFunction: String = ""
    /// The department (IUT and department) that runs the programme.
    public var department: String = ""
    /// The programme's full title (D124-4, 1°).
    public var programmeTitle: String = ""
    /// Its teaching hours in the year (D124-4, 1°).
    public var teachingHours: Int?
    /// The department's wording of a fixed clause, by `FixedClause` key; the default otherwise.
    public var clauses: [String: ClauseText] = [:]

    public init() {}

    /// The settings that are text, by the name `stages settings` gives them, in the convention's order.
    public static let texts: [(key: String, path: WritableKeyPath<ConventionSettings, String> & Sendable)] = [
        ("university", \.university), ("university-address", \.universityAddress), ("representative", \.representative),
        ("representative-function", \.representativeFunction), ("department", \.department), ("programme-title", \.programmeTitle),
    ]

    /// The settings a convention cannot go without, named as `stages settings` names them.
    public var missing: [String] {
        Self.texts.filter { self[keyPath: $0.path].isBlank }.map(\.key) + (teachingHours == nil ? ["teaching-hours"] : [])
    }

    public func text(_ clause: FixedClause) -> ClauseText {
        clauses[clause.rawValue] ?? clause.defaultText
    }
}

/// A clause in both languages.
public struct ClauseText: Codable, Hashable, Sendable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String { language == .fr ? fr : en }
}
