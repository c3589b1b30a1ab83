import Foundation

/// One record under way per student, and the track that goes with it: a
/// placement agreed with the department (validated, signed, ongoing) stands in
/// the way of a contract; a signed or ongoing contract in the way of a placement;
/// a request not yet agreed gives way to a signed contract, cancelled in the same step.
extension Dataset {
    /// The student's placement still under way (neither cancelled, broken nor completed).
    public func currentPlacement(of login: String, except id: String? = nil) -> Placement? {
        placements.values.filter { $0.studentLogin == login && $0.status.isActive && $0.id != id }.max { $0.start < $1.start }
    }

    /// The student's contract they work under (signed or ongoing).
    public func bindingContract(of login: String, except id: String? = nil) -> Alternance? {
        alternances.values.filter { $0.studentLogin == login && $0.status.isBinding && $0.id != id }.max { $0.start < $1.start }
    }

    /// What a placement taken whole (an import) must respect, as the workflow
    /// would have: its offer is its organisation's, its rupture inside its dates,
    /// and, while active, no other active placement nor a signed or ongoing contract.
    public func admit(_ placement: Placement) throws(ModelError) {
        try refuseForeignOffer(of: placement)
        if let rupture = placement.rupture { try WorkflowDates.checkRupture(rupture, start: placement.start, end: placement.end) }
        guard placement.status.isActive else { return }
        if currentPlacement(of: placement.studentLogin, except: placement.id) != nil {
            throw .alreadyHasPlacement(login: placement.studentLogin)
        }
        try refuseBindingContract(of: placement.studentLogin)
    }

    func refuseForeignOffer(of placement: Placement) throws(ModelError) {
        if let offerID = placement.offerID, let offer = offers[offerID], offer.organizationID != placement.organizationID {
            throw .offerOfAnotherOrganization(offer: offer.title, organization: organizationName(placement.organizationID))
        }
    }

    func fullName(of login: String) -> String { students[login]?.fullName ?? login }

    func organizationName(_ id: String) -> String { organizations[id]?.name ?? id }

    func refuseAgreedPlacement(of login: String) throws(ModelError) {
        if let p = currentPlacement(of: login), p.status.isAgreed {
            throw .hasAgreedPlacement(student: fullName(of: login), organization: organizationName(p.organizationID), status: p.status)
        }
    }

    func refuseBindingContract(of login: String, except id: String? = nil) throws(ModelError) {
        if let c = bindingContract(of: login, except: id) {
            throw .hasBindingContract(student: fullName(of: login), employer: organizationName(c.employerID), status: c.status)
        }
    }

    /// Two contracts of one student never overlap; a broken one lasted up to its rupture.
    func refuseOverlap(_ contract: Alternance) throws(ModelError) {
        func period(_ c: Alternance) -> DateRange {
            if c.status == .broken, let r = c.rupture, r.date < c.end { return DateRange(start: c.start, end: r.date) }
            return DateRange(start: c.start, end: c.end)
        }
        let mine = period(contract)
        for other in alternances.values where other.studentLogin == contract.studentLogin && other.id != contract.id {
            let theirs = period(other)
            if theirs.overlaps(mine) {
                throw .contractsOverlap(student: fullName(of: contract.studentLogin), employer: organizationName(other.employerID),
                                        start: theirs.start, end: theirs.end)
            }
        }
    }

    /// Puts the student on the alternance track; a request not yet agreed is
    /// cancelled, with `why` in its history. Says what became of it, if anything.
    mutating func moveToAlternance(_ login: String, why: String, by actor: Actor, at now: Date) -> LocalizedText? {
        setTrack(.alternance, of: login)
        guard var request = currentPlacement(of: login), !request.status.isAgreed else { return nil }
        let was = request.status
        request.history.append(actor.transition(at: now, from: was.rawValue, to: PlacementStatus.cancelled.rawValue,
                                                comment: why))
        request.status = .cancelled
        put(request)
        followOffer(of: request, by: actor, at: now)
        let name = fullName(of: login)
        return LocalizedText(fr: "\(name) passe en alternance : sa demande de stage (« \(was.label.fr) ») est annulée.",
                             en: "\(name) moves to work-study: their internship request (“\(was.label.en)”) is cancelled.")
    }

    mutating func setTrack(_ track: Track, of login: String) {
        guard var student = students[login], student.track != track else { return }
        student.track = track
        put(student)
    }
}
