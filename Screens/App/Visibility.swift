import StagesCore

/// What the person at the keyboard may read, in one place: lists, details and
/// forms ask here rather than checking the role themselves.
///
/// The coordinator reads every record as it is. A student reads their own
/// situation, request and contract (those views only ever look up the
/// student's own records), and of the offers only the open and the filled
/// ones, reduced: not who filled one (a student's name), not its history
/// (which names that student), not the coordinator's tags. Of the rules'
/// findings on their request, a student does not read those that count other
/// students: a tutor's interns at once, an organisation's interns in a week.
extension AppState {
    /// The coordinator's view: everything, as it is.
    var readsEverything: Bool { actor.isCoordinator }

    /// Whether an offer whose effective status (as of today) is `status` is shown at all.
    func offerIsShown(_ status: OfferStatus) -> Bool {
        readsEverything || Self.studentOfferStatuses.contains(status)
    }

    /// Offers a student may see: those still worth applying to, and those taken.
    /// Expired and withdrawn ones are the coordinator's bookkeeping.
    static let studentOfferStatuses: Set<OfferStatus> = [.open, .filled]

    /// The offer as this person may read it; nil when it is not theirs to see.
    func offerAsShown(_ id: String) -> Offer? {
        guard let offer = data.offers[id] else { return nil }
        if readsEverything { return offer }
        guard offerIsShown(offer.effectiveStatus(today: today)) else { return nil }
        var reduced = offer
        reduced.filledBy = nil
        reduced.history = []
        reduced.tags = []
        return reduced
    }

    /// How many offers this person may see with no filter: the list's "of N".
    var shownOfferCount: Int {
        if let catalog { return catalog.summary?.count(shownOfferStatuses) ?? 0 }
        if readsEverything { return data.offers.count }
        return index.visible.ids("offers-shown", key: "") {
            index.offerFacets.filter { offerIsShown($0.value.effectiveStatus(today: today)) }.map(\.key)
        }.count
    }

    /// The statuses the offers list shows when it opens (and after `z`): the coordinator's leaves out the
    /// withdrawn offers; a student's shows all they may see.
    var defaultOfferStatuses: Set<String> {
        readsEverything ? Set(OfferStatus.allCases.filter { $0 != .withdrawn }.map(\.rawValue)) : []
    }

    /// The statuses the offers list's filter offers: those of the offers this person may see.
    var offerStatusChoices: [OfferStatus] {
        OfferStatus.allCases.filter(offerIsShown)
    }

    /// Rule findings as this person may read them.
    func findingsAsShown(_ findings: [Finding]) -> [Finding] {
        readsEverything ? findings : findings.filter { !Self.rulesAboutOthers.contains($0.rule) }
    }

    /// Rules whose findings count other students' placements.
    static let rulesAboutOthers: Set<RuleID> = [.tutorLoad, .organizationQuota]

    /// The offers a placement form offers to link to, by id, in the order of its
    /// choice: the coordinator's every offer by title; a student's shown offers by
    /// title, then the one the request already links to when it is no longer
    /// shown, last so that choosing another keeps every other option in place.
    func linkableOfferIDs(linked: String?) -> [String] {
        let titles = index.orders.offerTitles
        if readsEverything { return titles }
        let shown = titles.filter { id in data.offers[id].map { offerIsShown($0.effectiveStatus(today: today)) } ?? false }
        guard let linked, data.offers[linked] != nil, !shown.contains(linked) else { return shown }
        return shown + [linked]
    }
}
