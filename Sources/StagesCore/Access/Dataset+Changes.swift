import Foundation

/// Every change to the dataset, each checking who may make it. Status changes
/// go only through the `transition` functions, which keep the history.
extension Dataset {
    // MARK: Students

    /// Saves a student. A change of track takes the other record along: to
    /// alternance, a request not yet agreed is cancelled (the returned notice
    /// says so) and an agreed placement refuses it; to stage, a signed or ongoing
    /// contract refuses it (break it first; a searching one stays).
    @discardableResult
    public mutating func save(_ student: Student, by actor: Actor, at now: Date = Date()) throws(ModelError) -> LocalizedText? {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard let existing = students[student.login], existing.track != student.track else {
            put(student)
            return nil
        }
        switch student.track {
        case .alternance:
            try refuseAgreedPlacement(of: student.login)
            put(student)
            return moveToAlternance(student.login, why: "Passage en parcours alternance : demande de stage annulée.",
                                    by: actor, at: now)
        case .stage:
            try refuseBindingContract(of: student.login)
            put(student)
            return nil
        }
    }

    // MARK: Offers

    public mutating func save(_ offer: Offer, by actor: Actor, at now: Date) throws(ModelError) {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        var offer = offer
        if let existing = offers[offer.id] {
            guard existing.status == offer.status else { throw .statusChangedOutsideWorkflow }
            offer.created = existing.created
        } else {
            offer.created = Stamp(by: actor.person.login, at: now)
        }
        offer.updated = Stamp(by: actor.person.login, at: now)
        put(offer)
    }

    public mutating func transitionOffer(_ id: String, to next: OfferStatus, filledBy: String? = nil,
                                         by actor: Actor, at now: Date) throws(ModelError) {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard var offer = offers[id] else { throw .notFound(collection: Offer.collection, id: id) }
        guard offer.status.canMove(to: next) else { throw .transitionNotAllowed(from: offer.status.label, to: next.label) }
        offer.history.append(actor.transition(at: now, from: offer.status.rawValue, to: next.rawValue,
                                        comment: next == .filled ? filledBy : nil))
        offer.status = next
        offer.filledBy = next == .filled ? filledBy : nil
        offer.updated = Stamp(by: actor.person.login, at: now)
        put(offer)
    }

    // MARK: Placements

    /// Creates or edits a placement's fields. A new one starts as a draft; a
    /// student may only touch their own draft or returned request. A change once
    /// the placement is validated is an amendment: its history records each field
    /// changed, before and after (the rules run again on the new version, as always).
    public mutating func save(_ placement: Placement, by actor: Actor, at now: Date) throws(ModelError) {
        let existing = placements[placement.id]
        if !actor.isCoordinator {
            guard placement.studentLogin == actor.login, existing.map({ $0.studentLogin == actor.login }) ?? true
            else { throw Refusal.notYours }
            guard students[actor.login]?.track != .alternance else { throw Refusal.alternanceStudent }
            if let org = organizations[placement.organizationID], !mayUse(org, actor) { throw Refusal.notYours }
            if let existing, !existing.status.isEditableByStudent { throw Refusal.notEditable }
        }
        try refuseForeignOffer(of: placement)
        var placement = placement
        if let existing {
            guard existing.status == placement.status else { throw .statusChangedOutsideWorkflow }
            placement.history = existing.history
            let changes = amendments(from: existing, to: placement)
            if existing.status.isPastValidation, !changes.isEmpty {
                placement.history.append(actor.transition(at: now, from: existing.status.rawValue,
                                                          to: existing.status.rawValue, changes: changes))
            }
            placement.convention = existing.convention  // signatures and amendments are recorded, not typed
            amendConvention(of: &placement, changes: changes, by: actor, at: now)
        } else {
            guard placement.status == .draft else { throw .statusChangedOutsideWorkflow }
            if currentPlacement(of: placement.studentLogin) != nil { throw .alreadyHasPlacement(login: placement.studentLogin) }
            try refuseBindingContract(of: placement.studentLogin)
            placement.history = [actor.transition(at: now, from: nil, to: PlacementStatus.draft.rawValue)]
        }
        put(placement)
    }

