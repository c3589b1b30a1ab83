/// The records as they were before the changes made since `keepPriors()`: what a
/// caller needs to compare, index again or take back one change, so it can change
/// its dataset in place instead of holding a second copy of every table (at
/// 100 000 offers, copying the offers alone took 100 ms on each save).
public struct Priors: Sendable {
    var programme: Programme?
    var students: [String: Student?] = [:]
    var organizations: [String: Organization?] = [:]
    var offers: [String: Offer?] = [:]
    var placements: [String: Placement?] = [:]
    var alternances: [String: Alternance?] = [:]

    static func table<R: Record>(_ type: R.Type) -> WritableKeyPath<Priors, [String: R?]> {
        let path: AnyKeyPath = byKind(type, students: \Priors.students, organizations: \Priors.organizations,
                                      offers: \Priors.offers, placements: \Priors.placements, alternances: \Priors.alternances)
        return path as! WritableKeyPath<Priors, [String: R?]>
    }
}

extension Dataset {
    /// Starts remembering the first version of each record changed from here (and forgets the last ones).
    public mutating func keepPriors() {
        priors = Priors()
    }

    /// Notes `id`'s version before a change, the first time it changes since `keepPriors()`.
    mutating func notePrior<R: Record>(_ type: R.Type, _ id: String) {
        guard priors != nil, priors![keyPath: Priors.table(type)][id] == nil else { return }
        priors![keyPath: Priors.table(type)][id] = .some(self[keyPath: Self.table(type)][id])
    }

    /// The records changed since `keepPriors()` as they were then, in a dataset of those alone
    /// (`excerptOf`); removes nothing from this one. Stops remembering.
    public mutating func takePriors() -> Dataset {
        let kept = priors ?? Priors()
        priors = nil
        var excerpt = Dataset(programme: kept.programme ?? programme)
        func fill<R: Record>(_ type: R.Type) {
            for case (let id, let record?) in kept[keyPath: Priors.table(type)] {
                excerpt[keyPath: Self.table(type)][id] = record
            }
        }
        fill(Student.self); fill(Organization.self); fill(Offer.self); fill(Placement.self); fill(Alternance.self)
        return excerpt
    }

    /// Puts every record changed since `keepPriors()` back as it was, and stops remembering:
    /// what a change that failed half-way had done is undone. The change log keeps the keys
    /// (their records compare equal to the store's again, so nothing is written for them).
    public mutating func revertToPriors() {
        guard let kept = priors else { return }
        priors = nil
        if let programme = kept.programme { self.programme = programme }
        func revert<R: Record>(_ type: R.Type) {
            for (id, record) in kept[keyPath: Priors.table(type)] { self[keyPath: Self.table(type)][id] = record }
        }
        revert(Student.self); revert(Organization.self); revert(Offer.self); revert(Placement.self); revert(Alternance.self)
    }
}
