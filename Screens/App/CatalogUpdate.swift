import StagesCore
import StagesStore

/// A session that asks for its offers (see `OfferCatalogState`): after every message, what the
/// screen about to be drawn needs and does not have is asked for, one question at a time; each
/// answer comes back as a message, and the next need is looked for then.
enum CatalogUpdate {
    /// The next question for the store, if the screen lacks anything.
    static func needs(_ state: AppState) -> [Effect] {
        guard let catalog = state.catalog, !catalog.failed else { return [] }
        if catalog.summary == nil { return [.askOffers(.summary(today: state.today))] }
        var wanted: [String] = []
        if state.tab == .offers {
            let query = state.offerQuery
            guard let ids = catalog.answers[query] else { return [.askOffers(.list(query))] }
            let top = state.offers.selection.offset
            wanted += ids[min(top, ids.count)..<min(top + state.listRows, ids.count)]
        }
        for layer in state.layers {
            switch layer {
            case .offerDetail(let id, _): wanted.append(id)
            case .organizationDetail(let id, _):
                let query = state.organizationOfferQuery(id)
                guard let ids = catalog.answers[query] else { return [.askOffers(.list(query))] }
                wanted += ids
            default: break
            }
        }
        let missing = wanted.filter { state.data.offers[$0] == nil && !catalog.gone.contains($0) }
        return missing.isEmpty ? [] : [.askOffers(.records(missing))]
    }

    static func listed(_ query: OfferQuery, _ ids: [String], _ state: inout AppState) {
        state.catalog?.answers[query] = ids
        guard query == state.offerQuery else { return }
        state.clampSelections()
        if let action = state.catalog?.announcing {
            state.catalog?.announcing = nil
            OffersScreen.announce(action, &state)
        }
    }

    static func summarized(_ summary: OfferSummary, _ state: inout AppState) {
        state.catalog?.summary = summary
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
    }

    /// A question could not be answered: said once, asked again at the next key.
    static func unavailable(_ error: StoreError, _ state: inout AppState) {
        state.catalog?.failed = true
        state.offline = error.isOffline
        state.status = StatusMessage(text: state.t(error.message), tone: .error)
    }
}
