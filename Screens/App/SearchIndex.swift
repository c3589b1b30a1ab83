import Foundation
import StagesCore
import StagesStore
import TextFolding

/// What the lists derive from the records, computed once per change of the
/// records rather than on every keystroke: accent- and case-folded search
/// text, each list's order, and each student's situation. After a save, the
/// text of records that did not change is reused.
struct SearchIndex {
    /// Folded UTF-8 text by record id: offers (title, organisation, city,
    /// description), placements (student, organisation, subject), students, contracts.
    private(set) var offerText: [String: [UInt8]]
    private(set) var placementText: [String: [UInt8]]
    private(set) var studentText: [String: [UInt8]]
    private(set) var alternanceText: [String: [UInt8]]
    /// Organisations: name, SIRET (as typed and without spaces) and city; none for a student, who has no such list.
    private(set) var organizationText: [String: [UInt8]]
    let searchesOrganizations: Bool
    private(set) var situations: [String: Situation]
    /// What the offer filters look at, small enough to scan at every keystroke.
    private(set) var offerFacets: [String: OfferFacet]
    /// Ids in display order, sorted when first needed.
    private(set) var orders: Orders
    /// Findings and durations of placements, computed when first asked for.
    private(set) var facts: PlacementFacts
    /// The last filtered list of each tab, so one keystroke filters once.
    var visible = VisibleMemo()
    /// The offers in each order with their text and facets side by side, made at the first search:
    /// a keystroke then runs down an array instead of looking every offer up by id.
    private(set) var offerRows = OfferRows()

    /// What the index holds of the records (its orders and rules keep the dataset they were made
    /// from): let go before the records change in place, or the change copies every table.
    mutating func letGoOfRecords() {
        orders.letGoOfRecords()
        facts = PlacementFacts(Dataset(programme: facts.programme))
    }

    /// After a change of known records (`changed`: "offers/off-001"…, `before`: those records as
    /// they were, see `Dataset.takePriors`), only those are indexed again, in place.
    mutating func update(_ data: Dataset, today: CivilDate, changed: [String], before: Dataset) {
        let keys = Set(changed)
        func ids(_ collection: String) -> [String] { Self.ids(collection, in: keys) }
        guard ids("organizations").isEmpty, ids("students").isEmpty, !keys.contains("programme/programme") else {
            self = SearchIndex(data, today: today, previous: (self, .changed(keys)))
            return
        }
        func org(_ id: String) -> String { data.organizations[id]?.name ?? "" }
        func student(_ login: String) -> String { data.students[login]?.fullName ?? login }
        for id in ids("offers") {
            guard let o = data.offers[id] else { offerText[id] = nil; offerFacets[id] = nil; continue }
            offerText[id] = Folding.bytes("\(o.title) \(org(o.organizationID)) \(o.city) \(o.description)")
            offerFacets[id] = OfferFacet(status: o.status, applyBy: o.applyBy, domain: o.domain, city: o.city)
        }
        for id in ids("placements") {
            placementText[id] = data.placements[id].map {
                Folding.bytes("\(student($0.studentLogin)) \($0.studentLogin) \(org($0.organizationID)) \($0.subject)")
            }
        }
        for id in ids("alternances") {
            alternanceText[id] = data.alternances[id].map {
                Folding.bytes("\(student($0.studentLogin)) \(org($0.employerID)) \($0.trainingBody) \($0.opco)")
            }
        }
        if !ids("placements").isEmpty || !ids("alternances").isEmpty { situations = Situation.all(in: data) }
        // The orders stand while no record came or went and no sort key moved; an offer order
        // whose key did not move is kept even when another one's did (a title edited: the list by date stands).
        let offerIDs = ids("offers")
        let offersStay = offerIDs.allSatisfy { before.offers[$0] != nil && data.offers[$0] != nil }
        let moved = Set(offerIDs.flatMap { id -> [OfferQuery.Order] in
            guard let a = before.offers[id], let b = data.offers[id] else { return OfferQuery.Order.allCases }
            return OfferQuery.Order.allCases.filter { !$0.keyStands(a, b, today: today) }
        })
        let titlesStand = offerIDs.allSatisfy { before.offers[$0]?.title == data.offers[$0]?.title }
        let placementsKept = ids("placements").allSatisfy { before.placements[$0]?.studentLogin ?? "?" == data.placements[$0]?.studentLogin }
        let alternancesKept = ids("alternances").allSatisfy { before.alternances[$0]?.studentLogin ?? "?" == data.alternances[$0]?.studentLogin }
        if offersStay {
            let standing: [Orders.List: Bool] = [.placements: placementsKept, .alternances: alternancesKept, .students: true,
                                                 .organizations: true, .offerTitles: titlesStand]
            orders = Orders(data, today: today, keeping: orders, except: moved, standing: Set(standing.filter(\.value).keys))
        } else {
            orders = Orders(data, today: today)
        }
        facts = PlacementFacts(data)
        visible = VisibleMemo()
        // While their order stands, the offers' rows follow the changed offers in place.
        if offersStay {
            if !isKnownUniquelyReferenced(&offerRows) { offerRows = offerRows.copy() }  // a copy of the index keeps its rows
            offerRows.replace(offerIDs, texts: offerText, facets: offerFacets, except: moved)
        } else {
            offerRows = OfferRows()
        }
    }

