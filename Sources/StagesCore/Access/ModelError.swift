import Foundation

/// Why the model refused a change. Every case explains itself in both languages.
public enum ModelError: Error, Equatable, Sendable {
    case notPermitted(LocalizedText)
    /// A move its workflow does not have, named by the statuses' labels.
    case transitionNotAllowed(from: LocalizedText, to: LocalizedText)
    case commentRequired
    case ruptureRequired
    case blockedByErrors([Finding])
    case notFound(collection: String, id: String)
    case alreadyHasPlacement(login: String)
    case statusChangedOutsideWorkflow
    /// Marked ongoing before its first day.
    case notStartedYet(start: CivilDate, today: CivilDate)
    /// Marked completed before its last day, with no early end recorded.
    case notEndedYet(end: CivilDate, today: CivilDate)
    /// A rupture or early end dated outside the placement or contract.
    case ruptureOutsidePeriod(date: CivilDate, start: CivilDate, end: CivilDate)
    /// The placement's linked offer is another organisation's.
    case offerOfAnotherOrganization(offer: String, organization: String)
    /// The linked offer was already filled by another student.
    case offerFilledByAnother(offer: String, login: String)
    /// A contract (or the alternance track) refused: the student's placement is agreed.
    case hasAgreedPlacement(student: String, organization: String, status: PlacementStatus)
    /// A placement (or the stage track) refused: the student works under a contract.
    case hasBindingContract(student: String, employer: String, status: AlternanceStatus)
    /// Two contracts of one student at the same time.
    case contractsOverlap(student: String, employer: String, start: CivilDate, end: CivilDate)
    /// An undo refused: the record named was changed since the status change (by someone else, or later).
    case changedSince(LocalizedText)
    /// Marked signed while parties have not signed the convention.
    case signaturesMissing([Signatory])
    /// A signature dated after today.
    case signedInTheFuture(CivilDate)
    /// Signatures recorded before the convention could be issued (not validated yet).
    case conventionNotIssuable(PlacementStatus)
    /// An amendment number the placement does not have.
    case noSuchAmendment(Int)