    /// Moves a placement along its workflow. Submitting and validating are
    /// refused while a rule finds an error; returning needs a comment, breaking a rupture.
    public mutating func transitionPlacement(_ id: String, to next: PlacementStatus, by actor: Actor, at now: Date,
                                             comment: String? = nil, rupture: Rupture? = nil) throws(ModelError) {
        guard var placement = placements[id] else { throw .notFound(collection: Placement.collection, id: id) }
        guard placement.status.canMove(to: next) else {
            throw .transitionNotAllowed(from: placement.status.label, to: next.label)
        }
        if !actor.isCoordinator {
            guard placement.studentLogin == actor.login else { throw Refusal.notYours }
            guard next == .submitted || (next == .cancelled && placement.status.isEditableByStudent)
            else { throw Refusal.coordinatorOnly }
        }
        let comment = comment?.trimmed
        switch next {
        case .submitted, .validated:
            let errors = RuleBook(self).findings(for: placement).errors
            guard errors.isEmpty else { throw .blockedByErrors(errors) }
            try refuseBindingContract(of: placement.studentLogin)
            if next == .validated, let offer = placement.offerID.flatMap({ offers[$0] }),
               offer.status == .filled, let other = offer.filledBy, other != placement.studentLogin {
                throw .offerFilledByAnother(offer: offer.title, login: other)
            }
        case .signed:
            let missing = placement.convention?.signatures.missing ?? Signatory.allCases
            guard missing.isEmpty else { throw .signaturesMissing(missing) }
        case .returned:
            guard let comment, !comment.isEmpty else { throw .commentRequired }
        case .ongoing:
            try WorkflowDates.mayStart(placement.start, today: CivilDate.today(now))
        case .completed:
            try WorkflowDates.mayComplete(start: placement.start, end: placement.end, earlyEnd: rupture, today: CivilDate.today(now))
            if let rupture { placement.rupture = rupture }
        case .broken:
            guard let rupture else { throw .ruptureRequired }
            try WorkflowDates.checkRupture(rupture, start: placement.start, end: placement.end)
            placement.rupture = rupture
        default:
            break
        }
        placement.history.append(actor.transition(at: now, from: placement.status.rawValue,
                                            to: next.rawValue, comment: comment?.isEmpty == true ? nil : comment))
        placement.status = next
        put(placement)
        followOffer(of: placement, by: actor, at: now)
    }

    /// The linked offer follows its placement: filled by the student once the
    /// placement is validated (or signed, ongoing: a store from before the rule),
    /// unless someone is already named; open again if it is cancelled. A broken
    /// placement leaves it filled (the post was taken; the coordinator may open it again).
    mutating func followOffer(of placement: Placement, by actor: Actor, at now: Date) {
        guard let offerID = placement.offerID, var offer = offers[offerID] else { return }
        let login = placement.studentLogin
        let taken = offer.status == .filled && offer.filledBy != nil
        let next: OfferStatus
        let comment: String
        if placement.status.isAgreed, !taken {
            (next, comment) = (.filled, login)
        } else if placement.status == .cancelled, offer.status == .filled, offer.filledBy == login {
            (next, comment) = (.open, "Stage de \(login) annulé")
        } else {
            return
        }
        offer.history.append(actor.transition(at: now, from: offer.status.rawValue, to: next.rawValue, comment: comment))
        offer.status = next
        offer.filledBy = next == .filled ? login : nil
        offer.updated = Stamp(by: actor.person.login, at: now)
        put(offer)
    }

    // MARK: Alternance

