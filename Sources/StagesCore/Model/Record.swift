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
