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
    /// Set on an amendment: the fields changed once the placement was validated,
    /// each with its value before and after. Absent from stores written before amendments.
    public var changes: [FieldChange]?
    /// Set on a reversal: the step takes back the status change before it (`from` is
    /// the status undone, `to` the one restored). Absent from stores written before undo.
    public var reversal: Bool?

    public init(by: String, name: String? = nil, at: Date, from: String?, to: String, comment: String? = nil,
                changes: [FieldChange]? = nil, reversal: Bool? = nil) {
        self.by = by
        self.name = name
        self.at = at
        self.from = from
        self.to = to
        self.comment = comment
        self.changes = changes
        self.reversal = reversal
    }

    /// An amendment: fields changed, the status unchanged.
    public var isAmendment: Bool { !(changes ?? []).isEmpty }
    /// A status change taken back (undo).
    public var isReversal: Bool { reversal == true }
}

/// One field of an amendment: its stable key (`AmendedField`) and its value
/// before and after, as text, so the history reads the same whatever the record becomes.
public struct FieldChange: Hashable, Sendable, Codable {
    public var field: String
    public var before: String
    public var after: String

    public init(field: String, before: String, after: String) {
        self.field = field
        self.before = before
        self.after = after
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
