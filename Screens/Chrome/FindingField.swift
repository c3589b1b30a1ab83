import StagesCore

extension AppState {
    /// The field a rule's finding is about, named as the forms label it ("end" → "Fin"),
    /// so a detail never shows a key of the model; nil for a finding about no one field.
    func findingField(_ key: String) -> String? {
        if let field = AmendedField(rawValue: key) { return t(Self.label(field)) }
        let label: LocalizedText? = switch key {
        case "applyBy": Strings.Offers.applyBy
        case "employer": Strings.Alternance.employer
        case "postcode": Strings.Common.postcode
        case "track": Strings.Common.track
        case "siret", "organization.siret": Strings.Common.siret
        case _ where key.hasPrefix("organization."): Strings.Placements.hostOrganisation
        default: nil
        }
        return label.map(t)
    }
}
