import StagesCore
import StagesStore
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
    /// The statuses as of today, domains and cities ticked (raw values, see `FilterPicker`); empty: all.
    /// The coordinator's list opens without the withdrawn offers (`AppState.defaultOfferStatuses`).
    var statuses: Set<String> = []
    var domains: Set<String> = []
    var cities: Set<String> = []
    var sort = OfferSort()
    var selection = ListSelection()
}

/// The offers list's order: its own (by date of receipt, the newest first), or one of its columns
/// either way, as `t` goes through them (see `ColumnSort`).
struct OfferSort: Hashable {
    var order: OfferQuery.Order = .received
    var descending = false

    /// The orders `t` goes through after the list's own, in the list's column order.
    static let columns = OfferQuery.Order.allCases.filter { $0 != .received }

    var columnSort: ColumnSort? {
        Self.columns.firstIndex(of: order).map { ColumnSort(column: $0, descending: descending) }
    }

    init(order: OfferQuery.Order = .received, descending: Bool = false) {
        self.order = order
        self.descending = descending
    }

    init(_ columnSort: ColumnSort?) {
        self.init(order: columnSort.map { Self.columns[$0.column] } ?? .received, descending: columnSort?.descending ?? false)
    }

    /// The next order `t` gives; `applyByShown`: whether the list shows that column (a wide window), else it is passed.
    func next(applyByShown: Bool = true) -> OfferSort {
        let next = OfferSort(ColumnSort.next(after: columnSort, columns: Self.columns.count))
        return next.order == .applyBy && !applyByShown ? OfferSort(order: .applyBy, descending: true).next() : next
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

}
