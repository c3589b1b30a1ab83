/// Every record of the store, in memory, by id. A value: the screens keep one
/// in their state, the store loads and saves one, the rules read one.
/// Changes go through `Dataset+Changes.swift`, which checks who may make them.
public struct Dataset: Hashable, Sendable {
    public var programme: Programme
    public internal(set) var students: [String: Student]
    public internal(set) var organizations: [String: Organization]
    public internal(set) var offers: [String: Offer]
    public internal(set) var placements: [String: Placement]
    public internal(set) var alternances: [String: Alternance]

    public init(programme: Programme, students: [Student] = [], organizations: [Organization] = [],
                offers: [Offer] = [], placements: [Placement] = [], alternances: [Alternance] = []) {
        self.programme = programme
        self.students = Self.index(students)
        self.organizations = Self.index(organizations)
        self.offers = Self.index(offers)
        self.placements = Self.index(placements)
        self.alternances = Self.index(alternances)
    }

    static func index<R: Record>(_ records: [R]) -> [String: R] {
        Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The student's placement that still counts (neither cancelled nor broken), if any.
    public func activePlacement(of login: String) -> Placement? {
        placements.values
            .filter { $0.studentLogin == login && $0.status != .cancelled && $0.status != .broken }
            .max { $0.start < $1.start }
    }

    /// The student's latest alternance contract, if any.
    public func alternance(of login: String) -> Alternance? {
        alternances.values.filter { $0.studentLogin == login }.max { $0.start < $1.start }
    }
}
