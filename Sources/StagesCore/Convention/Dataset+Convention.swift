import Foundation

/// The convention's life in the records: issued once the request is validated, signed
/// party by party (the placement is signed when the fifth signature is in), amended
/// after signature when its dates, hours, stipend or tutor change. The coordinator's alone.
extension Dataset {
    /// Notes the day the convention was first printed for signature (kept on later prints).
    public mutating func issueConvention(_ id: String, on day: CivilDate, by actor: Actor) throws(ModelError) {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard var placement = placements[id] else { throw .notFound(collection: Placement.collection, id: id) }
        guard placement.status.isAgreed || placement.status == .completed else { throw .conventionNotIssuable(placement.status) }
        guard placement.convention?.issued == nil else { return }
        var convention = placement.convention ?? Convention()
        convention.issued = day
        placement.convention = convention
        put(placement)
    }

    /// Records (or, with nil, takes back) the day `party` signed the convention, or its
    /// amendment `amendment`. The fifth signature of the convention moves a validated placement to signed.
    public mutating func sign(_ id: String, _ party: Signatory, on day: CivilDate?, amendment: Int? = nil,
                              by actor: Actor, at now: Date) throws(ModelError) {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard var placement = placements[id] else { throw .notFound(collection: Placement.collection, id: id) }
        guard placement.status.isPastValidation else { throw .conventionNotIssuable(placement.status) }
        if let day, day > CivilDate.today(now) { throw .signedInTheFuture(day) }
        var convention = placement.convention ?? Convention(issued: CivilDate.today(now))
        if let amendment {
            guard let at = convention.amendments.firstIndex(where: { $0.number == amendment }) else {
                throw .noSuchAmendment(amendment)
            }
            convention.amendments[at].signatures[party] = day
        } else {
            convention.signatures[party] = day
        }
        placement.convention = convention
        put(placement)
        if amendment == nil, placement.status == .validated, convention.signatures.isComplete {
            try transitionPlacement(id, to: .signed, by: actor, at: now,
                                    comment: "Convention signée par les cinq parties / signed by all five parties")
        }
    }

    /// After a save past signature: the clauses it changed that need an avenant, as a new one.
    mutating func amendConvention(of placement: inout Placement, changes: [FieldChange], by actor: Actor, at now: Date) {
        guard placement.status.isPastSignature, var convention = placement.convention else { return }
        let clauses = changes.filter { AmendedField(rawValue: $0.field)?.needsAmendment == true }
        guard !clauses.isEmpty else { return }
        convention.amendments.append(ConventionAmendment(number: convention.amendments.count + 1, date: CivilDate.today(now),
                                                         by: actor.login, changes: clauses))
        placement.convention = convention
    }

    /// Conventions and amendments waiting for signatures, oldest first: what the dashboard lists.
    public func conventionsAwaitingSignatures() -> [AwaitedSignatures] {
        var out: [AwaitedSignatures] = []
        for p in placements.values where p.status.isAgreed {  // validated, signed or under way
            let convention = p.convention ?? Convention()
            if p.status == .validated, let issued = convention.issued, !convention.signatures.isComplete {
                out.append(AwaitedSignatures(placementID: p.id, studentLogin: p.studentLogin, amendment: nil,
                                             since: issued, missing: convention.signatures.missing))
            }
            for amendment in convention.amendments where !amendment.signatures.isComplete {
                out.append(AwaitedSignatures(placementID: p.id, studentLogin: p.studentLogin, amendment: amendment.number,
                                             since: amendment.date, missing: amendment.signatures.missing))
            }
        }
        return out.sorted { ($0.since, $0.placementID, $0.amendment ?? 0) < ($1.since, $1.placementID, $1.amendment ?? 0) }
    }
}

/// A convention (or amendment) issued and not yet signed by everyone.
public struct AwaitedSignatures: Hashable, Sendable {
    public let placementID: String
    public let studentLogin: String
    /// nil for the convention itself.
    public let amendment: Int?
    /// Waiting since this day (issued, or amended).
    public let since: CivilDate
    public let missing: [Signatory]

    /// Days waited by `today`.
    public func days(to today: CivilDate) -> Int { today.dayNumber - since.dayNumber }
}

extension PlacementStatus {
    /// Signed and after (a change then needs an avenant).
    public var isPastSignature: Bool { [.signed, .ongoing, .completed, .broken].contains(self) }
}
