/// A status in a workflow, which knows the statuses it may move to.
/// An impossible move is an error (`ModelError.transitionNotAllowed`), never a no-op.
public protocol WorkflowStatus: Labelled, Codable {
    var allowedNext: [Self] { get }
}

extension WorkflowStatus {
    public func canMove(to next: Self) -> Bool { allowedNext.contains(next) }
}
