import StagesCore
import StagesStore
import TextFolding

/// The offers of a session that asks the store for them rather than holding them all (a database
/// at university scale): the answers in hand, each made again once the offers change.
struct OfferCatalogState {
    /// The ids each query found, in its order: the offers list's, an organisation's.
    var answers: [OfferQuery: Listed] = [:]
    var summary: OfferSummary?
    /// The counts of the offers holding some words, by those words (the offers list's filters show them).
    var searched: [[String]: OfferSummary] = [:]
    /// Asked for and not found (withdrawn from this person's view, removed): not asked again.
    var gone: Set<String> = []
    /// The last question failed: none is asked again before the next key.
    var failed = false
    /// A filter or order just set, said with the list's count once the list is in.
    var announcing: Action?
    /// End was pressed on a list read only in part: the rest is read, and the selection goes to its end.
    var toEnd = false

    /// The first ids a query finds, in its order; `complete` when they are all it finds.
    struct Listed: Equatable {
        var ids: [String]
        var complete: Bool
    }

    /// How many ids a list asks for at first, and again each time the screen goes past them.
    static let page = 500

    /// The offers changed (others' saves, ours): every answer is asked again.
    mutating func forget() {
        answers = [:]
        summary = nil
        searched = [:]
        gone = []
    }

    /// Whether records named by `keys` ("offers/off-001"…) change what the answers say: offers do,
    /// and organisations (their names are searched and sorted by).
    static func concerns(_ keys: some Sequence<String>) -> Bool {
        keys.contains { $0.hasPrefix(Offer.collection + "/") || $0.hasPrefix(Organization.collection + "/") }
    }
}

extension AppState {
    /// Sessions on a database ask it for their offers (see `OfferCatalog`): the list, its counts,
    /// and the records on screen, through `CatalogUpdate`.
    public mutating func asksForOffers() {
        catalog = OfferCatalogState()
    }

    /// The offers list's query, as the store is asked it.
    var offerQuery: OfferQuery {
        func ticked<T>(_ values: Set<String>, _ make: (String) -> T?) -> Set<T>? { values.isEmpty ? nil : Set(values.compactMap(make)) }
        var statuses = ticked(offers.statuses, OfferStatus.init(rawValue:))
        if !readsEverything { statuses = (statuses ?? Set(OfferStatus.allCases)).intersection(Self.studentOfferStatuses) }
        return OfferQuery(words: SearchIndex.words(offers.search.query).map { String(decoding: $0, as: UTF8.self) },
                          statuses: statuses, domains: ticked(offers.domains, Domain.init(rawValue:)), cities: ticked(offers.cities) { $0 },
                          order: offers.sort.order, descending: offers.sort.descending, today: today)
    }

    /// An organisation's offers, by title, for its detail.
    func organizationOfferQuery(_ id: String) -> OfferQuery {
        OfferQuery(statuses: readsEverything ? nil : Self.studentOfferStatuses, organizationID: id, order: .title, today: today)
    }

    /// How many rows the offers list has: asked of the store, known from the counts when no word is searched
    /// (the ids are read as the screen reaches them), else as many as read so far (see `offerRowCountIsExact`).
    var offerRowCount: Int {
        guard let listed = catalog?.answers[offerQuery] else { return visibleOfferIDs().count }
        return listed.complete ? listed.ids.count : knownOfferCount ?? listed.ids.count
    }

    /// Whether `offerRowCount` is the list's length, not only what was read of it.
    var offerRowCountIsExact: Bool {
        guard let listed = catalog?.answers[offerQuery], !listed.complete else { return true }
        return knownOfferCount != nil
    }

    /// The length of the offers list from the counts, when no word is searched.
    private var knownOfferCount: Int? {
        let query = offerQuery
        guard query.words.isEmpty, let summary = catalog?.summary else { return nil }
        return summary.count(query.statuses, domains: query.domains, cities: query.cities)
    }

    /// The statuses of the offers this person may see; nil: all.
    var shownOfferStatuses: Set<OfferStatus>? { readsEverything ? nil : Self.studentOfferStatuses }

    /// How many offers are open today, of those this person may see.
    var openOfferCount: Int {
        if let summary = catalog?.summary { return summary.count([.open]) }
        return data.offers.values.filter { $0.effectiveStatus(today: today) == .open }.count
    }

    /// How many offers of `domain` have `status` today.
    func offerCount(_ domain: Domain, _ status: OfferStatus) -> Int {
        if let summary = catalog?.summary { return summary.count([status], domains: [domain]) }
        return data.offers.values.filter { $0.domain == domain && $0.effectiveStatus(today: today) == status }.count
    }

    /// How many offers name organisation `id`.
    func offerCount(organization id: String) -> Int {
        if let catalog { return catalog.summary?.byOrganization[id] ?? 0 }
        return index.facts.organizationCounts[id]?.offers ?? 0
    }
}

extension AppState {
    /// Whether `query` finds `offer` (with its organisation's name as `data` has it), as the store's search does.
    func finds(_ offer: Offer, _ query: OfferQuery, in data: Dataset) -> Bool {
        guard query.keeps(offer.effectiveStatus(today: query.today), offer.domain, offer.city) else { return false }
        if let organization = query.organizationID, offer.organizationID != organization { return false }
        let text = Folding.bytes(offer.title, data.organizations[offer.organizationID]?.name ?? "", offer.city, offer.description)
        return SearchIndex.matches(text, query.words.map { Array($0.utf8) })
    }
}
