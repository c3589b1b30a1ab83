/// open → filled | expired | withdrawn; a closed offer can be opened again.
/// Offers are never deleted: withdrawn ones stay visible under a filter.
public enum OfferStatus: String, WorkflowStatus {
    case open, filled, expired, withdrawn

    public var allowedNext: [OfferStatus] {
        switch self {
        case .open: [.filled, .expired, .withdrawn]
        case .filled, .expired, .withdrawn: [.open]
        }
    }

    public var label: LocalizedText {
        switch self {
        case .open: LocalizedText(fr: "Ouverte", en: "Open")
        case .filled: LocalizedText(fr: "Pourvue", en: "Filled")
        case .expired: LocalizedText(fr: "Expirée", en: "Expired")
        case .withdrawn: LocalizedText(fr: "Retirée", en: "Withdrawn")
        }
    }
}
