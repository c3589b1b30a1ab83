import Foundation

/// One step of a record's workflow, kept forever in its history.
public struct Transition: Hashable, Sendable, Codable {
    public var by: String
    public var at: Date
    public var from: String?
    public var to: String
    public var comment: String?

    public init(by: String, at: Date, from: String?, to: String, comment: String? = nil) {
        self.by = by
        self.at = at
        self.from = from
        self.to = to
        self.comment = comment
    }
}

extension Array where Element == Transition {
    /// The latest comment left on a transition: what the student reads after a return.
    public var lastComment: Transition? {
        last { !($0.comment ?? "").isEmpty }
    }
}
