import StagesCore
import TerminalKit

/// The offers list: search, filters, sort, and one row per offer.
enum OffersView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visibleOfferIDs()
        let t: (String, String) -> String = state.t
        let wide = rect.width >= 110
        var columns = [
            Column(t("Titre", "Title"), .flex(3, min: 12)), Column(t("Organisme", "Organisation"), .flex(2, min: 8)),
            Column(t("Ville", "City"), .fixed(wide ? 14 : 10)), Column(t("Domaine", "Domain"), .fixed(wide ? 13 : 8)),
            Column(t("Début", "Start"), .fixed(5)), Column(t("Sem.", "Wks"), .fixed(4), alignRight: true),
            Column(t("Gratif.", "Stipend"), .fixed(wide ? 11 : 9)), Column(t("Statut", "Status"), .fixed(8)),
        ]
        if wide { columns.insert(Column(t("Lim.", "By"), .fixed(5)), at: 6) }
        func row(_ i: Int) -> [String] {
            let offer = state.offerAsShown(ids[i])!
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
            let offer = state.offerAsShown(ids[i])!
            return offer.effectiveStatus(today: state.today) == .open ? nil : Theme.dim
        }
        ListFrame.render(state, into: &canvas, rect, filters: [
            (t("domaine", "domain"), state.offers.domain.map { state.t($0.label) } ?? t("tous", "all")),
            (t("statut", "status"), state.offers.status.label(state.language)),
            (t("ville", "city"), state.offers.city ?? t("toutes", "all")),
            (t("tri", "sort"), state.offers.sort.label(state.language)),
        ], shown: ids.count, total: state.shownOfferCount,
           table: Table(columns: columns, count: ids.count, row: row, rowStyle: style,
                        emptyMessage: t("Aucune offre ne correspond.", "No offer matches.")),
           selection: state.offers.selection)
    }

    static func shortDomain(_ domain: Domain, _ state: AppState) -> String {
        switch domain {
        case .documentation: state.t("Docu.", "Docs")
        default: state.t(domain.label)
        }
    }

    static func stipend(_ stipend: AnnouncedStipend?, _ state: AppState) -> String {
        switch stipend {
        case nil: return "—"
        case .legalMinimum?: return state.t("min. légal", "legal min.")
        case .amount(let s)?:
            let amount = Format.number(s.amount, state.language)
            return s.unit == .perHour ? "\(amount) €/h" : state.t("\(amount) €/m", "€\(amount)/mo")
        }
    }
}
