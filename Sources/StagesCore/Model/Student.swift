/// A 3rd-year student. `login` is the Unix user name, and the record's id.
public struct Student: Record {
    public static let collection = "students"
    public var id: String { login }

    public var login: String
    public var studentNumber: String
    public var lastName: String
    public var firstName: String
    public var email: String
    public var phone: String
    public var group: String
    /// Academic year, "2026-2027".
    public var year: String
    public var track: Track
    public var domains: [Domain]
    public var notes: String

    public init(login: String, studentNumber: String = "", lastName: String, firstName: String,
                email: String, phone: String = "", group: String = "", year: String,
                track: Track = .stage, domains: [Domain] = [], notes: String = "") {
        self.login = login
        self.studentNumber = studentNumber
        self.lastName = lastName
        self.firstName = firstName
        self.email = email
        self.phone = phone
        self.group = group
        self.year = year
        self.track = track
        self.domains = domains
        self.notes = notes
    }

    /// "Camille Lefèvre"
    public var fullName: String { "\(firstName) \(lastName)" }
}

/// Whether a student does a stage or works under an alternance contract.
public enum Track: String, Codable, Labelled {
    case stage, alternance

    public var label: LocalizedText {
        switch self {
        case .stage: LocalizedText(fr: "Stage", en: "Internship")
        case .alternance: LocalizedText(fr: "Alternance", en: "Work-study")
        }
    }
}

/// The department's fields of work.
public enum Domain: String, Codable, Labelled {
    case documentation, archives, data, other

    public var label: LocalizedText {
        switch self {
        case .documentation: LocalizedText(fr: "Documentation", en: "Documentation")
        case .archives: LocalizedText(fr: "Archives", en: "Archives")
        case .data: LocalizedText(fr: "Données", en: "Data")
        case .other: LocalizedText(fr: "Autre", en: "Other")
        }
    }
}
