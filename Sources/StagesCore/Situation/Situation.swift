/// Where a student stands: nothing yet, a placement at some step, or
/// alternance. The same answer for the screens, `check` and the exports.
///
/// - A student on the alternance track is in their latest contract's status
///   (`searching` while there is none), unless they have no contract and a
///   placement, which then says where they are.
/// - Otherwise the latest placement that still counts (neither cancelled nor
///   broken) gives the situation; with none, the student is searching.
public enum Situation: Hashable, Comparable, Sendable {
    case searching
    case placement(PlacementStatus)
    case alternance(AlternanceStatus)

    /// Every student's situation, by login, with one pass over placements and contracts.
    public static func all(in data: Dataset) -> [String: Situation] {
        var active: [String: Placement] = [:]
        for p in data.placements.values where p.status != .cancelled && p.status != .broken {
            if let other = active[p.studentLogin], (other.start, other.id) >= (p.start, p.id) { continue }
            active[p.studentLogin] = p
        }
        var contracts: [String: Alternance] = [:]
        for c in data.alternances.values {
            if let other = contracts[c.studentLogin], (other.start, other.id) >= (c.start, c.id) { continue }
            contracts[c.studentLogin] = c
        }
        return data.students.mapValues { of($0, placement: active[$0.login], contract: contracts[$0.login]) }
    }

    private static func of(_ student: Student, placement: Placement?, contract: Alternance?) -> Situation {
        if student.track == .alternance, let contract { return .alternance(contract.status) }
        if let placement { return .placement(placement.status) }
        return student.track == .alternance ? .alternance(.searching) : .searching
    }

    /// Every situation a student can be in, in the order of `<`.
    public static let every: [Situation] = [.searching]
        + PlacementStatus.allCases.filter { $0 != .cancelled && $0 != .broken }.map(Situation.placement)
        + AlternanceStatus.allCases.map(Situation.alternance)

    /// Searching first, then placements in workflow order, then contracts.
    private var rank: Int {
        switch self {
        case .searching: 0
        case .placement(let status): 1 + PlacementStatus.allCases.firstIndex(of: status)!
        case .alternance(let status): 1 + PlacementStatus.allCases.count + AlternanceStatus.allCases.firstIndex(of: status)!
        }
    }

    public static func < (a: Situation, b: Situation) -> Bool { a.rank < b.rank }

    /// "Sans solution": no validated placement and no signed contract (a request drafted, submitted or
    /// returned is not one yet; a broken contract is one no more).
    public var isWithoutAnything: Bool {
        switch self {
        case .searching: true
        case .placement(let status): [.draft, .submitted, .returned].contains(status)
        case .alternance(let status): status == .searching || status == .broken
        }
    }

    /// "stage : validée", "work-study: signed"
    public var label: LocalizedText {
        switch self {
        case .searching:
            LocalizedText(fr: "en recherche", en: "searching")
        case .placement(let status):
            LocalizedText(fr: "stage : " + status.label.fr.lowercased(), en: "placement: " + status.label.en.lowercased())
        case .alternance(let status):
            LocalizedText(fr: "alternance : " + status.label.fr.lowercased(), en: "work-study: " + status.label.en.lowercased())
        }
    }
}

/// In JSON: `{"kind": "searching"}`, `{"kind": "placement", "status": "validated"}`,
/// `{"kind": "alternance", "status": "signed"}`, the statuses as the store writes them.
extension Situation: Codable {
    private enum CodingKeys: String, CodingKey { case kind, status }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "searching": self = .searching
        case "placement": self = .placement(try c.decode(PlacementStatus.self, forKey: .status))
        case "alternance": self = .alternance(try c.decode(AlternanceStatus.self, forKey: .status))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown situation “\(other)”")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .searching:
            try c.encode("searching", forKey: .kind)
        case .placement(let status):
            try c.encode("placement", forKey: .kind)
            try c.encode(status, forKey: .status)
        case .alternance(let status):
            try c.encode("alternance", forKey: .kind)
            try c.encode(status, forKey: .status)
        }
    }
}
