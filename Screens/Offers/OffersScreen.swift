import StagesCore
import TerminalKit

/// The offers: the list and an offer's detail share the actions on one offer.
/// Their views are OffersView (the list) and DetailView.offer (one record).
enum OffersScreen {
    /// The offers list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        possible(k.list(open: k.t(Strings.Offers.openTheOffer), new: (k.t(Strings.Offers.newText), k.t(Strings.Offers.newOffer)),
               edit: k.t(Strings.Offers.editTheOffer), [
            k.b([.character("c")], .duplicate, nil, k.t(Strings.Offers.duplicateTheOffer)),
            k.b([.character("d")], .filterDomain, nil, k.t(Strings.Offers.filterByDomain)),
            k.b([.character("s")], .filterStatus, k.t(Strings.Common.statusShort), k.t(Strings.Common.filterByStatus)),
            k.b([.character("v")], .filterCity, nil, k.t(Strings.Offers.filterByCity)),
        ] + k.resetFilters + [
            k.b([.character("t")], .sort, nil, k.t(Strings.App.sortByColumn)),
            k.b([.character("p")], .markFilled, nil, k.t(Strings.Offers.markFilledAndByWhom)),
            k.b([.character("x")], .withdraw, nil, k.t(Strings.Offers.withdrawTheOffer)),
            k.b([.character("o")], .reopen, nil, k.t(Strings.Offers.openTheOfferAgain)),
        ]), k)
    }

    /// An offer.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        possible(k.detail([
            k.b([.character("e")], .edit, k.t(Strings.Common.edit), k.t(Strings.Offers.editTheOffer)),
            k.b([.character("c")], .duplicate, nil, k.t(Strings.Offers.duplicateTheOffer)),
            k.b([.character("p")], .markFilled, k.t(Strings.Offers.filled), k.t(Strings.Offers.markFilledAndByWhom)),
            k.b([.character("x")], .withdraw, nil, k.t(Strings.Offers.withdrawTheOffer)),
            k.b([.character("o")], .reopen, nil, k.t(Strings.Offers.openTheOfferAgain)),
        ]), k)
    }

    /// Only the moves this offer's workflow has from where it stands.
    private static func possible(_ bindings: [KeyBinding<Action>], _ k: SharedKeys) -> [KeyBinding<Action>] {
        k.possible(bindings, from: k.recordID.flatMap { k.state.data.offers[$0]?.status },
                   [.markFilled: .filled, .withdraw: .withdrawn, .reopen: .open]) { $0.canMove(to: $1) }
    }

    /// Says the order `t` just set, and how many offers the list shows now.
    static func announce(_ action: Action, _ state: inout AppState) {
        let t = state.translate
        let sort = state.offers.sort
        let said = sort.order == .received ? t(Strings.Offers.sort) + t(Strings.App.sortReceived)
            : t(Strings.App.sortedBy(OffersView.columnName(sort.order, state), descending: sort.descending))
        state.status = StatusMessage(text: said + " — " + t(Strings.Offers.offerCount(state.rowCount, atLeast: !state.offerRowCountIsExact)),
                                     tone: .info)
    }

    /// What an action does to one offer, from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t = state.translate
        if !state.actor.isCoordinator, Keymaps.coordinatorOnly.contains(action) { return [] }
        switch action {
        case .new:
            EditorUpdate.open(OfferEditor.make(nil, state), &state)
            return []
        case .filterDomain, .filterStatus, .filterCity:
            FilterPicker.open(action == .filterDomain ? .offerDomain : action == .filterStatus ? .offerStatus : .offerCity, &state)
            return []
        case .resetFilters:
            state.resetFilters()
            return []
        case .sort:
            state.offers.sort = state.offers.sort.next(applyByShown: OffersView.showsApplyBy(state.size.width))
            state.filtersChanged()
            // Asked of the store and not in hand, the count is said once the answer is in (see `CatalogUpdate.listed`).
            if state.catalog != nil, state.catalog?.answers[state.offerQuery] == nil { state.catalog?.announcing = action }
            else { announce(action, &state) }
            return []
        default:
            break
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
            return Update.change(&state, message: action == .withdraw ? t(Strings.Offers.offerWithdrawn)
                                 : t(Strings.Offers.offerOpenAgain), undoable: true) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionOffer(id, to: next, by: actor, at: now)
                return nil
            }
        default:
            break
        }
        return []
    }
}
