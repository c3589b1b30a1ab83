import Foundation
import StagesCore

/// What the lists derive from the records, computed once per change of the
/// records rather than on every keystroke: accent- and case-folded search
/// text, each list's order, and each student's situation. After a save, the
/// text of records that did not change is reused.
struct SearchIndex {
    /// Offer id → folded title, organisation, city, description.
    let offerText: [String: String]
    /// Placement id → folded student, organisation, subject.
    let placementText: [String: String]
    let studentText: [String: String]
    let alternanceText: [String: String]
    let situations: [String: Situation]
    /// Ids in display order: offers for each sort, the others by student name.
    let offerOrder: [OfferSort: [String]]
    let placementOrder: [String]
    let studentOrder: [String]
    let alternanceOrder: [String]
    /// Findings and durations of placements, computed when first asked for.
    let facts: PlacementFacts

    init(_ data: Dataset, today: CivilDate, previous: (index: SearchIndex, data: Dataset)? = nil) {
        func org(_ id: String) -> String { data.organizations[id]?.name ?? "" }
        func student(_ login: String) -> String { data.students[login]?.fullName ?? login }
        // Texts mention names from other tables: reuse them only when those did not change.
        let namesSame = previous.map { $0.data.organizations == data.organizations && $0.data.students == data.students } ?? false
        func texts<R: Record>(_ table: [String: R], _ old: [String: R]?, _ oldText: [String: String]?,
                              _ make: (R) -> String) -> [String: String] {
            table.mapValues { record in
                if namesSame, let oldText, old?[record.id] == record, let text = oldText[record.id] { return text }
                return Self.fold(make(record))
            }
        }
        offerText = texts(data.offers, previous?.data.offers, previous?.index.offerText) {
            "\($0.title) \(org($0.organizationID)) \($0.city) \($0.description)"
        }
        placementText = texts(data.placements, previous?.data.placements, previous?.index.placementText) {
            "\(student($0.studentLogin)) \($0.studentLogin) \(org($0.organizationID)) \($0.subject)"
        }
        studentText = texts(data.students, previous?.data.students, previous?.index.studentText) {
            "\($0.fullName) \($0.login) \($0.group) \($0.email)"
        }
        alternanceText = texts(data.alternances, previous?.data.alternances, previous?.index.alternanceText) {
            "\(student($0.studentLogin)) \(org($0.employerID)) \($0.trainingBody) \($0.opco)"
        }
        situations = Situation.all(in: data)

        let studentKey = data.students.mapValues { Self.fold("\($0.lastName) \($0.firstName)") }
        let orgKey = data.organizations.mapValues { Self.fold($0.name) }
        func sorted<K: Comparable>(_ ids: some Collection<String>, by key: (String) -> K) -> [String] {
            ids.map { (key($0), $0) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
        }
        let offers = data.offers
        let earliest = data.programme.earliestStart.dayNumber
        offerOrder = [
            .received: sorted(offers.keys) { -(offers[$0]!.receivedOn?.dayNumber ?? Int.min / 2) },
            .start: sorted(offers.keys) { id -> Int in
                if case .on(let day) = offers[id]!.start { return day.dayNumber }
                return earliest
            },
            .organization: sorted(offers.keys) { (orgKey[offers[$0]!.organizationID] ?? "") + "\u{0}" + offers[$0]!.title },
            .applyBy: sorted(offers.keys) { offers[$0]!.applyBy?.dayNumber ?? Int.max },
        ]
        placementOrder = sorted(data.placements.keys) { studentKey[data.placements[$0]!.studentLogin] ?? "" }
        studentOrder = sorted(data.students.keys) { studentKey[$0] ?? "" }
        alternanceOrder = sorted(data.alternances.keys) { studentKey[data.alternances[$0]!.studentLogin] ?? "" }
        facts = PlacementFacts(data)
    }

    /// "Données" → "donnees": what search compares.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The folded words of a query; a record matches when its text holds them all.
    static func words(_ query: String) -> [Substring] { fold(query).split(separator: " ") }

    static func matches(_ text: String?, _ words: [Substring]) -> Bool {
        guard !words.isEmpty else { return true }
        guard let text else { return false }
        return words.allSatisfy { text.contains($0) }
    }
}

/// Rule findings and durations of placements, worked out on first request
/// (the list shows a screenful; the dashboard asks for all) and kept until
/// the records change.
final class PlacementFacts {
    private let data: Dataset
    private lazy var book = RuleBook(data)
    private var findingsCache: [String: [Finding]] = [:]
    private var durationCache: [String: StageDuration] = [:]

    init(_ data: Dataset) {
        self.data = data
    }

    func findings(_ id: String) -> [Finding] {
        if let known = findingsCache[id] { return known }
        guard let placement = data.placements[id] else { return [] }
        let found = book.findings(for: placement)
        findingsCache[id] = found
        return found
    }

    func duration(_ id: String) -> StageDuration? {
        if let known = durationCache[id] { return known }
        guard let placement = data.placements[id] else { return nil }
        let duration = StageDuration(placement)
        durationCache[id] = duration
        return duration
    }
}

/// Where a student stands: nothing yet, a placement at some step, or alternance.
enum Situation: Hashable, Comparable {
    case searching
    case placement(PlacementStatus)
    case alternance(AlternanceStatus)

    /// Every student's situation, with one pass over placements and contracts.
    static func all(in data: Dataset) -> [String: Situation] {
        var active: [String: Placement] = [:]
        for p in data.placements.values where p.status != .cancelled && p.status != .broken {
            if let other = active[p.studentLogin], other.start >= p.start { continue }
            active[p.studentLogin] = p
        }
        var contracts: [String: Alternance] = [:]
        for c in data.alternances.values {
            if let other = contracts[c.studentLogin], other.start >= c.start { continue }
            contracts[c.studentLogin] = c
        }
        return data.students.mapValues { student in
            if student.track == .alternance, let contract = contracts[student.login] { return .alternance(contract.status) }
            if let placement = active[student.login] { return .placement(placement.status) }
            return student.track == .alternance ? .alternance(.searching) : .searching
        }
    }

    private var rank: Int {
        switch self {
        case .searching: 0
        case .placement(let status): 1 + PlacementStatus.allCases.firstIndex(of: status)!
        case .alternance(let status): 20 + AlternanceStatus.allCases.firstIndex(of: status)!
        }
    }

    static func < (a: Situation, b: Situation) -> Bool { a.rank < b.rank }

    /// Nothing settled yet: no placement beyond a draft, no signed contract.
    var isWithoutAnything: Bool {
        switch self {
        case .searching: true
        case .placement(let status): status == .draft
        case .alternance(let status): status == .searching
        }
    }

    func label(_ language: Language) -> String {
        let fr = language == .fr
        switch self {
        case .searching: return fr ? "en recherche" : "searching"
        case .placement(let status): return (fr ? "stage : " : "placement: ") + status.label(language).lowercased()
        case .alternance(let status): return (fr ? "alternance : " : "work-study: ") + status.label(language).lowercased()
        }
    }
}