    /// `searchable: false` leaves the search text out: a first screen drawn while the rest of the
    /// store is read takes no key, so its text is folded once everything is there (see `AppState.loaded`).
    /// `received`: the offers' order by date of receipt, when the caller has it (see `StoreOpening.previewOrder`).
    init(_ data: Dataset, today: CivilDate, previous: (index: SearchIndex, earlier: Earlier)? = nil, searchable: Bool = true,
         received: [String]? = nil, searchesOrganizations: Bool = true) {
        self.searchesOrganizations = previous?.index.searchesOrganizations ?? searchesOrganizations
        func org(_ id: String) -> String { data.organizations[id]?.name ?? "" }
        func student(_ login: String) -> String { data.students[login]?.fullName ?? login }
        // Texts mention names from other tables: reused only when those did not change
        // (the offers from the first screen's preview are reused once the rest is read).
        let orgsSame = previous.map { $0.earlier.stands(Organization.self, now: data) } ?? false
        let namesSame = orgsSame && previous.map { $0.earlier.stands(Student.self, now: data) } == true
        func texts<R: Record>(_ table: [String: R], _ oldText: [String: [UInt8]]?, reuse: Bool,
                              _ make: (R) -> [UInt8]) -> [String: [UInt8]] {
            guard searchable else { return [:] }
            guard reuse, let oldText, let stands = previous?.earlier.standing(R.self) else { return table.mapValues(make) }
            return table.mapValues { record in
                if stands(record), let text = oldText[record.id] { return text }
                return make(record)
            }
        }
        offerText = texts(data.offers, previous?.index.offerText, reuse: orgsSame) {
            Folding.bytes($0.title, org($0.organizationID), $0.city, $0.description)
        }
        placementText = texts(data.placements, previous?.index.placementText, reuse: namesSame) {
            Folding.bytes(student($0.studentLogin), $0.studentLogin, org($0.organizationID), $0.subject)
        }
        studentText = texts(data.students, previous?.index.studentText, reuse: previous != nil) {
            Folding.bytes($0.fullName, $0.login, $0.group, $0.email)
        }
        alternanceText = texts(data.alternances, previous?.index.alternanceText, reuse: namesSame) {
            Folding.bytes(student($0.studentLogin), org($0.employerID), $0.trainingBody, $0.opco)
        }
        organizationText = texts(self.searchesOrganizations ? data.organizations : [:], previous?.index.organizationText,
                                 reuse: previous != nil) {
            Self.searchText($0)
        }
        situations = Situation.all(in: data)
        offerFacets = data.offers.mapValues { OfferFacet(status: $0.status, applyBy: $0.applyBy, domain: $0.domain, city: $0.city) }
        orders = Orders(data, today: today, received: received)
        facts = PlacementFacts(data)
    }

    /// The ids of `collection`'s records among `keys` ("offers/off-001" → "off-001").
    static func ids(_ collection: String, in keys: some Collection<String>) -> [String] {
        keys.filter { $0.hasPrefix(collection + "/") }.map { String($0.dropFirst(collection.count + 1)) }
    }

    /// "Données" → "donnees", "Œuvre" → "oeuvre": what search compares.
    static func fold(_ text: String) -> String { Folding.fold(text) }

    /// What a search of the organisations runs over: name, SIRET as typed and as digits, city.
    static func searchText(_ org: Organization) -> [UInt8] {
        Folding.bytes(org.name, org.siret, Organization.siretKey(org.siret), org.city)
    }

    /// The folded words of a query; a record matches when its text holds them all.
    static func words(_ query: String) -> [[UInt8]] { fold(query).split(separator: " ").map { Array($0.utf8) } }

