import StagesCore
import StagesStore
import TerminalKit

/// A session that asks for its offers (see `OfferCatalogState`): after every message, what the
/// screen about to be drawn needs and does not have is asked for, one question at a time; each
/// answer comes back as a message, and the next need is looked for then.
enum CatalogUpdate {
    /// The next question for the store, if the screen lacks anything.
    static func needs(_ state: AppState) -> [Effect] {
        guard let catalog = state.catalog, !catalog.failed else { return [] }
        if catalog.summary == nil { return [.askOffers(.summary(today: state.today, words: []))] }
        // An offers filter open over a search counts the offers holding its words.
        if case .picker(let picker)? = state.layers.last, picker.column.isOffers, state.searchedOfferSummary() == nil {
            return [.askOffers(.summary(today: state.today, words: state.offerQuery.words))]
        }
        var wanted: [String] = []
        if state.tab == .offers {
            let query = state.offerQuery
            let page = OfferCatalogState.page
            guard let listed = catalog.answers[query] else { return [.askOffers(.list(query, first: page))] }
            let top = state.offers.selection.offset, end = top + state.listRows
            // Read further once the screen nears the end of what was read: as far as it goes and a page
            // more while the list's length is known, else (a search) all of it.
            if !listed.complete, catalog.toEnd || end + state.listRows > listed.ids.count {
                let count = state.offerRowCountIsExact ? state.offerRowCount : nil
                let first = count.flatMap { max(end, listed.ids.count) + page < $0 ? max(end, listed.ids.count) + page : nil }
                return [.askOffers(.list(query, first: first))]
            }
            let ids = listed.ids
            wanted += ids[min(top, ids.count)..<min(end, ids.count)]
        }
        for layer in state.layers {
            switch layer {
            case .chooser(let chooser) where chooser.purpose == .offer:
                let query = chooser.offerQuery(state)
                guard let listed = catalog.answers[query] else { return [.askOffers(.list(query, first: OfferCatalogState.page))] }
                let top = chooser.selection.offset, end = top + Chooser.listRows(state)
                if !listed.complete, end + Chooser.listRows(state) > listed.ids.count {
                    return [.askOffers(.list(query, first: listed.ids.count + OfferCatalogState.page))]
                }
                wanted += listed.ids[min(top, listed.ids.count)..<min(end, listed.ids.count)]
            case .offerDetail(let id, _): wanted.append(id)
            case .organizationDetail(let id, _):
                let query = state.organizationOfferQuery(id)
                guard let listed = catalog.answers[query] else { return [.askOffers(.list(query, first: nil))] }
                wanted += listed.ids
            default: break
            }
        }
        let missing = wanted.filter { state.data.offers[$0] == nil && !catalog.gone.contains($0) }
        return missing.isEmpty ? [] : [.askOffers(.records(missing))]
    }

    static func listed(_ query: OfferQuery, _ listed: OfferCatalogState.Listed, _ state: inout AppState) {
        state.catalog?.answers[query] = listed
        guard query == state.offerQuery else { return }
        if state.catalog?.toEnd == true, listed.complete {
            state.catalog?.toEnd = false
            state.offers.selection = ListSelection(index: listed.ids.count - 1)
        }
        state.clampSelections()
        if let action = state.catalog?.announcing {
            state.catalog?.announcing = nil
            OffersScreen.announce(action, &state)
        }
    }

    static func summarized(words: [String], _ summary: OfferSummary, _ state: inout AppState) {
        if words.isEmpty { state.catalog?.summary = summary } else { state.catalog?.searched[words] = summary }
        FilterPicker.recount(&state)
    }

    /// The offers read for the screen: held as the store has them (not changes of ours), and indexed.
    static func takenIn(asked: [String], _ offers: [Offer], _ state: inout AppState) {
        let found = Set(offers.map(\.id))
        state.catalog?.gone.formUnion(asked.filter { !found.contains($0) })
        let keys = offers.map { Offer.collection + "/" + $0.id }
        let before = Dataset(excerptOf: state.data, keys: keys)
        state.index.letGoOfRecords()
        state.data.hold(offers)
        state.reindex(changed: keys, before: before)
        // A student's request may link any offer they were shown.
        if var request = state.request {
            PlacementEditor.followOffers(&request, state)
            state.request = request
        }
    }

    /// After a change this session made (`touched`, the records as they were in `before`): the counts
    /// follow the changed offers, and each list stands unless a changed offer comes into it, leaves it,
    /// or moves in its order; a changed organisation (its name is searched and sorted by) asks everything again.
    static func changed(_ touched: [String], before: Dataset, _ state: inout AppState) {
        guard var catalog = state.catalog, OfferCatalogState.concerns(touched) else { return }
        let offerIDs = SearchIndex.ids(Offer.collection, in: touched)
        guard SearchIndex.ids(Organization.collection, in: touched).isEmpty, state.readsEverything else {
            state.catalog?.forget()
            return
        }
        let after = state.data
        if var summary = catalog.summary {
            for id in Set(offerIDs) {
                if let old = before.offers[id] { summary.count(old, today: state.today, by: -1) }
                if let new = after.offers[id] { summary.count(new, today: state.today, by: 1) }
            }
            catalog.summary = summary
        }
        catalog.searched = [:]
        catalog.answers = catalog.answers.filter { query, _ in
            offerIDs.allSatisfy { id in
                guard let old = before.offers[id], let new = after.offers[id] else { return false }
                let wasIn = state.finds(old, query, in: before), isIn = state.finds(new, query, in: after)
                return wasIn == isIn && (!isIn || query.order.keyStands(old, new, today: query.today))
            }
        }
        state.catalog = catalog
    }

    /// A question could not be answered: said once, asked again at the next key.
    static func unavailable(_ error: StoreError, _ state: inout AppState) {
        state.catalog?.failed = true
        state.offline = error.isOffline
        state.status = StatusMessage(text: state.t(error.message), tone: .error)
    }
}
