/// What a rule says about a record: which rule, how serious, which field, and why.
public struct Finding: Hashable, Sendable {
    public let rule: RuleID
    public let severity: Severity
    /// The field concerned, as a dotted path: "start", "tutor.email", "organization.siret".
    public let field: String
    public let message: LocalizedText

    public init(_ rule: RuleID, _ severity: Severity, field: String, _ message: LocalizedText) {
        self.rule = rule
        self.severity = severity
        self.field = field
        self.message = message
    }
}

/// Errors block a transition (submit, validate); warnings only inform.
public enum Severity: String, Sendable, Comparable {
    case warning, error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }

    public var label: LocalizedText {
        switch self {
        case .error: LocalizedText(fr: "erreur", en: "error")
        case .warning: LocalizedText(fr: "attention", en: "warning")
        }
    }
}

/// Every rule the tool checks; DOMAIN.md gives each one's source.
public enum RuleID: String, Sendable, CaseIterable {
    case required
    case endBeforeStart
    case duration
    case earliestStart
    case stipendMissing
    case stipendBelowMinimum
    case stipendRateUnknown
    case hoursPerOrganization
    case overlap
    case secondActivePlacement
    case alternanceTrack
    case tutorLoad
    case organizationQuota
    case siret
    case email
    case phone
    case postcode
    case unknownReference
    case dateOrder
}

extension Array where Element == Finding {
    public var errors: [Finding] { filter { $0.severity == .error } }
    public var warnings: [Finding] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The findings that concern one field of a form.
    public func on(_ field: String) -> [Finding] { filter { $0.field == field } }
}