    static func matches(_ text: [UInt8]?, _ words: [[UInt8]]) -> Bool {
        guard !words.isEmpty else { return true }
        guard let text else { return false }
        return text.withUnsafeBytes { haystack in
            words.allSatisfy { word in word.withUnsafeBytes { contains(haystack, $0) } }
        }
    }

    /// Byte search: memchr finds each candidate start, memcmp checks it.
    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let first = needle.first, let base = haystack.baseAddress, let word = needle.baseAddress else { return needle.isEmpty }
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + at, word, needle.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }
}

/// What a new index knows of the records its previous one was made from, to reuse the text
/// of those that stand.
enum Earlier {
    /// The records as they were, whole (after a reload: any of them may have changed).
    case records(Dataset)
    /// Only these records changed since ("offers/off-001"), the others stand.
    case changed(Set<String>)

    /// Whether a record of this kind is as it was: its table looked up once, not per record.
    func standing<R: Record>(_ type: R.Type) -> (R) -> Bool {
        switch self {
        case .records(let old):
            let table = old.records(type)
            return { table[$0.id] == $0 }
        case .changed(let keys):
            let prefix = R.collection + "/"
            return { !keys.contains(prefix + $0.id) }
        }
    }

    /// Whether no record of this kind changed.
    func stands<R: Record>(_ type: R.Type, now data: Dataset) -> Bool {
        switch self {
        case .records(let old): old.records(type) == data.records(type)
        case .changed(let keys): !keys.contains { $0.hasPrefix(R.collection + "/") }
        }
    }
}

/// Remembers each list's last filter and its result: `update` and the view
/// ask for the same list several times per keystroke.
final class VisibleMemo {
    private var last: [String: (key: String, ids: [String])] = [:]
    private var searchedOffers: (query: String, filters: String, rows: [OfferRow], ids: [String])?
    private var searchedSummary: (query: String, summary: OfferSummary)?
    private var dashboard: (key: String, lines: [DetailLine])?
    private var placementForm: (kind: Editor.Kind, values: [String: String], preview: PlacementPreview)?

    /// What the rules make of a placement form as it stands, once per version of the records and of the form:
    /// its messages, its panel and its F6 key all ask.
    func placementPreview(_ editor: Editor, _ make: () -> PlacementPreview) -> PlacementPreview {
        let values = editor.values
        if let known = placementForm, known.kind == editor.kind, known.values == values { return known.preview }
        let preview = make()
        placementForm = (editor.kind, values, preview)
        return preview
    }

    /// The dashboard's lines, made once per version of the records and `key` (what else they show).
    func dashboard(_ key: String, _ make: () -> [DetailLine]) -> [DetailLine] {
        if let known = dashboard, known.key == key { return known.lines }
        let lines = make()
        dashboard = (key, lines)
        return lines
    }

    /// The counts of the offers `query` finds, made once per query and version of the records.
    func summary(_ query: String, _ compute: () -> OfferSummary) -> OfferSummary {
        if let known = searchedSummary, known.query == query { return known.summary }
        let summary = compute()
        searchedSummary = (query, summary)
        return summary
    }

    func ids(_ list: String, key: String, _ compute: () -> [String]) -> [String] {
        if let known = last[list], known.key == key { return known.ids }
        let ids = compute()
        last[list] = (key, ids)
        return ids
    }

    /// The offers list: the rows of `all` that `keep` keeps, in order, by id. A query typed further
    /// (the last one is its beginning, the filters the same) can only narrow the last result, so only
    /// that result is looked through: each key of a search costs what is left.
    func offers(query: String, filters: String, all: () -> [OfferRow], keep: (OfferRow) -> Bool) -> [String] {
        if let known = searchedOffers, known.query == query, known.filters == filters { return known.ids }
        let candidates = searchedOffers.flatMap { $0.filters == filters && query.hasPrefix($0.query) ? $0.rows : nil } ?? all()
        let rows = candidates.filter(keep)
        let ids = rows.map(\.id)
        searchedOffers = (query, filters, rows, ids)
        return ids
    }
}

/// One offer as a search runs over it.
struct OfferRow {
    let id: String
    let text: [UInt8]
    let facet: OfferFacet
}

/// The offers' rows in each order, made once per version of the records.
final class OfferRows {
    private var bySort: [OfferSort: [OfferRow]] = [:]

