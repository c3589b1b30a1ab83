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

    /// The status a reader should see: an open offer whose apply-by date has
    /// passed is expired even before anyone records it; on that day it is still open.
    public func effective(applyBy: CivilDate?, today: CivilDate) -> OfferStatus {
        if self == .open, let applyBy, applyBy < today { return .expired }
        return self
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
