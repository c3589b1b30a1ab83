import StagesCore

/// What a dashboard entry opens: a list filtered as the entry says, or the record it names.
enum DrillTarget: Equatable {
    case studentsWithoutAnything
    case studentsIn(Situation)
    /// The offers of a domain, whatever their status.
    case offersOf(Domain)
    case placementsIn(PlacementStatus)
    case placement(String)

    /// Goes there: the tab, its filters set (the others cleared), or the record's detail.
    func open(_ state: inout AppState) {
        state.layers.removeAll()
        switch self {
        case .studentsWithoutAnything, .studentsIn:
            state.tab = .students
            state.students = StudentListState()
            if case .studentsIn(let situation) = self { state.students.situations = [FilterPicker.Column.key(situation)] }
            else { state.students.withoutAnything = true }
        case .offersOf(let domain):
            state.tab = .offers
            state.offers = OfferListState()
            state.offers.domains = [domain.rawValue]
        case .placementsIn(let status):
            state.tab = .placements
            state.placements = PlacementListState()
            state.placements.statuses = [status.rawValue]
        case .placement(let id):
            // Over the dashboard: Esc comes back to it, on the same entry.
            state.layers.append(.placementDetail(id: id, scroll: 0))
            return
        }
        state.filtersChanged()
    }
}