    /// The rows of `ids` made again from their new text and facets (the order unchanged), in place;
    /// the orders in `moved` are dropped, made again when next asked for.
    func replace(_ ids: [String], texts: [String: [UInt8]], facets: [String: OfferFacet], except moved: Set<OfferQuery.Order>) {
        guard !ids.isEmpty else { return }
        bySort = bySort.filter { !moved.contains($0.key.order) }
        for sort in Array(bySort.keys) {
            for id in ids {
                guard let at = bySort[sort]!.firstIndex(where: { $0.id == id }), let facet = facets[id] else { continue }
                bySort[sort]![at] = OfferRow(id: id, text: texts[id] ?? [], facet: facet)
            }
        }
    }

    func copy() -> OfferRows {
        let copy = OfferRows()
        copy.bySort = bySort
        return copy
    }

    func rows(_ sort: OfferSort, of index: SearchIndex) -> [OfferRow] {
        if let known = bySort[sort] { return known }
        // Descending is the ascending rows turned round (those without a key kept last).
        if sort.descending, let other = bySort[OfferSort(order: sort.order)] {
            let rows = Orders.turnedRound(other, keyless: index.orders.keylessCount(sort.order))
            bySort[sort] = rows
            return rows
        }
        let rows = index.orders.offers(sort).compactMap { id in
            index.offerFacets[id].map { OfferRow(id: id, text: index.offerText[id] ?? [], facet: $0) }
        }
        bySort[sort] = rows
        return rows
    }
}

/// An offer as its filters see it.
struct OfferFacet {
    let status: OfferStatus
    let applyBy: CivilDate?
    let domain: Domain
    let city: String

    /// As `Offer.effectiveStatus`: an open offer past its apply-by date is expired.
    func effectiveStatus(today: CivilDate) -> OfferStatus { status.effective(applyBy: applyBy, today: today) }

    /// Whether `query`'s filters keep it (its words aside: they are matched on the row's text).
    func isFound(by query: OfferQuery) -> Bool { query.keeps(effectiveStatus(today: query.today), domain, city) }
}

/// The lists' orders, each sorted the first time it is shown after a change.
final class Orders {
    /// The lists' orders other than the offers'.
    enum List: Hashable { case placements, students, alternances, organizations, offerTitles }

    private var data: Dataset
    /// The day the offers' statuses are taken on (to sort by status).
    private let today: CivilDate
    private var offers: [OfferSort: [String]] = [:]
    private var keyless: [OfferQuery.Order: Int] = [:]
    private var lists: [List: [String]] = [:]
    private var studentKeys: [String: String]?
    private var organizationKeys: [String: String]?
    private var linkable: (ids: [String], labels: [String])?

    var placements: [String] { list(.placements) { sorted(data.placements.keys) { self.studentKey[self.data.placements[$0]!.studentLogin] ?? "" } } }
    var students: [String] { list(.students) { sorted(data.students.keys) { self.studentKey[$0] ?? "" } } }
    var alternances: [String] { list(.alternances) { sorted(data.alternances.keys) { self.studentKey[self.data.alternances[$0]!.studentLogin] ?? "" } } }
    /// Organisations by name and offers by title, for the forms' choices.
    var organizations: [String] { list(.organizations) { sorted(data.organizations.keys) { self.organizationKey[$0] ?? "" } } }
    var offerTitles: [String] { list(.offerTitles) { sorted(data.offers.keys) { self.data.offers[$0]!.title } } }

    /// The department's organisations a form may link to, by name, with their labels
    /// ("Musée · SIRET · Lyon"): made once per version of the records, not at every form.
    func linkableOrganizations(label: (Organization) -> String) -> (ids: [String], labels: [String]) {
        if let known = linkable { return known }
        let ids = organizations.filter { id in data.organizations[id].map { !data.isTypedByStudent($0) } ?? false }
        let made = (ids, ids.map { label(data.organizations[$0]!) })
        linkable = made
        return made
    }

    private var studentKey: [String: String] {
        if let known = studentKeys { return known }
        let keys = data.students.mapValues { SearchIndex.fold("\($0.lastName) \($0.firstName)") }
        studentKeys = keys
        return keys
    }

    private var organizationKey: [String: String] {
        if let known = organizationKeys { return known }
        let keys = data.organizations.mapValues { SearchIndex.fold($0.name) }
        organizationKeys = keys
        return keys
    }

    private func list(_ list: List, _ make: () -> [String]) -> [String] {
        if let known = lists[list] { return known }
        let order = make()
        lists[list] = order
        return order
    }

    /// `received`: the offers by date of receipt, when already known (the snapshot's order).
    init(_ data: Dataset, today: CivilDate, received: [String]? = nil) {
        self.data = data
        self.today = today
        if let received { offers[OfferSort()] = received }
    }

