/// The clauses of D124-4 whose wording is the department's, not the placement's:
/// their default text below, replaced by the programme's settings when set.
public enum FixedClause: String, CaseIterable, Sendable {
    case supervision, socialCover = "social-cover", certificate, suspension, interruption
    case internalRules = "internal-rules", absences

    public var defaultText: ClauseText {
        switch self {
        case .supervision:
            ClauseText(
                fr: "Le tuteur ou la tutrice accueille l'étudiant·e, organise son activité et l'évalue en fin de stage. L'enseignant·e référent·e suit le stage pour l'établissement : un échange au moins à mi-parcours avec l'étudiant·e et le tuteur, par visite, téléphone ou visioconférence, et la lecture du rapport. Chacun prévient l'autre de toute difficulté.",
                en: "The tutor welcomes the student, organises their work and assesses it at the end. The referent teacher follows the internship for the university: at least one exchange half-way with the student and the tutor, by visit, telephone or video call, and the reading of the report. Each tells the other of any difficulty.")
        case .socialCover:
            ClauseText(
                fr: "L'étudiant·e reste affilié·e à son régime de sécurité sociale. Les accidents du travail et de trajet survenus pendant le stage sont couverts (article L412-8 du code de la sécurité sociale) : l'établissement les déclare lorsque la gratification n'excède pas le seuil légal, l'organisme d'accueil au-delà, et chacun informe l'autre sans délai. L'organisme d'accueil et l'étudiant·e déclarent être couverts en responsabilité civile.",
                en: "The student remains covered by their social-security scheme. Work and commuting accidents during the internship are covered (Social Security Code L412-8): the university declares them when the stipend does not exceed the legal threshold, the host organisation above it, and each tells the other at once. The host organisation and the student state that they hold civil-liability insurance.")
        case .certificate:
            ClauseText(
                fr: "À la fin du stage, l'organisme d'accueil remet à l'étudiant·e une attestation de stage indiquant la durée effective du stage et, le cas échéant, le montant de la gratification versée (article D124-9 du code de l'éducation).",
                en: "At the end of the internship, the host organisation gives the student an internship certificate stating its actual duration and, where paid, the amount of the stipend (Education Code D124-9).")
        case .suspension:
            ClauseText(
                fr: "Le stage peut être suspendu ou interrompu d'un commun accord, ou à l'initiative d'une partie pour un motif grave, après que les deux autres en ont été informées par écrit. Une suspension ou un report de dates donne lieu à un avenant.",
                en: "The internship may be suspended or ended by common consent, or by one party for a serious reason once the two others have been told in writing. A suspension or a change of dates is made by an amendment.")
        case .interruption:
            ClauseText(
                fr: "Un stage interrompu pour un motif légitime (maladie, maternité, accident, cas de force majeure) peut être validé si sa durée effective atteint le minimum du programme, ou prolongé par avenant ; sinon le jury propose une modalité de validation.",
                en: "An internship ended for a legitimate reason (illness, maternity, accident, force majeure) may be validated if its actual duration meets the programme's minimum, or extended by an amendment; otherwise the jury sets how it is validated.")
        case .internalRules:
            ClauseText(
                fr: "L'étudiant·e se conforme au règlement intérieur de l'organisme d'accueil et aux consignes d'hygiène, de sécurité et de confidentialité qui lui sont remises à son arrivée.",
                en: "The student follows the host organisation's internal rules and the health, safety and confidentiality instructions given on arrival.")
        case .absences:
            ClauseText(
                fr: "Le stage ouvre droit aux congés et autorisations d'absence prévus à l'article L124-13 du code de l'éducation (grossesse, paternité, adoption). Au-delà de deux mois, les congés sont accordés selon les règles de l'organisme d'accueil. Toute absence est signalée au tuteur et à l'établissement.",
                en: "The internship gives the leave and absences provided by Education Code L124-13 (pregnancy, paternity, adoption). Beyond two months, leave follows the host organisation's rules. Any absence is reported to the tutor and the university.")
        }
    }
}
