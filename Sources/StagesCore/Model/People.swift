import Foundation

/// The host-side supervisor of a placement (tuteur) or of an alternance
/// contract (maître d'apprentissage).
public struct Tutor: Hashable, Sendable, Codable {
    public var name: String
    public var function: String
    public var email: String
    public var phone: String

    public init(name: String = "", function: String = "", email: String = "", phone: String = "") {
        self.name = name
        self.function = function
        self.email = email
        self.phone = phone
    }

    /// Who this tutor is across placements: the email when known, else the name.
    public var identity: String {
        let mail = email.trimmed.lowercased()
        return mail.isEmpty ? name.trimmed.lowercased() : mail
    }
}

/// The teacher who follows a student during the placement (enseignant référent).
public struct Referent: Hashable, Sendable, Codable {
    public var name: String
    public var email: String

    public init(name: String = "", email: String = "") {
        self.name = name
        self.email = email
    }
}

/// Whom to write to about an offer.
public struct Contact: Hashable, Sendable, Codable {
    public var name: String
    public var email: String
    public var phone: String

    public init(name: String = "", email: String = "", phone: String = "") {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

/// Who did something and when: creation and last update of an offer.
public struct Stamp: Hashable, Sendable, Codable {
    public var by: String
    public var at: Date

    public init(by: String, at: Date) {
        self.by = by
        self.at = at
    }
}

/// How a contract or a placement ended early (rupture).
public struct Rupture: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var reason: String

    public init(date: CivilDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}
