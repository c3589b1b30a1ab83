import Foundation

/// Someone who uses the application: a login and the name people know them by.
public struct Person: Hashable, Sendable, Codable {
    public var login: String
    public var name: String

    public init(login: String, name: String = "") {
        self.login = login
        self.name = name
    }

    /// "Marie Dupont (mdupont)", or the login alone when no name is known.
    public var label: String {
        let trimmed = name.trimmed
        return trimmed.isEmpty || trimmed == login ? login : "\(trimmed) (\(login))"
    }
}

/// Who is acting. `login` and `role` say whose rights apply: the coordinator
/// may do everything; a student may only touch their own draft or returned
/// placement and their own alternance. `person` is who is really at the
/// keyboard and is what the history records: a coordinator "seeing as" a
/// student has the student's rights, and their own name in the history.
public struct Actor: Hashable, Sendable {
    public let login: String
    public let role: Role
    public let person: Person

    public init(login: String, role: Role, person: Person? = nil) {
        self.login = login
        self.role = role
        self.person = person ?? Person(login: login)
    }

    public static func coordinator(_ login: String, name: String = "") -> Actor {
        Actor(login: login, role: .coordinator, person: Person(login: login, name: name))
    }

    public static func student(_ login: String, name: String = "") -> Actor {
        Actor(login: login, role: .student, person: Person(login: login, name: name))
    }

    /// A coordinator trying a student's application: the student's rights, the coordinator's name.
    public static func student(_ login: String, seenBy coordinator: Person) -> Actor {
        Actor(login: login, role: .student, person: coordinator)
    }

    public var isCoordinator: Bool { role == .coordinator }

    /// A step of a workflow, signed by whoever is really acting.
    func transition(at now: Date, from: String?, to: String, comment: String? = nil,
                    changes: [FieldChange]? = nil, reversal: Bool? = nil) -> Transition {
        Transition(by: person.login, name: person.name.isEmpty ? nil : person.name, at: now, from: from, to: to,
                   comment: comment, changes: changes, reversal: reversal)
    }
}

public enum Role: String, Sendable {
    case coordinator, student
}
