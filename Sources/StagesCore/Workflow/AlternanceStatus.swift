/// searching → signed → ongoing → completed, or broken (rupture) once signed.
public enum AlternanceStatus: String, WorkflowStatus {
    case searching, signed, ongoing, completed, broken

    public var allowedNext: [AlternanceStatus] {
        switch self {
        case .searching: [.signed]
        case .signed: [.ongoing, .broken]
        case .ongoing: [.completed, .broken]
        case .completed, .broken: []
        }
    }

    /// Signed or ongoing: the student works under it, and does no stage.
    public var isBinding: Bool { self == .signed || self == .ongoing }

    public var label: LocalizedText {
        switch self {
        case .searching: LocalizedText(fr: "En recherche", en: "Searching")
        case .signed: LocalizedText(fr: "Signé", en: "Signed")
        case .ongoing: LocalizedText(fr: "En cours", en: "Ongoing")
        case .completed: LocalizedText(fr: "Terminé", en: "Completed")
        case .broken: LocalizedText(fr: "Rompu", en: "Broken")
        }
    }
}
