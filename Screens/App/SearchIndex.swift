import Foundation
import StagesCore

/// What the lists derive from the records, computed once per change of the
/// records rather than on every keystroke: accent- and case-folded search
/// text, and each student's situation.
struct SearchIndex {
    /// Offer id → folded title, organisation, city, description.
    let offerText: [String: String]
    /// Placement id → folded student, organisation, subject.
    let placementText: [String: String]
    let studentText: [String: String]
    let alternanceText: [String: String]
    let situations: [String: Situation]
    /// Findings per placement, for counts in the list.
    let placementFindings: [String: [Finding]]
    let durations: [String: StageDuration]
    /// Folded "last first" names and organisation names, for sorting.
    let studentSortKey: [String: String]
    let organizationSortKey: [String: String]

    init(_ data: Dataset, today: CivilDate) {
        func org(_ id: String) -> String { data.organizations[id]?.name ?? "" }
        func student(_ login: String) -> String { data.students[login]?.fullName ?? login }
        offerText = data.offers.mapValues { Self.fold("\($0.title) \(org($0.organizationID)) \($0.city) \($0.description)") }
        placementText = data.placements.mapValues {
            Self.fold("\(student($0.studentLogin)) \($0.studentLogin) \(org($0.organizationID)) \($0.subject)")
        }
        studentText = data.students.mapValues { Self.fold("\($0.fullName) \($0.login) \($0.group) \($0.email)") }
        alternanceText = data.alternances.mapValues {
            Self.fold("\(student($0.studentLogin)) \(org($0.employerID)) \($0.trainingBody) \($0.opco)")
        }
        situations = data.students.mapValues { Situation.of($0, in: data) }
        studentSortKey = data.students.mapValues { Self.fold("\($0.lastName) \($0.firstName)") }
        organizationSortKey = data.organizations.mapValues { Self.fold($0.name) }
        let book = RuleBook(data)
        placementFindings = data.placements.mapValues { book.findings(for: $0) }
        durations = data.placements.mapValues { StageDuration($0) }
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

/// Where a student stands: nothing yet, a placement at some step, or alternance.
enum Situation: Hashable, Comparable {
    case searching
    case placement(PlacementStatus)
    case alternance(AlternanceStatus)

    static func of(_ student: Student, in data: Dataset) -> Situation {
        if student.track == .alternance, let contract = data.alternance(of: student.login) {
            return .alternance(contract.status)
        }
        if let placement = data.activePlacement(of: student.login) { return .placement(placement.status) }
        if student.track == .alternance { return .alternance(.searching) }
        return .searching
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
