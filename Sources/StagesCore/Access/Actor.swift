/// Who is acting: the coordinator may do everything; a student may only
/// touch their own draft or returned placement and their own alternance.
public struct Actor: Hashable, Sendable {
    public let login: String
    public let role: Role

    public init(login: String, role: Role) {
        self.login = login
        self.role = role
    }

    public static func coordinator(_ login: String) -> Actor { Actor(login: login, role: .coordinator) }
    public static func student(_ login: String) -> Actor { Actor(login: login, role: .student) }

    public var isCoordinator: Bool { role == .coordinator }
}

public enum Role: String, Sendable {
    case coordinator, student
}
