/// Generic access to the record tables, for code that handles every kind of
/// record alike (the store's merge, importers). It bypasses the role checks
/// of `Dataset+Changes.swift`: screens never use it.
extension Dataset {
    static func table<R: Record>(_ type: R.Type) -> WritableKeyPath<Dataset, [String: R]> {
        let path: AnyKeyPath = byKind(type, students: \Dataset.students, organizations: \Dataset.organizations,
                                      offers: \Dataset.offers, placements: \Dataset.placements, alternances: \Dataset.alternances)
        return path as! WritableKeyPath<Dataset, [String: R]>
    }

    public func records<R: Record>(_ type: R.Type) -> [String: R] {
        self[keyPath: Self.table(type)]
    }

    /// Puts `record` in place of whatever has `id`, or removes it when nil.
    public mutating func setStored<R: Record>(_ record: R?, id: String) {
        change(R.self, id) { $0 = record }
    }

    /// Records read as the store has them, which this session did not change: a session that asks
    /// for offers rather than holding them all takes them in so, and its next save writes none of them.
    public mutating func hold<R: Record>(_ records: [R]) {
        for record in records { self[keyPath: Self.table(R.self)][record.id] = record }
    }

    /// Removes the record `id` of the collection named (a store's log names records so).
    public mutating func remove(collection: String, id: String) {
        guard let type = Self.recordType(collection) else { return }
        func remove<R: Record>(_: R.Type) { setStored(R?.none, id: id) }
        remove(type)
    }

    /// Stores a record and notes the change.
    mutating func put<R: Record>(_ record: R) {
        change(R.self, record.id) { $0 = record }
    }

    /// The one way a record changes: its prior version noted (`Priors`), the change made in place, then logged.
    mutating func change<R: Record>(_ type: R.Type, _ id: String, _ body: (inout R?) -> Void) {
        notePrior(type, id)
        body(&self[keyPath: Self.table(type)][id])
        log("\(R.collection)/\(id)")
    }
}
