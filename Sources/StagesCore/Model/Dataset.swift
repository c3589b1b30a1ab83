/// Every record of the store, in memory, by id. A value: the screens keep one
/// in their state, the store loads and saves one, the rules read one.
/// Changes go through `Dataset+Changes.swift`, which checks who may make them.
public struct Dataset: Hashable, Sendable {
    public var programme: Programme {
        didSet {
            if priors != nil, priors?.programme == nil { priors?.programme = oldValue }
            log("programme/programme")
        }
    }
    public internal(set) var students: [String: Student]
    public internal(set) var organizations: [String: Organization]
    public internal(set) var offers: [String: Offer]
    public internal(set) var placements: [String: Placement]
    public internal(set) var alternances: [String: Alternance]
    /// Every record changed through this value, in order ("offers/off-001"), so
    /// a save compares only those and the screens re-index only those.
    /// Meaningful once `tracksChanges` is set (a dataset as loaded or saved).
    public private(set) var changeLog: [String] = []
    public private(set) var tracksChanges = false
    /// The first version of each record changed since `keepPriors()`, when asked for (see `Priors`).
    var priors: Priors?

    public init(programme: Programme, students: [Student] = [], organizations: [Organization] = [],
                offers: [Offer] = [], placements: [Placement] = [], alternances: [Alternance] = []) {
        self.programme = programme
        self.students = Self.index(students)
        self.organizations = Self.index(organizations)
        self.offers = Self.index(offers)
        self.placements = Self.index(placements)
        self.alternances = Self.index(alternances)
    }

    /// Starts tracking from here: what the store calls on what it read or wrote.
    public mutating func markUnchanged() {
        changeLog = []
        tracksChanges = true
    }

    mutating func log(_ key: String) {
        changeLog.append(key)
    }

    /// The records are what make two datasets equal; the change log is bookkeeping.
    public static func == (a: Dataset, b: Dataset) -> Bool {
        a.programme == b.programme && a.students == b.students && a.organizations == b.organizations
            && a.offers == b.offers && a.placements == b.placements && a.alternances == b.alternances
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(programme)
        hasher.combine(students.count)
        hasher.combine(offers.count)
        hasher.combine(placements.count)
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
