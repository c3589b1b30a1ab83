/// draft → submitted → validated | returned (→ submitted again) → signed →
/// ongoing → completed, with side exits cancelled and broken.
public enum PlacementStatus: String, WorkflowStatus {
    case draft, submitted, returned, validated, signed, ongoing, completed, cancelled, broken

    public var allowedNext: [PlacementStatus] {
        switch self {
        case .draft: [.submitted, .cancelled]
        case .submitted: [.validated, .returned, .cancelled]
        case .returned: [.submitted, .cancelled]
        case .validated: [.signed, .returned, .cancelled]
        case .signed: [.ongoing, .cancelled, .broken]
        case .ongoing: [.completed, .broken]
        case .completed, .cancelled, .broken: []
        }
    }

    /// The statuses in which the student may still change the request.
    public var isEditableByStudent: Bool { self == .draft || self == .returned }

    /// Still under way: neither cancelled, broken nor completed. A student has one at most.
    public var isActive: Bool { ![.cancelled, .broken, .completed].contains(self) }

    /// Agreed with the department (validated, signed or ongoing): it stands in
    /// the way of a contract; a request before that gives way to one.
    public var isAgreed: Bool { [.validated, .signed, .ongoing].contains(self) }

    /// Through validation already (validated, signed, ongoing, completed or broken):
    /// a change to its fields is an amendment, recorded field by field.
    public var isPastValidation: Bool { [.validated, .signed, .ongoing, .completed, .broken].contains(self) }

    /// A cancelled placement no longer counts: not for overlaps, hours or quotas.
    public var counts: Bool { self != .cancelled }

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(fr: "Brouillon", en: "Draft")
        case .submitted: LocalizedText(fr: "Soumise", en: "Submitted")
        case .returned: LocalizedText(fr: "Renvoyée", en: "Returned")
        case .validated: LocalizedText(fr: "Validée", en: "Validated")
        case .signed: LocalizedText(fr: "Signée", en: "Signed")
        case .ongoing: LocalizedText(fr: "En cours", en: "Ongoing")
        case .completed: LocalizedText(fr: "Terminée", en: "Completed")
        case .cancelled: LocalizedText(fr: "Annulée", en: "Cancelled")
        case .broken: LocalizedText(fr: "Rompue", en: "Broken")
        }
    }
}
