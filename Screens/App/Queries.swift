import StagesCore

/// The rows each list shows, filtered and searched, in the index's order:
/// pure functions of the state, shared by the views and by `update`.
extension AppState {
    func visibleOffers() -> [Offer] {
        let words = SearchIndex.words(offers.search.query)
        return (index.offerOrder[offers.sort] ?? []).compactMap { id -> Offer? in
            guard let offer = data.offers[id], offers.status.accepts(offer.effectiveStatus(today: today)),
                  offers.domain == nil || offer.domain == offers.domain,
                  offers.city == nil || offer.city == offers.city,
                  SearchIndex.matches(index.offerText[id], words) else { return nil }
            return offer
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
        return index.placementOrder.compactMap { id in
            guard let p = data.placements[id], placements.status == nil || p.status == placements.status,
                  SearchIndex.matches(index.placementText[id], words) else { return nil }
            return p
        }
    }

    func visibleAlternances() -> [Alternance] {
        let words = SearchIndex.words(alternance.search.query)
        return index.alternanceOrder.compactMap { id in
            guard let c = data.alternances[id], alternance.status == nil || c.status == alternance.status,
                  SearchIndex.matches(index.alternanceText[id], words) else { return nil }
            return c
        }
    }

    func visibleStudents() -> [Student] {
        let words = SearchIndex.words(students.search.query)
        return index.studentOrder.compactMap { login in
            guard let s = data.students[login],
                  !students.withoutAnything || (index.situations[login]?.isWithoutAnything ?? true),
                  SearchIndex.matches(index.studentText[login], words) else { return nil }
            return s
        }
    }

    func fullName(_ login: String) -> String { data.students[login]?.fullName ?? login }
    func organizationName(_ id: String) -> String { data.organizations[id]?.name ?? "?" }

    /// Students by last name, for the forms' choices.
    func studentsByName() -> [Student] { index.studentOrder.compactMap { data.students[$0] } }
}
