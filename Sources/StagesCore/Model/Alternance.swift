/// An apprenticeship or professionalisation contract: the student is an
/// employee, does no stage and takes no part in the tutored projects.
public struct Alternance: Record {
    public static let collection = "alternances"

    public var id: String
    public var studentLogin: String
    public var kind: AlternanceKind
    public var status: AlternanceStatus
    public var employerID: String
    /// The maître d'apprentissage.
    public var tutor: Tutor?
    /// CFA or training body.
    public var trainingBody: String
    public var opco: String
    public var start: CivilDate
    public var end: CivilDate
    /// "2 semaines / 2 semaines", "3 jours / 2 jours"…
    public var rhythm: String
    public var rupture: Rupture?
    public var history: [Transition]

    public init(id: String = RecordID.make("alt"), studentLogin: String, kind: AlternanceKind,
                status: AlternanceStatus = .searching, employerID: String, tutor: Tutor? = nil,
                trainingBody: String = "", opco: String = "", start: CivilDate, end: CivilDate,
                rhythm: String = "", rupture: Rupture? = nil, history: [Transition] = []) {
        self.id = id
        self.studentLogin = studentLogin
        self.kind = kind
        self.status = status
        self.employerID = employerID
        self.tutor = tutor
        self.trainingBody = trainingBody
        self.opco = opco
        self.start = start
        self.end = end
        self.rhythm = rhythm
        self.rupture = rupture
        self.history = history
    }
}

public enum AlternanceKind: String, Codable, Labelled {
    case apprenticeship, professionalisation

    public var label: LocalizedText {
        switch self {
        case .apprenticeship: LocalizedText(fr: "Contrat d'apprentissage", en: "Apprenticeship")
        case .professionalisation: LocalizedText(fr: "Contrat de professionnalisation", en: "Professionalisation contract")
        }
    }
}
