import Foundation

/// What happened to an organisation, as the `to` of a step of its history
/// (`Transition`, the shape every record's history has): the step's comment
/// lists the fields changed, one a line (for a merge, the absorbed one first).
public enum OrganizationEvent: String, Codable, Sendable, Labelled {
    case created, edited, merged, adopted

    public var label: LocalizedText {
        switch self {
        case .created: LocalizedText(fr: "créée", en: "created")
        case .edited: LocalizedText(fr: "modifiée", en: "edited")
        case .merged: LocalizedText(fr: "fusionnée", en: "merged")
        case .adopted: LocalizedText(fr: "gardée comme nouvelle", en: "kept as a new one")
        }
    }
}

/// One field of an organisation that an edit changed, by its stored name.
public struct OrganizationFieldChange: Hashable, Sendable {
    public let field: String
    public let before: String
    public let after: String

    /// "siret: « 1 » → « 2 »", "—" for an empty value: how the history's comment says it, the same in both languages.
    public var summary: String { "\(field): \(quoted(before)) → \(quoted(after))" }

    private func quoted(_ value: String) -> String { value.isEmpty ? "—" : "« \(value) »" }
}

extension Organization {
    /// The fields a person edits, by stored name, as text.
    var editableFields: [(String, String)] {
        [("name", name), ("siret", siret), ("naf", naf), ("kind", kind.rawValue),
         ("headcount", headcount.map(String.init) ?? ""), ("address", address), ("postcode", postcode),
         ("city", city), ("country", country), ("phone", phone), ("email", email), ("website", website),
         ("representative", representative ?? ""), ("representativeFunction", representativeFunction ?? "")]
    }

    /// The fields that differ from `earlier`, in the form's order.
    public func changes(from earlier: Organization) -> [OrganizationFieldChange] {
        zip(earlier.editableFields, editableFields).compactMap { old, new in
            old.1 == new.1 ? nil : OrganizationFieldChange(field: new.0, before: old.1, after: new.1)
        }
    }
}
