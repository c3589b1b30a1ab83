import StagesCore

/// The offers a session asks the store for rather than holds (a database's, at 100 000 offers):
/// the list's ids for a search, a page of records, and the counts the screens show. A session with
/// a catalog holds in its dataset only the offers it was given (those on screen, those its
/// placements link to); the JSON store holds them all and has none.
public protocol OfferCatalog: AnyObject {
    /// The ids of the offers `query` finds, in its order: the `first` of them, or all (nil).
    func offerIDs(_ query: OfferQuery, first: Int?) throws(StoreError) -> [String]
    /// The counts of the offers this session may see, as of `today`, of those holding every folded word of
    /// `words` (as a query's); with words, no count by organisation.
    func offerSummary(today: CivilDate, words: [String]) throws(StoreError) -> OfferSummary
    /// Reads `ids` into the session's records (`base`) and answers them as they are now (for
    /// `Dataset.hold`); an id no longer in the store, or not this session's to read, is left out.
    func takeInOffers(_ ids: [String]) throws(StoreError) -> [Offer]
}

/// A search of the offers, as the offers list asks it.
public struct OfferQuery: Hashable, Sendable {
    /// The offers list's own order (by date of receipt, the newest first), or one of its columns (see `OfferOrder`).
    public enum Order: String, CaseIterable, Hashable, Sendable {
        case received, title, organization, city, domain, start, weeks, applyBy, stipend, status
    }

    /// Folded words (see `Folding`): an offer matches when its title, organisation, city or description holds them all.
    public var words: [String]
    /// The statuses as of `today` it accepts (an open offer past its apply-by date is expired); nil: any.
    public var statuses: Set<OfferStatus>?
    /// The domains and cities it accepts; nil: any.
    public var domains: Set<Domain>?
    public var cities: Set<String>?
    public var organizationID: String?
    public var order: Order
    /// The order turned round, its offers without a key still last.
    public var descending: Bool
    public var today: CivilDate

    public init(words: [String] = [], statuses: Set<OfferStatus>? = nil, domains: Set<Domain>? = nil, cities: Set<String>? = nil,
                organizationID: String? = nil, order: Order = .received, descending: Bool = false, today: CivilDate) {
        self.words = words
        self.statuses = statuses
        self.domains = domains
        self.cities = cities
        self.organizationID = organizationID
        self.order = order
        self.descending = descending
        self.today = today
    }

    /// Whether its filters keep an offer that has `status` as of `today`, of `domain`, in `city` (its words and
    /// organisation aside): the one test the list in memory, a change's follow-up and the filters' counts share.
    public func keeps(_ status: OfferStatus, _ domain: Domain, _ city: String) -> Bool {
        (statuses?.contains(status) ?? true) && (domains?.contains(domain) ?? true) && (cities?.contains(city) ?? true)
    }
}

/// How many offers there are, by status as of the day asked, domain and city, and by organisation.
public struct OfferSummary: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        public let status: OfferStatus
        public let domain: Domain
        public let city: String

        public init(status: OfferStatus, domain: Domain, city: String) {
            self.status = status
            self.domain = domain
            self.city = city
        }
    }

    public var groups: [Group: Int]
    public var byOrganization: [String: Int]

    public init(groups: [Group: Int] = [:], byOrganization: [String: Int] = [:]) {
        self.groups = groups
        self.byOrganization = byOrganization
    }

    /// The offers with one of `statuses`, of one of `domains` and in one of `cities` (nil: any).
    public func count(_ statuses: Set<OfferStatus>? = nil, domains: Set<Domain>? = nil, cities: Set<String>? = nil) -> Int {
        groups.reduce(0) { sum, entry in
            let (group, n) = entry
            let kept = (statuses?.contains(group.status) ?? true) && (domains?.contains(group.domain) ?? true)
                && (cities?.contains(group.city) ?? true)
            return kept ? sum + n : sum
        }
    }

    /// Counts `offer` (`by: 1`) or stops counting it (`by: -1`): after a change this session made,
    /// whose records before and after are both known, the counts follow without asking again.
    public mutating func count(_ offer: Offer, today: CivilDate, by delta: Int) {
        let group = Group(status: offer.effectiveStatus(today: today), domain: offer.domain, city: offer.city)
        groups[group, default: 0] += delta
        if groups[group] == 0 { groups[group] = nil }
        if !offer.organizationID.isEmpty {
            byOrganization[offer.organizationID, default: 0] += delta
            if byOrganization[offer.organizationID] == 0 { byOrganization[offer.organizationID] = nil }
        }
    }

    /// The cities of the offers with one of `statuses` (nil: all), none empty.
    public func cities(_ statuses: Set<OfferStatus>?) -> Set<String> {
        Set(groups.keys.filter { !$0.city.isEmpty && (statuses?.contains($0.status) ?? true) }.map(\.city))
    }
}
