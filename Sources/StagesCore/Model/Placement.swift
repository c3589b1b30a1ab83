import Foundation

/// One student's internship at one organisation (convention de stage).
public struct Placement: Record {
    public static let collection = "placements"

    public var id: String
    public var studentLogin: String
    public var organizationID: String
    /// The offer this placement answers, if any.
    public var offerID: String?
    public var origin: PlacementOrigin
    public var tutor: Tutor
    public var referent: Referent?
    public var subject: String
    public var activities: String
    public var skills: String
    public var start: CivilDate
    public var end: CivilDate
    public var interruptions: [DateRange]
    public var weeklyHours: Decimal
    public var daysPerWeek: Int
    /// nil when no stipend is agreed.
    public var stipend: Stipend?
    public var benefits: String
    public var confidential: Bool
    public var status: PlacementStatus
    /// Set when the placement is broken: when and why it ended early.
    public var rupture: Rupture?
    public var history: [Transition]
    /// The agreement once issued: its signatures and amendments (see `Convention`).
    public var convention: Convention?

    public init(id: String = RecordID.make("plc"), studentLogin: String, organizationID: String,
                offerID: String? = nil, origin: PlacementOrigin = .spontaneous, tutor: Tutor,
                referent: Referent? = nil, subject: String, activities: String, skills: String,
                start: CivilDate, end: CivilDate, interruptions: [DateRange] = [],
                weeklyHours: Decimal = 35, daysPerWeek: Int = 5, stipend: Stipend? = nil,
                benefits: String = "", confidential: Bool = false, status: PlacementStatus = .draft,
                rupture: Rupture? = nil, history: [Transition] = []) {
        self.id = id
        self.studentLogin = studentLogin
        self.organizationID = organizationID
        self.offerID = offerID
        self.origin = origin
        self.tutor = tutor
        self.referent = referent
        self.subject = subject
        self.activities = activities
        self.skills = skills
        self.start = start
        self.end = end
        self.interruptions = interruptions
        self.weeklyHours = weeklyHours
        self.daysPerWeek = daysPerWeek
        self.stipend = stipend
        self.benefits = benefits
        self.confidential = confidential
        self.status = status
        self.rupture = rupture
        self.history = history
    }

    /// The days the placement really covers: up to the rupture date when broken.
    public var effectivePeriod: DateRange {
        if let rupture, rupture.date < end, rupture.date >= start {
            return DateRange(start: start, end: rupture.date)
        }
        return DateRange(start: start, end: end)
    }
}

public enum PlacementOrigin: String, Codable, Labelled {
    case offer, spontaneous, network

    public var label: LocalizedText {
        switch self {
        case .offer: LocalizedText(fr: "Réponse à une offre", en: "Answer to an offer")
        case .spontaneous: LocalizedText(fr: "Candidature spontanée", en: "Spontaneous application")
        case .network: LocalizedText(fr: "Réseau personnel", en: "Personal network")
        }
    }
}
