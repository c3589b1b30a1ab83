import Foundation

/// One step of a record's workflow, kept forever in its history.
public struct Transition: Hashable, Sendable, Codable {
    /// The login of whoever made the step, and their name as it was then.
    public var by: String
    public var name: String?
    public var at: Date
    public var from: String?
    public var to: String
    public var comment: String?

    public init(by: String, name: String? = nil, at: Date, from: String?, to: String, comment: String? = nil) {
        self.by = by
        self.name = name
        self.at = at
        self.from = from
        self.to = to
        self.comment = comment
    }
}

extension Transition {
    /// Who made the step: "Marie Dupont (mdupont)", or the login alone.
    public var person: Person { Person(login: by, name: name ?? "") }
}

extension Array where Element == Transition {
    /// The latest comment left on a transition: what the student reads after a return.
    public var lastComment: Transition? {
        last { !($0.comment ?? "").isEmpty }
    }
}
