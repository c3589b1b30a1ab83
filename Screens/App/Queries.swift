import StagesCore
import StagesStore

/// The rows each list shows, filtered and searched, in the index's order:
/// pure functions of the state, shared by the views and by `update`.
extension AppState {
    /// The offers the list shows, by id, in order.
    /// Asked of the store, the ids read so far: the list's first rows, as far as the screen has needed.
    func visibleOfferIDs() -> [String] {
        let query = offerQuery
        if let catalog { return catalog.answers[query]?.ids ?? [] }
        let filters = "\(offers.statuses.sorted())\u{0}\(offers.domains.sorted())\u{0}\(offers.cities.sorted())\u{0}\(offers.sort)"
        let words = SearchIndex.words(offers.search.query)
        let everything = query.statuses == nil && query.domains == nil && query.cities == nil
        return index.visible.offers(query: offers.search.query, filters: filters,
                                    all: { index.offerRows.rows(offers.sort, of: index) }) { row in
            SearchIndex.matches(row.text, words) && (everything || row.facet.isFound(by: query))
        }
    }

    /// The counts of the offers holding the words searched for (by status, domain and city), which the
    /// offers list's filters show; asked of the store, nil until it has answered.
    func searchedOfferSummary() -> OfferSummary? {
        let words = offerQuery.words
        if let catalog { return words.isEmpty ? catalog.summary : catalog.searched[words] }
        let folded = words.map { Array($0.utf8) }
        return index.visible.summary(offers.search.query) {
            var summary = OfferSummary()
            for row in index.offerRows.rows(OfferSort(), of: index) where SearchIndex.matches(row.text, folded) {
                let status = row.facet.effectiveStatus(today: today)
                guard offerIsShown(status) else { continue }
                summary.groups[.init(status: status, domain: row.facet.domain, city: row.facet.city), default: 0] += 1
            }
            return summary
        }
    }

    func visibleOffers() -> [Offer] { visibleOfferIDs().compactMap { offerAsShown($0) } }

    func startDay(_ offer: Offer) -> CivilDate { offer.startDay(earliest: data.programme.earliestStart) }

    /// The cities of the offers this person may see, for the city filter.
    func offerCities() -> [String] {
        let cities = catalog?.summary?.cities(shownOfferStatuses)
            ?? Set(data.offers.values.filter { offerIsShown($0.effectiveStatus(today: today)) }.map(\.city).filter { !$0.isEmpty })
        return cities.sorted {
            SearchIndex.fold($0) < SearchIndex.fold($1)
        }
    }

    func visiblePlacementIDs() -> [String] {
        index.visible.ids("placements", key: "\(placements.search.query)\u{0}\(placements.statuses.sorted())\u{0}\(String(describing: placements.columnSort))") {
            let statuses = placements.statuses
            return sortedByColumn(searchedPlacementIDs().filter { statuses.isEmpty || statuses.contains(data.placements[$0]?.status.rawValue ?? "") },
                                  .placements, placements.columnSort)
        }
    }

    /// The placements the search keeps (the status filter aside: its picker counts them).
    func searchedPlacementIDs() -> [String] {
        let words = SearchIndex.words(placements.search.query)
        return index.orders.placements.filter { SearchIndex.matches(index.placementText[$0], words) }
    }

    func visibleAlternanceIDs() -> [String] {
        let statuses = alternance.statuses
        return sortedByColumn(searchedAlternanceIDs().filter { statuses.isEmpty || statuses.contains(data.alternances[$0]?.status.rawValue ?? "") },
                              .alternance, alternance.columnSort)
    }

    /// The contracts the search keeps (the status filter aside: its picker counts them).
    func searchedAlternanceIDs() -> [String] {
        let words = SearchIndex.words(alternance.search.query)
        return index.orders.alternances.filter { SearchIndex.matches(index.alternanceText[$0], words) }
    }

    func visibleStudentLogins() -> [String] {
        let key = "\(students.search.query)\u{0}\(students.withoutAnything)\u{0}\(students.groups.sorted())\u{0}\(students.situations.sorted())"
            + "\u{0}\(String(describing: students.columnSort))"
        return index.visible.ids("students", key: key) { sortedByColumn(studentLogins(except: nil), .students, students.columnSort) }
    }

    /// The students the search and the filters keep, but for `column`'s filter: those its picker counts.
    func studentLogins(except column: FilterPicker.Column?) -> [String] {
        let words = SearchIndex.words(students.search.query)
        let groups = column == .studentGroup ? [] : students.groups
        let situations = column == .studentSituation ? [] : students.situations
        return index.orders.students.filter { login in
            SearchIndex.matches(index.studentText[login], words)
                && (!students.withoutAnything || (index.situations[login]?.isWithoutAnything ?? true))
                && (groups.isEmpty || groups.contains(data.students[login]?.group ?? ""))
                && (situations.isEmpty || situations.contains(index.situations[login].map(FilterPicker.Column.key) ?? ""))
        }
    }

    /// The organisations the list shows, by name, matching the search (name, SIRET or city).
    func visibleOrganizationIDs() -> [String] {
        index.visible.ids("organizations", key: organizations.search.query + "\u{0}\(String(describing: organizations.columnSort))") {
            sortedByColumn(organizationIDs(matching: organizations.search.query), .organizations, organizations.columnSort)
        }
    }

    /// Organisations by name whose name, SIRET or city holds every word of `query`, accents ignored.
    func organizationIDs(matching query: String) -> [String] {
        let words = SearchIndex.words(query)
        // A student's session keeps no organisation search text (they have no organisation list): made here.
        let kept = index.searchesOrganizations ? index.organizationText : nil
        return index.orders.organizations.filter { id in
            SearchIndex.matches(kept?[id] ?? data.organizations[id].map(SearchIndex.searchText), words)
        }
    }

    func visiblePlacements() -> [Placement] { visiblePlacementIDs().compactMap { data.placements[$0] } }
    func visibleAlternances() -> [Alternance] { visibleAlternanceIDs().compactMap { data.alternances[$0] } }
    func visibleStudents() -> [Student] { visibleStudentLogins().compactMap { data.students[$0] } }

    func fullName(_ login: String) -> String { data.students[login]?.fullName ?? login }
    func organizationName(_ id: String) -> String { data.organizations[id]?.name ?? "?" }

    /// Students by last name, for the forms' choices.
    func studentsByName() -> [Student] { index.orders.students.compactMap { data.students[$0] } }

    /// Where a new placement or contract form's student choice opens: the first of `students` still searching
    /// (one who has a placement or a contract would open the form on an error).
    func firstStudentSearching(_ students: [Student]) -> Int {
        students.firstIndex { index.situations[$0.login].map { $0 == .searching } ?? true } ?? 0
    }
}
