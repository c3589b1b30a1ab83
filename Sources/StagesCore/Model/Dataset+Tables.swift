/// Generic access to the record tables, for code that handles every kind of
/// record alike (the store's merge, importers). It bypasses the role checks
/// of `Dataset+Changes.swift`: screens never use it.
extension Dataset {
    static func table<R: Record>(_ type: R.Type) -> WritableKeyPath<Dataset, [String: R]> {
        let path: AnyKeyPath = switch R.collection {
        case Student.collection: \Dataset.students
        case Organization.collection: \Dataset.organizations
        case Offer.collection: \Dataset.offers
        case Placement.collection: \Dataset.placements
        default: \Dataset.alternances
        }
        return path as! WritableKeyPath<Dataset, [String: R]>
    }

    public func records<R: Record>(_ type: R.Type) -> [String: R] {
        self[keyPath: Self.table(type)]
    }

    /// Puts `record` in place of whatever has `id`, or removes it when nil.
    public mutating func setStored<R: Record>(_ record: R?, id: String) {
        self[keyPath: Self.table(R.self)][id] = record
        log("\(R.collection)/\(id)")
    }

    /// Stores a record and notes the change.
    mutating func put<R: Record>(_ record: R) {
        self[keyPath: Self.table(R.self)][record.id] = record
        log("\(R.collection)/\(record.id)")
    }
}