    /// Creates or edits a contract. A student may declare their own, as
    /// searching or signed; a signed contract moves the student to the alternance track
    /// (a request not yet agreed is cancelled, as the returned notice says). Refused
    /// for a student whose placement is agreed, and over another contract's dates.
    @discardableResult
    public mutating func save(_ contract: Alternance, by actor: Actor, at now: Date) throws(ModelError) -> LocalizedText? {
        let existing = alternances[contract.id]
        if !actor.isCoordinator {
            guard contract.studentLogin == actor.login, existing.map({ $0.studentLogin == actor.login }) ?? true
            else { throw Refusal.notYours }
            if let org = organizations[contract.employerID], !mayUse(org, actor) { throw Refusal.notYours }
            let declarable: Set<AlternanceStatus> = [.searching, .signed]
            guard declarable.contains(contract.status), existing.map({ declarable.contains($0.status) }) ?? true
            else { throw Refusal.coordinatorOnly }
        }
        try refuseOverlap(contract)
        if existing == nil || (contract.status.isBinding && existing?.status.isBinding == false) {
            try refuseAgreedPlacement(of: contract.studentLogin)
        }
        var contract = contract
        if let existing {
            contract.history = existing.history
            if existing.status != contract.status {
                guard existing.status.canMove(to: contract.status) else {
                    throw .transitionNotAllowed(from: existing.status.label, to: contract.status.label)
                }
                try Self.checkDates(of: contract, movingTo: contract.status, rupture: contract.rupture, today: CivilDate.today(now))
                contract.history.append(actor.transition(at: now, from: existing.status.rawValue, to: contract.status.rawValue))
            }
        } else {
            try Self.checkDates(of: contract, movingTo: contract.status, rupture: contract.rupture, today: CivilDate.today(now))
            contract.history = [actor.transition(at: now, from: nil, to: contract.status.rawValue)]
        }
        put(contract)
        guard contract.status.isBinding else { return nil }
        return moveToAlternance(contract.studentLogin, why: signedWhy(contract), by: actor, at: now)
    }

    private func signedWhy(_ contract: Alternance) -> String {
        "Contrat d'alternance signé chez \(organizationName(contract.employerID)) : demande de stage annulée."
    }

    /// Moves a contract along its workflow. Breaking it puts the student back on
    /// the stage track; the returned notice says so, for the coordinator to act on.
    @discardableResult
    public mutating func transitionAlternance(_ id: String, to next: AlternanceStatus, by actor: Actor, at now: Date,
                                              comment: String? = nil, rupture: Rupture? = nil) throws(ModelError) -> LocalizedText? {
        guard var contract = alternances[id] else { throw .notFound(collection: Alternance.collection, id: id) }
        guard contract.status.canMove(to: next) else {
            throw .transitionNotAllowed(from: contract.status.label, to: next.label)
        }
        if !actor.isCoordinator {
            guard contract.studentLogin == actor.login else { throw Refusal.notYours }
            guard next == .signed else { throw Refusal.coordinatorOnly }
        }
        try Self.checkDates(of: contract, movingTo: next, rupture: rupture, today: CivilDate.today(now))
        if next == .signed { try refuseAgreedPlacement(of: contract.studentLogin) }
        if let rupture, next == .broken || next == .completed { contract.rupture = rupture }
        contract.history.append(actor.transition(at: now, from: contract.status.rawValue, to: next.rawValue, comment: comment))
        contract.status = next
        put(contract)
        switch next {
        case .signed:
            return moveToAlternance(contract.studentLogin, why: signedWhy(contract), by: actor, at: now)
        case .broken:
            setTrack(.stage, of: contract.studentLogin)
            let name = students[contract.studentLogin]?.fullName ?? contract.studentLogin
            return LocalizedText(fr: "Contrat rompu : \(name) repasse en parcours stage ; un stage est à trouver.",
                                 en: "Contract broken: \(name) is back on the internship track; a placement must be found.")
        default:
            break
        }
        return nil
    }

    /// The dates a contract's move needs (`WorkflowDates`); `rupture` is the one
    /// given with the move: required to break, an early end to complete before the end.
    private static func checkDates(of contract: Alternance, movingTo next: AlternanceStatus, rupture: Rupture?,
                                   today: CivilDate) throws(ModelError) {
        switch next {
        case .ongoing:
            try WorkflowDates.mayStart(contract.start, today: today)
        case .completed:
            try WorkflowDates.mayComplete(start: contract.start, end: contract.end, earlyEnd: rupture, today: today)
        case .broken:
            guard let rupture else { throw .ruptureRequired }
            try WorkflowDates.checkRupture(rupture, start: contract.start, end: contract.end)
        case .searching, .signed:
            break
        }
    }

}
