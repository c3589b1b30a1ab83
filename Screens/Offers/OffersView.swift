import StagesCore
import StagesStore
import TerminalKit

/// The offers list: search, filters, sort, and one row per offer.
enum OffersView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visibleOfferIDs()
        let t = state.translate
        let wide = showsApplyBy(rect.width)
        var columns = [
            Column(t(Strings.Offers.title), .flex(3, min: 12)), Column(t(Strings.Common.organisation), .flex(2, min: 8)),
            Column(t(Strings.Common.city), .fixed(wide ? 14 : 10)), Column(t(Strings.Offers.domain), .fixed(wide ? 13 : 8)),
            Column(t(Strings.Common.start), .fixed(5)), Column(t(Strings.Common.wks), .fixed(4), alignRight: true),
            Column(t(Strings.Offers.stipend), .fixed(wide ? 11 : 10)), Column(t(Strings.Common.status), .fixed(8)),
        ]
        if wide { columns.insert(Column(t(Strings.Offers.applyByColumn), .fixed(5)), at: 6) }
        func row(_ i: Int) -> [String] {
            // Asked of the store and not read yet (it could not be reached): the row waits.
            guard let offer = ids[safe: i].flatMap(state.offerAsShown) else { return ["…"] + Array(repeating: "", count: columns.count - 1) }
            var row = [
                offer.title, state.organizationName(offer.organizationID), offer.city,
                wide ? state.t(offer.domain.label) : shortDomain(offer.domain, state),
                state.shortDate(state.startDay(offer)), offer.durationWeeks.map(String.init) ?? "",
                stipend(offer.stipend, state), state.t(offer.effectiveStatus(today: state.today).label),
            ]
            if wide { row.insert(offer.applyBy.map(state.shortDate) ?? "", at: 6) }
            return row
        }
        func style(_ i: Int) -> Style? {
            guard let offer = ids[safe: i].flatMap(state.offerAsShown) else { return Theme.dim }
            return offer.effectiveStatus(today: state.today) == .open ? nil : Theme.dim
        }
        let sort = state.offers.sort
        ListFrame.render(state, into: &canvas, rect, filters: [
            FilterPicker.Column.offerDomain.filter(Strings.Offers.domainShort, state, all: Strings.Common.allText),
            FilterPicker.Column.offerStatus.filter(Strings.Common.statusShort, state, all: Strings.Offers.allText),
            FilterPicker.Column.offerCity.filter(Strings.Offers.cityShort, state, all: Strings.Offers.allText),
            ListFilter.order(sort.order == .received ? nil : columnName(sort.order, state), descending: sort.descending,
                             own: t(Strings.App.sortReceived), state),
        ], shown: state.offerRowCount, total: state.shownOfferCount, shownAtLeast: !state.offerRowCountIsExact,
           table: Table(columns: columns, count: state.offerRowCount, row: row, rowStyle: style,
                        emptyMessage: t(Strings.Offers.noOfferMatches)),
           selection: state.offers.selection)
    }

    /// Whether a list `width` wide has room for the apply-by column.
    static func showsApplyBy(_ width: Int) -> Bool { width >= 110 }

    /// The name of the column an order sorts by, as the status line says it.
    static func columnName(_ order: OfferQuery.Order, _ state: AppState) -> String {
        let name = switch order {
        case .received, .title: Strings.Offers.title
        case .organization: Strings.Common.organisation
        case .city: Strings.Common.city
        case .domain: Strings.Offers.domain
        case .start: Strings.Common.start
        case .weeks: Strings.Common.wks
        case .applyBy: Strings.Offers.applyBy
        case .stipend: Strings.Offers.stipend
        case .status: Strings.Common.status
        }
        return state.t(name)
    }

    static func shortDomain(_ domain: Domain, _ state: AppState) -> String {
        switch domain {
        case .documentation: state.t(Strings.Offers.docs)
        default: state.t(domain.label)
        }
    }

    static func stipend(_ stipend: AnnouncedStipend?, _ state: AppState) -> String {
        switch stipend {
        case nil: return "—"
        case .legalMinimum?: return state.t(Strings.Offers.legalMin)
        case .amount(let s)?: return Format.shortStipend(s, state.language)
        }
    }
}
