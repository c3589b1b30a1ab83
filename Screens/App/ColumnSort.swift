import Foundation
import StagesCore
import TextFolding

/// A list sorted by one of its columns, either way: `t` goes from its own order to the first
/// column ascending, then descending, then the next column, and back to its own order.
struct ColumnSort: Equatable {
    var column: Int
    var descending = false

    /// The next order after `current` for a list of `columns` columns (nil: the list's own).
    static func next(after current: ColumnSort?, columns: Int) -> ColumnSort? {
        guard let current else { return ColumnSort(column: 0) }
        if !current.descending { return ColumnSort(column: current.column, descending: true) }
        return current.column + 1 < columns ? ColumnSort(column: current.column + 1) : nil
    }
}

/// What a column sorts by: folded text, a number, or a day.
enum SortKey: Comparable {
    case text(String), number(Decimal), day(Int)

    static func folded(_ text: String) -> SortKey { .text(Folding.fold(text)) }
}

extension AppState {
    /// The sort keys of the current list's columns, in their order, and their names: sortable lists only.
    func columnSortKeys(_ tab: Tab) -> [(name: String, key: (String) -> SortKey)] {
        let t = translate
        switch tab {
        case .placements:
            let facts = index.facts
            func p(_ id: String) -> Placement? { data.placements[id] }
            return [
                (t(Strings.Common.student), { .folded(self.sortName(p($0)?.studentLogin ?? "")) }),
                (t(Strings.Common.organisation), { .folded(self.organizationName(p($0)?.organizationID ?? "")) }),
                (t(Strings.Common.start), { .day(p($0)?.start.dayNumber ?? 0) }),
                (t(Strings.Common.end), { .day(p($0)?.end.dayNumber ?? 0) }),
                (t(Strings.Common.wks), { .number(Decimal(p($0).map { facts.duration($0.id)?.weeks.weeks ?? 0 } ?? 0)) }),
                (t(Strings.Placements.hours), { .number(p($0).flatMap { facts.duration($0.id)?.hours } ?? 0) }),
                (t(Strings.Common.status), { .number(Decimal(p($0).flatMap { PlacementStatus.allCases.firstIndex(of: $0.status) } ?? 0)) }),
                ("✗", { .number(Decimal(facts.findings($0).errors.count)) }),
            ]
        case .alternance:
            func c(_ id: String) -> Alternance? { data.alternances[id] }
            return [
                (t(Strings.Common.student), { .folded(self.sortName(c($0)?.studentLogin ?? "")) }),
                (t(Strings.Alternance.kind), { .text(c($0)?.kind.rawValue ?? "") }),
                (t(Strings.Alternance.employer), { .folded(self.organizationName(c($0)?.employerID ?? "")) }),
                (t(Strings.Common.start), { .day(c($0)?.start.dayNumber ?? 0) }),
                (t(Strings.Common.end), { .day(c($0)?.end.dayNumber ?? 0) }),
                (t(Strings.Alternance.rhythm), { .folded(c($0)?.rhythm ?? "") }),
                (t(Strings.Common.status), { .number(Decimal(c($0).flatMap { AlternanceStatus.allCases.firstIndex(of: $0.status) } ?? 0)) }),
            ]
        case .students:
            func s(_ login: String) -> Student? { data.students[login] }
            return [
                (t(Strings.Students.lastName), { .folded(s($0)?.lastName ?? "") }),
                (t(Strings.Students.firstName), { .folded(s($0)?.firstName ?? "") }),
                (t(Strings.Students.group), { .folded(s($0)?.group ?? "") }),
                (t(Strings.Common.track), { .text(s($0)?.track.rawValue ?? "") }),
                (t(Strings.Common.situation), { .number(Decimal(self.index.situations[$0].flatMap { Situation.every.firstIndex(of: $0) } ?? 0)) }),
            ]
        case .organizations:
            func o(_ id: String) -> Organization? { data.organizations[id] }
            return [
                (t(Strings.Organizations.name), { .folded(o($0)?.name ?? "") }),
                ("SIRET", { .text(Organization.siretKey(o($0)?.siret ?? "")) }),
                (t(Strings.Common.city), { .folded(o($0)?.city ?? "") }),
                (t(Strings.Organizations.offersColumn), { .number(Decimal(self.offerCount(organization: $0))) }),
                (t(Strings.Organizations.placementsColumn), { .number(Decimal(self.index.facts.organizationCounts[$0]?.placements ?? 0)) }),
            ]
        default:
            return []
        }
    }

    /// A student as names sort: by last name, then first name (as the lists' own order).
    func sortName(_ login: String) -> String {
        data.students[login].map { "\($0.lastName) \($0.firstName)" } ?? login
    }

    /// `ids` in the order the current list's column sort asks (its own order among equals), or as they are.
    func sortedByColumn(_ ids: [String], _ tab: Tab, _ sort: ColumnSort?) -> [String] {
        guard let sort, let key = columnSortKeys(tab)[safe: sort.column]?.key else { return ids }
        let keyed = ids.enumerated().map { (key($0.element), $0.offset, $0.element) }
        return keyed.sorted { a, b in
            a.0 == b.0 ? a.1 < b.1 : (sort.descending ? a.0 > b.0 : a.0 < b.0)
        }.map(\.2)
    }

    /// The list's filter line's entry for its order: its own, or a column's either way.
    func sortFilter(_ tab: Tab, _ sort: ColumnSort?) -> ListFilter {
        ListFilter.order(sort.flatMap { columnSortKeys(tab)[safe: $0.column]?.name }, descending: sort?.descending ?? false,
                         own: t(Strings.App.ownOrder), self)
    }

    /// `t` on a list: the next column or direction, said on the status line.
    mutating func sortByNextColumn() {
        let columns = columnSortKeys(tab)
        func next(_ sort: ColumnSort?) -> ColumnSort? { ColumnSort.next(after: sort, columns: columns.count) }
        let sort: ColumnSort?
        switch tab {
        case .placements: placements.columnSort = next(placements.columnSort); sort = placements.columnSort
        case .alternance: alternance.columnSort = next(alternance.columnSort); sort = alternance.columnSort
        case .students: students.columnSort = next(students.columnSort); sort = students.columnSort
        case .organizations: organizations.columnSort = next(organizations.columnSort); sort = organizations.columnSort
        default: return
        }
        clampSelections()
        let said = sort.map { t(Strings.App.sortedBy(columns[$0.column].name, descending: $0.descending)) } ?? t(Strings.App.listOwnOrder)
        status = StatusMessage(text: said, tone: .info)
    }
}