    /// The orders of `data` after a change that brought no record and took none away, nor touched
    /// a student or an organisation: what `previous` had sorted is kept, but for the offer orders
    /// in `moved` and the lists not in `standing`. The new orders hold the new records only, so
    /// the old ones are not kept alive (the store then changes its own in place).
    init(_ data: Dataset, today: CivilDate, keeping previous: Orders, except moved: Set<OfferQuery.Order>, standing: Set<List>) {
        self.data = data
        self.today = today
        offers = previous.offers.filter { !moved.contains($0.key.order) }
        keyless = previous.keyless.filter { !moved.contains($0.key) }
        lists = previous.lists.filter { standing.contains($0.key) }
        studentKeys = previous.studentKeys
        organizationKeys = previous.organizationKeys
        linkable = previous.linkable  // kept: a change of a student or an organisation makes new orders
    }

    /// Keeps what is sorted but not the records (see `SearchIndex.letGoOfRecords`).
    func letGoOfRecords() {
        data = Dataset(programme: data.programme)
    }

    func offers(_ sort: OfferSort) -> [String] {
        if let known = offers[sort] { return known }
        let order: [String]
        if sort.descending {
            order = Self.turnedRound(offers(OfferSort(order: sort.order)), keyless: keylessCount(sort.order))
        } else {
            order = sorted(data.offers.keys, by: key(sort.order))
        }
        offers[sort] = order
        return order
    }

    /// Each offer's key in `order`.
    private func key(_ order: OfferQuery.Order) -> (String) -> OfferSortKey {
        let all = data.offers, earliest = data.programme.earliestStart, today = today
        let organizationText = order == .organization ? organizationKey.mapValues { Array($0.utf8) } : [:]
        return { id in
            order.key(of: all[id]!, organizationText: organizationText[all[id]!.organizationID] ?? [], earliestStart: earliest, today: today)
        }
    }

    /// An ascending order turned round, the last `keyless` (offers without a key) kept last, themselves turned round.
    static func turnedRound<T>(_ ascending: [T], keyless: Int) -> [T] {
        Array(ascending.dropLast(keyless).reversed() + ascending.suffix(keyless).reversed())
    }

    /// How many offers have no key in an order sorted (they come last).
    func keylessCount(_ order: OfferQuery.Order) -> Int {
        if let known = keyless[order] { return known }
        let key = key(order)
        let count = offers(OfferSort(order: order)).reversed().prefix { key($0) == .none }.count
        keyless[order] = count
        return count
    }

    private func sorted<K: Comparable>(_ ids: some Collection<String>, by key: (String) -> K) -> [String] {
        // One comparison of the keys per pair where they differ (a tuple's `<` asks `==` first, then `<`).
        let keyed: [(key: K, id: String)] = ids.map { (key($0), $0) }
        return keyed.sorted { (a: (key: K, id: String), b: (key: K, id: String)) -> Bool in
            if a.key < b.key { return true }
            if b.key < a.key { return false }
            return a.id < b.id
        }.map(\.id)
    }
}

/// Rule findings and durations of placements, worked out on first request
/// (the list shows a screenful; the dashboard asks for all) and kept until
/// the records change.
final class PlacementFacts {
    private let data: Dataset
    /// The rules over the records as they are, built once per change of the records.
    private(set) lazy var book = RuleBook(data)
    private var findingsCache: [String: [Finding]] = [:]
    private var durationCache: [String: StageDuration] = [:]

    init(_ data: Dataset) {
        self.data = data
    }

    var programme: Programme { data.programme }

    func findings(_ id: String) -> [Finding] {
        if let known = findingsCache[id] { return known }
        guard let placement = data.placements[id] else { return [] }
        let found = book.findings(for: placement)
        findingsCache[id] = found
        return found
    }

    /// Offers and placements naming each organisation, for its list.
    private(set) lazy var organizationCounts: [String: (offers: Int, placements: Int)] = {
        var counts: [String: (offers: Int, placements: Int)] = [:]
        for offer in data.offers.values { counts[offer.organizationID, default: (0, 0)].offers += 1 }
        for placement in data.placements.values { counts[placement.organizationID, default: (0, 0)].placements += 1 }
        return counts
    }()

    func duration(_ id: String) -> StageDuration? {
        if let known = durationCache[id] { return known }
        guard let placement = data.placements[id] else { return nil }
        let duration = StageDuration(placement)
        durationCache[id] = duration
        return duration
    }
}
