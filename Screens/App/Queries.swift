import StagesCore

/// The rows each list shows, filtered, searched and sorted: pure functions
/// of the state, shared by the view and by `update` (which needs the counts).
extension AppState {
    func visibleOffers() -> [Offer] {
        let words = SearchIndex.words(offers.search.query)
        let list = data.offers.values.filter { offer in
            offers.status.accepts(offer.effectiveStatus(today: today))
                && (offers.domain == nil || offer.domain == offers.domain)
                && (offers.city == nil || offer.city == offers.city)
                && SearchIndex.matches(index.offerText[offer.id], words)
        }
        func org(_ o: Offer) -> String { index.organizationSortKey[o.organizationID] ?? "" }
        switch offers.sort {
        case .received:
            return list.sorted { ($0.receivedOn ?? .distantPast, $1.id) > ($1.receivedOn ?? .distantPast, $0.id) }
        case .start:
            return list.sorted { (startDay($0), $0.id) < (startDay($1), $1.id) }
        case .organization:
            return list.sorted { (org($0), $0.title, $0.id) < (org($1), $1.title, $1.id) }
        case .applyBy:
            return list.sorted { ($0.applyBy ?? .distantFuture, $0.id) < ($1.applyBy ?? .distantFuture, $1.id) }
        }
    }

    func startDay(_ offer: Offer) -> CivilDate {
        switch offer.start {
        case .on(let day): day
        case .fromEarliest: data.programme.earliestStart
        }
    }

    /// The cities offers are in, for the city filter.
    func offerCities() -> [String] {
        Array(Set(data.offers.values.map(\.city).filter { !$0.isEmpty })).sorted {
            SearchIndex.fold($0) < SearchIndex.fold($1)
        }
    }

    func visiblePlacements() -> [Placement] {
        let words = SearchIndex.words(placements.search.query)
        return data.placements.values.filter {
            (placements.status == nil || $0.status == placements.status)
                && SearchIndex.matches(index.placementText[$0.id], words)
        }.sorted { (studentName($0.studentLogin), $0.id) < (studentName($1.studentLogin), $1.id) }
    }

    func visibleAlternances() -> [Alternance] {
        let words = SearchIndex.words(alternance.search.query)
        return data.alternances.values.filter {
            (alternance.status == nil || $0.status == alternance.status)
                && SearchIndex.matches(index.alternanceText[$0.id], words)
        }.sorted { (studentName($0.studentLogin), $0.id) < (studentName($1.studentLogin), $1.id) }
    }

    func visibleStudents() -> [Student] {
        let words = SearchIndex.words(students.search.query)
        return data.students.values.filter {
            (!students.withoutAnything || (index.situations[$0.login]?.isWithoutAnything ?? true))
                && SearchIndex.matches(index.studentText[$0.login], words)
        }.sorted { (studentName($0.login), $0.login) < (studentName($1.login), $1.login) }
    }

    /// "Lefèvre Maëlys" sorts by last name.
    func studentName(_ login: String) -> String { index.studentSortKey[login] ?? login }

    func fullName(_ login: String) -> String { data.students[login]?.fullName ?? login }
    func organizationName(_ id: String) -> String { data.organizations[id]?.name ?? "?" }
}

extension CivilDate {
    static let distantPast = CivilDate(year: 1, month: 1, day: 1)!
    static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)!
}
