/// What every stored record has: a stable identifier, and a name for the
/// collection it lives in. The store merges and orders records by these.
public protocol Record: Codable, Hashable, Sendable, Identifiable where ID == String {
    static var collection: String { get }
}

/// A field of the domain that takes one of a few values, each with a label
/// in both languages for screens and exports.
public protocol Labelled: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    var label: LocalizedText { get }
}

/// One of five things, chosen by the kind of record: a dataset's tables, or its priors'.
func byKind<T>(_ type: any Record.Type, students: T, organizations: T, offers: T, placements: T, alternances: T) -> T {
    switch type.collection {
    case Student.collection: students
    case Organization.collection: organizations
    case Offer.collection: offers
    case Placement.collection: placements
    default: alternances
    }
}