    public var message: LocalizedText {
        switch self {
        case .notPermitted(let why): why
        case .transitionNotAllowed(let from, let to):
            LocalizedText(fr: "Passage impossible de « \(from.fr) » à « \(to.fr) ».",
                          en: "Cannot move from “\(from.en)” to “\(to.en)”.")
        case .commentRequired:
            LocalizedText(fr: "Un commentaire est obligatoire pour renvoyer une demande.",
                          en: "A comment is required to send a request back.")
        case .ruptureRequired:
            LocalizedText(fr: "Une rupture demande une date et un motif.",
                          en: "A rupture needs a date and a reason.")
        case .blockedByErrors(let findings):
            LocalizedText(fr: "\(findings.count) erreur(s) à corriger d'abord : " + findings.map(\.message.fr).joined(separator: " "),
                          en: "\(findings.count) error(s) to fix first: " + findings.map(\.message.en).joined(separator: " "))
        case .notFound(let collection, let id):
            LocalizedText(fr: "Introuvable : \(collection)/\(id).", en: "Not found: \(collection)/\(id).")
        case .alreadyHasPlacement(let login):
            LocalizedText(fr: "\(login) a déjà un stage en cours de traitement.",
                          en: "\(login) already has an active internship.")
        case .statusChangedOutsideWorkflow:
            LocalizedText(fr: "Le statut ne change que par une action du circuit de validation.",
                          en: "The status changes only through a workflow action.")
        case .notStartedYet(let start, let today):
            LocalizedText(fr: "Pas encore commencé : début le \(start.french) (nous sommes le \(today.french)).",
                          en: "Not started yet: it starts on \(start.iso) (today is \(today.iso)).")
        case .notEndedYet(let end, let today):
            LocalizedText(fr: "Pas encore fini : fin prévue le \(end.french) (nous sommes le \(today.french)) ; "
                              + "pour une fin anticipée, enregistrez une rupture avec sa date et son motif.",
                          en: "Not over yet: it ends on \(end.iso) (today is \(today.iso)); "
                              + "for an early end, record a rupture with its date and reason.")
        case .ruptureOutsidePeriod(let date, let start, let end):
            LocalizedText(fr: "La date de fin anticipée (\(date.french)) doit être comprise entre le début (\(start.french)) et la fin (\(end.french)).",
                          en: "The early end date (\(date.iso)) must lie between the start (\(start.iso)) and the end (\(end.iso)).")
        case .offerOfAnotherOrganization(let offer, let organization):
            LocalizedText(fr: "L'offre « \(offer) » n'est pas celle de \(organization) : liez une offre de la structure d'accueil.",
                          en: "The offer “\(offer)” is not \(organization)'s: link an offer of the host organisation.")
        case .offerFilledByAnother(let offer, let login):
            LocalizedText(fr: "L'offre « \(offer) » est déjà pourvue par \(login).",
                          en: "The offer “\(offer)” is already filled by \(login).")
        case .hasAgreedPlacement(let student, let organization, let status):
            // What to do first: a narrow status line cuts the names, not that.
            LocalizedText(fr: "Annulez ou rompez d'abord le stage « \(status.label.fr) » de \(student) chez \(organization).",
                          en: "Cancel or break first \(student)'s placement “\(status.label.en)” at \(organization).")
        case .hasBindingContract(let student, let employer, let status):
            LocalizedText(fr: "Rompez d'abord le contrat d'alternance « \(status.label.fr) » de \(student) chez \(employer).",
                          en: "Break first \(student)'s work-study contract “\(status.label.en)” at \(employer).")
        case .contractsOverlap(let student, let employer, let start, let end):
            LocalizedText(fr: "\(student) a déjà un contrat chez \(employer) du \(start.french) au \(end.french) : deux contrats ne se chevauchent pas.",
                          en: "\(student) already has a contract at \(employer) from \(start.iso) to \(end.iso): two contracts cannot overlap.")
        case .signaturesMissing(let parties):
            LocalizedText(fr: "Convention pas encore signée par " + parties.map { $0.label.fr }.joined(separator: ", ") + ".",
                          en: "Agreement not yet signed by " + parties.map { $0.label.en }.joined(separator: ", ") + ".")
        case .signedInTheFuture(let day):
            LocalizedText(fr: "Une signature ne peut pas être datée d'après aujourd'hui (\(day.french)).",
                          en: "A signature cannot be dated after today (\(day.iso)).")
        case .conventionNotIssuable(let status):
            LocalizedText(fr: "Pas de convention pour une demande « \(status.label.fr) » : elle est d'abord validée.",
                          en: "No agreement for a request “\(status.label.en)”: it must be validated first.")
        case .noSuchAmendment(let number):
            LocalizedText(fr: "Pas d'avenant n° \(number) pour ce stage.", en: "No amendment no. \(number) for this placement.")
        case .changedSince(let record):
            LocalizedText(fr: "Rien n'est annulé : \(record.fr) a changé depuis (une autre modification, peut-être par quelqu'un d'autre).",
                          en: "Nothing undone: \(record.en) has changed since (another change, perhaps by someone else).")
        }
    }
}

extension ModelError: LocalizedError {
    public var errorDescription: String? { message.en }
}

enum Refusal {
    static let coordinatorOnly = ModelError.notPermitted(LocalizedText(
        fr: "Réservé au responsable des stages.", en: "Only the internship coordinator may do this."))
    static let notYours = ModelError.notPermitted(LocalizedText(
        fr: "Vous ne pouvez modifier que vos propres données.", en: "You may only change your own records."))
    static let notEditable = ModelError.notPermitted(LocalizedText(
        fr: "Demande transmise : non modifiable, sauf si elle vous est renvoyée.",
        en: "Request submitted: it cannot be changed unless it is sent back."))
    static let alternanceStudent = ModelError.notPermitted(LocalizedText(
        fr: "Vous êtes en alternance : pas de demande de stage (vous êtes salarié·e de votre entreprise).",
        en: "You are in work-study: no internship request (you are an employee of your company)."))
}
