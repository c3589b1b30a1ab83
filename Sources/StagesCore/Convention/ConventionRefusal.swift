/// Why a convention (or an amendment) is not printed: said as the screens say it.
public enum ConventionRefusal: Error, Equatable, Sendable {
    case notFound(String)
    /// Not validated yet (a draft may still be printed).
    case notValidated(PlacementStatus)
    /// The rules still find errors in the placement.
    case ruleErrors([Finding])
    /// What the document needs and the records lack: settings keys, the referent, the host's representative.
    case incomplete([LocalizedText])
    case noSuchAmendment(Int)

    public var message: LocalizedText {
        switch self {
        case .notFound(let id):
            LocalizedText(fr: "Pas de stage « \(id) ».", en: "No placement “\(id)”.")
        case .notValidated(let status):
            LocalizedText(fr: "Demande « \(status.label.fr) » : la convention est faite une fois la demande validée (--draft pour un projet).",
                          en: "Request “\(status.label.en)”: the agreement is made once the request is validated (--draft for a draft).")
        case .ruleErrors(let errors):
            LocalizedText(fr: "Pas de convention tant que la demande a des erreurs :\n" + errors.map { "  ✗ [\($0.field)] \($0.message.fr)" }.joined(separator: "\n"),
                          en: "No agreement while the request has errors:\n" + errors.map { "  ✗ [\($0.field)] \($0.message.en)" }.joined(separator: "\n"))
        case .incomplete(let missing):
            LocalizedText(fr: "Il manque à la convention : " + missing.map(\.fr).joined(separator: ", ") + ".",
                          en: "The agreement lacks: " + missing.map(\.en).joined(separator: ", ") + ".")
        case .noSuchAmendment(let number):
            LocalizedText(fr: "Pas d'avenant n° \(number) pour ce stage.", en: "No amendment no. \(number) for this placement.")
        }
    }
}
