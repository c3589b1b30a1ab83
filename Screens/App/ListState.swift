import StagesCore
import TerminalKit

/// The search box every list has: `/` opens it, letters type into it, Enter
/// keeps the query and goes back to the list, Esc clears it.
struct SearchBox {
    var field = TextField()
    var isActive = false

    var query: String { field.text }
}

struct OfferListState {
    var search = SearchBox()
    var domain: Domain?
    var status = OfferFilter.current
    var city: String?
    var sort = OfferSort.received
    var selection = ListSelection()
}

/// Which offers the list shows, of those the reader may see (`offerIsShown`).
/// The coordinator's default hides only withdrawn ones; a student cycles `offerFilters`.
enum OfferFilter: CaseIterable {
    case current, open, filled, expired, withdrawn, all

    func label(_ language: Language) -> String {
        switch self {
        case .current: Strings.App.notWithdrawn(language)
        case .open: Strings.App.openFilter(language)
        case .filled: Strings.App.filledFilter(language)
        case .expired: Strings.App.expiredFilter(language)
        case .withdrawn: Strings.App.withdrawnFilter(language)
        case .all: Strings.App.allFilter(language)
        }
    }

    func accepts(_ status: OfferStatus) -> Bool {
        switch self {
        case .current: status != .withdrawn
        case .open: status == .open
        case .filled: status == .filled
        case .expired: status == .expired
        case .withdrawn: status == .withdrawn
        case .all: true
        }
    }
}

enum OfferSort: CaseIterable {
    case received, start, organization, applyBy

    /// Whether an offer edited from `a` to `b` keeps its place in this order (its key is the same).
    func keyStands(_ a: Offer, _ b: Offer) -> Bool { order.keyStands(a, b) }

    func label(_ language: Language) -> String {
        switch self {
        case .received: Strings.App.sortReceived(language)
        case .start: Strings.App.sortStart(language)
        case .organization: Strings.App.sortOrganisation(language)
        case .applyBy: Strings.App.sortApplyBy(language)
        }
    }
}

struct PlacementListState {
    var search = SearchBox()
    /// The column the list is sorted by (`t`), nil: its own order.
    var columnSort: ColumnSort?
    /// The statuses ticked (raw values, see `FilterPicker`); empty: all.
    var statuses: Set<String> = []
    var selection = ListSelection()
}

struct AlternanceListState {
    var search = SearchBox()
    /// The column the list is sorted by (`t`), nil: its own order.
    var columnSort: ColumnSort?
    var statuses: Set<String> = []
    var selection = ListSelection()
}

struct OrganizationListState {
    var search = SearchBox()
    /// The column the list is sorted by (`t`), nil: its own order.
    var columnSort: ColumnSort?
    var selection = ListSelection()
}

struct StudentListState {
    var search = SearchBox()
    /// The column the list is sorted by (`t`), nil: its own order.
    var columnSort: ColumnSort?
    var withoutAnything = false
    /// The groups and situations ticked (see `FilterPicker`); empty: all.
    var groups: Set<String> = []
    var situations: Set<String> = []
    var selection = ListSelection()

    /// Whether any filter narrows the list (the search aside).
    var isFiltered: Bool { withoutAnything || !groups.isEmpty || !situations.isEmpty }
}

extension CaseIterable where Self: Equatable {
    /// The next value, wrapping around: how a filter key cycles.
    func next() -> Self {
        let all = Array(Self.allCases)
        let i = all.firstIndex(of: self)!
        return all[(i + 1) % all.count]
    }
}

/// Cycles an optional filter: nil (all), then each value, then nil again.
func cycle<T: CaseIterable & Equatable>(_ value: T?) -> T? {
    let all = Array(T.allCases)
    guard let value, let i = all.firstIndex(of: value) else { return all.first }
    return i + 1 < all.count ? all[i + 1] : nil
}
