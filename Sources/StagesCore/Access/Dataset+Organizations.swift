import Foundation

/// Changes to organisations, each kept in the organisation's own history: an
/// organisation is edited in its own form, never through a placement or an offer.
extension Dataset {
    /// Creates or edits an organisation. A student may only create one, or edit
    /// one they created (`createdBy`); the history records the creation, or the
    /// fields an edit changed, one line each. Its history is the store's, whatever `org` carries.
    public mutating func save(_ org: Organization, by actor: Actor, at now: Date = Date()) throws(ModelError) {
        var org = org
        let existing = organizations[org.id]
        if !actor.isCoordinator {
            if let existing {
                guard existing.createdBy == actor.login else { throw Refusal.notYours }
            }
            org.createdBy = actor.login
        }
        if let existing {
            org.createdBy = existing.createdBy
            org.history = existing.history
            let changes = org.changes(from: existing)
            guard !changes.isEmpty else { return }
            org.history = (org.history ?? []) + [actor.transition(
                at: now, from: nil, to: OrganizationEvent.edited.rawValue,
                comment: changes.map(\.summary).joined(separator: "\n"))]
        } else {
            org.history = [actor.transition(at: now, from: nil, to: OrganizationEvent.created.rawValue)]
        }
        put(org)
    }

    /// Merges two records of one organisation: every offer, placement and contract
    /// of `absorbedID` moves to `keptID`, the kept one's empty fields take the
    /// absorbed one's values, and the absorbed one is removed. The coordinator's alone.
    @discardableResult
    public mutating func mergeOrganization(_ absorbedID: String, into keptID: String, by actor: Actor,
                                           at now: Date) throws(ModelError) -> OrganizationReferences {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard let absorbed = organizations[absorbedID] else { throw .notFound(collection: Organization.collection, id: absorbedID) }
        guard var kept = organizations[keptID] else { throw .notFound(collection: Organization.collection, id: keptID) }
        guard absorbedID != keptID else { throw Refusal.mergeWithItself }
        let moved = references(to: absorbedID)
        for id in moved.offers { change(Offer.self, id) { $0?.organizationID = keptID } }
        for id in moved.placements { change(Placement.self, id) { $0?.organizationID = keptID } }
        for id in moved.alternances { change(Alternance.self, id) { $0?.employerID = keptID } }
        let before = kept
        kept.complete(from: absorbed)
        let completed = kept.changes(from: before).map(\.summary)
        let comment = (["\(absorbed.name) (\(absorbed.id))"] + completed).joined(separator: "\n")
        kept.history = (kept.history ?? []) + [actor.transition(at: now, from: nil, to: OrganizationEvent.merged.rawValue,
                                                              comment: comment)]
        put(kept)
        change(Organization.self, absorbedID) { $0 = nil }
        return moved
    }

    /// Keeps an organisation a student typed as one of the department's: from
    /// now on other students may link to it, and only the coordinator edits it.
    public mutating func adoptOrganization(_ id: String, by actor: Actor, at now: Date) throws(ModelError) {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard var org = organizations[id] else { throw .notFound(collection: Organization.collection, id: id) }
        guard students[org.createdBy] != nil else { return }
        org.createdBy = actor.login
        org.history = (org.history ?? []) + [actor.transition(at: now, from: nil, to: OrganizationEvent.adopted.rawValue)]
        put(org)
    }

    /// Removes an organisation a student typed once nothing names it any more (their
    /// request now links a known one): it would only wait, empty, in the coordinator's list.
    public mutating func dropUnusedTypedOrganization(_ id: String, by actor: Actor) {
        guard let org = organizations[id], isTypedByStudent(org), actor.isCoordinator || org.createdBy == actor.login,
              references(to: id).count == 0 else { return }
        change(Organization.self, id) { $0 = nil }
    }

    /// Whether a student typed this organisation and the department has not yet kept or replaced it.
    public func isTypedByStudent(_ org: Organization) -> Bool {
        students[org.createdBy] != nil
    }

    /// The records that name an organisation, by id, sorted.
    public func references(to orgID: String) -> OrganizationReferences {
        OrganizationReferences(
            offers: offers.values.filter { $0.organizationID == orgID }.map(\.id).sorted(),
            placements: placements.values.filter { $0.organizationID == orgID }.map(\.id).sorted(),
            alternances: alternances.values.filter { $0.employerID == orgID }.map(\.id).sorted())
    }
}

/// The offers, placements and contracts that name one organisation.
public struct OrganizationReferences: Hashable, Sendable {
    public let offers: [String]
    public let placements: [String]
    public let alternances: [String]

    public var count: Int { offers.count + placements.count + alternances.count }
}

extension Organization {
    /// Fills each empty field from `other`: what a merge keeps of the absorbed record.
    mutating func complete(from other: Organization) {
        func fill(_ field: inout String, _ value: String) {
            if field.isBlank { field = value }
        }
        fill(&name, other.name)
        fill(&siret, other.siret)
        fill(&naf, other.naf)
        if kind == .other { kind = other.kind }
        if headcount == nil { headcount = other.headcount }
        fill(&address, other.address)
        fill(&postcode, other.postcode)
        fill(&city, other.city)
        fill(&country, other.country)
        fill(&phone, other.phone)
        fill(&email, other.email)
        fill(&website, other.website)
    }
}

extension Refusal {
    static let mergeWithItself = ModelError.notPermitted(LocalizedText(
        fr: "Une structure ne se fusionne pas avec elle-même.", en: "An organisation cannot be merged with itself."))
}
