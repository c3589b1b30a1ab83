import StagesCore
import TerminalKit

/// The offers: the list and an offer's detail share the actions on one offer.
/// Their views are OffersView (the list) and DetailView.offer (one record).
enum OffersScreen {
    /// The offers list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.list(open: k.t("Ouvrir l'offre", "Open the offer"), new: (k.t("nouvelle", "new"), k.t("Nouvelle offre", "New offer")),
               edit: k.t("Modifier l'offre", "Edit the offer"), [
            k.b([.character("c")], .duplicate, nil, k.t("Dupliquer l'offre", "Duplicate the offer")),
            k.b([.character("d")], .filterDomain, nil, k.t("Filtrer par domaine", "Filter by domain")),
            k.b([.character("s")], .filterStatus, k.t("statut", "status"), k.t("Filtrer par statut", "Filter by status")),
            k.b([.character("v")], .filterCity, nil, k.t("Filtrer par ville", "Filter by city")),
            k.b([.character("t")], .sort, nil, k.t("Changer le tri (réception, début, organisme, date limite)", "Change the order (received, start, organisation, apply-by)")),
            k.b([.character("p")], .markFilled, nil, k.t("Marquer pourvue (et par qui)", "Mark filled (and by whom)")),
            k.b([.character("x")], .withdraw, nil, k.t("Retirer l'offre", "Withdraw the offer")),
            k.b([.character("o")], .reopen, nil, k.t("Rouvrir l'offre", "Open the offer again")),
        ])
    }

    /// An offer.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.detail([
            k.b([.character("e")], .edit, k.t("modifier", "edit"), k.t("Modifier l'offre", "Edit the offer")),
            k.b([.character("c")], .duplicate, nil, k.t("Dupliquer l'offre", "Duplicate the offer")),
            k.b([.character("p")], .markFilled, k.t("pourvue", "filled"), k.t("Marquer pourvue (et par qui)", "Mark filled (and by whom)")),
            k.b([.character("x")], .withdraw, nil, k.t("Retirer l'offre", "Withdraw the offer")),
            k.b([.character("o")], .reopen, nil, k.t("Rouvrir l'offre", "Open the offer again")),
        ])
    }

    /// What an action does to one offer, from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        if !state.actor.isCoordinator, Keymaps.coordinatorOnly.contains(action) { return [] }
        if action == .new {
            EditorUpdate.open(OfferEditor.make(nil, state), &state)
            return []
        }
        if action == .filterDomain { state.offers.domain = cycle(state.offers.domain) }
        if action == .filterStatus {
            let filters = state.offerFilters
            state.offers.status = filters[((filters.firstIndex(of: state.offers.status) ?? -1) + 1) % filters.count]
        }
        if action == .sort { state.offers.sort = state.offers.sort.next() }
        if action == .filterCity {
            let cities = state.offerCities()
            let i = state.offers.city.flatMap { cities.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            state.offers.city = cities[safe: i]
        }
        if [.filterDomain, .filterStatus, .sort, .filterCity].contains(action) {
            state.filtersChanged()
            let said: String = switch action {
            case .filterDomain: t("Domaine : ", "Domain: ") + (state.offers.domain.map { state.t($0.label) } ?? t("tous", "all"))
            case .filterStatus: t("Statut : ", "Status: ") + state.offers.status.label(state.language)
            case .filterCity: t("Ville : ", "City: ") + (state.offers.city ?? t("toutes", "all"))
            default: t("Tri : ", "Sort: ") + state.offers.sort.label(state.language)
            }
            state.status = StatusMessage(text: said + " — " + t("\(state.rowCount) offre(s)", "\(state.rowCount) offer(s)"),
                                         tone: .info)
            return []
        }
        guard let id, let offer = state.data.offers[id] else { return [] }
        switch action {
        case .open:
            state.layers.append(.offerDetail(id: id, scroll: 0))
        case .edit:
            EditorUpdate.open(OfferEditor.make(offer, state), &state)
        case .duplicate:
            EditorUpdate.open(OfferEditor.make(offer, state, duplicate: true), &state)
        case .markFilled:
            EditorUpdate.open(SmallForms.fillOffer(id, state), &state)
        case .withdraw, .reopen:
            let next: OfferStatus = action == .withdraw ? .withdrawn : .open
            return Update.change(&state, message: action == .withdraw ? t("Offre retirée.", "Offer withdrawn.")
                                 : t("Offre rouverte.", "Offer open again.")) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionOffer(id, to: next, by: actor, at: now)
                return nil
            }
        default:
            break
        }
        return []
    }
}
