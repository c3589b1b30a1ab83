import Foundation

/// An internship an organisation proposes (offre de stage).
public struct Offer: Record {
    public static let collection = "offers"

    public var id: String
    public var title: String
    public var organizationID: String
    public var domain: Domain
    public var city: String
    public var postcode: String
    public var remotePossible: Bool
    public var description: String
    public var skills: String
    public var start: OfferStart
    public var durationWeeks: Int?
    public var weeklyHours: Decimal?
    public var stipend: AnnouncedStipend?
    public var howToApply: String
    public var contact: Contact
    public var source: OfferSource
    public var receivedOn: CivilDate?
    public var applyBy: CivilDate?
    public var status: OfferStatus
    /// The student who took it, when one of ours did.
    public var filledBy: String?
    public var tags: [String]
    /// Offered again each year (a partner's yearly post): a new year starts with it, open again.
    /// Absent (nil) in stores written before, and in those where it is not.
    public var recurring: Bool?
    public var created: Stamp
    public var updated: Stamp
    public var history: [Transition]

    public init(id: String = RecordID.make("off"), title: String, organizationID: String,
                domain: Domain, city: String = "", postcode: String = "", remotePossible: Bool = false,
                description: String, skills: String = "", start: OfferStart = .fromEarliest,
                durationWeeks: Int? = nil, weeklyHours: Decimal? = nil, stipend: AnnouncedStipend? = nil,
                howToApply: String = "", contact: Contact, source: OfferSource = .mail,
                receivedOn: CivilDate? = nil, applyBy: CivilDate? = nil, status: OfferStatus = .open,
                filledBy: String? = nil, tags: [String] = [], created: Stamp, updated: Stamp? = nil,
                history: [Transition] = []) {
        self.id = id
        self.title = title
        self.organizationID = organizationID
        self.domain = domain
        self.city = city
        self.postcode = postcode
        self.remotePossible = remotePossible
        self.description = description
        self.skills = skills
        self.start = start
        self.durationWeeks = durationWeeks
        self.weeklyHours = weeklyHours
        self.stipend = stipend
        self.howToApply = howToApply
        self.contact = contact
        self.source = source
        self.receivedOn = receivedOn
        self.applyBy = applyBy
        self.status = status
        self.filledBy = filledBy
        self.tags = tags
        self.created = created
        self.updated = updated ?? created
        self.history = history
    }

    /// The status a reader should see (`OfferStatus.effective`): past its
    /// apply-by date, an open offer is expired.
    public func effectiveStatus(today: CivilDate) -> OfferStatus {
        status.effective(applyBy: applyBy, today: today)
    }
}

/// When an offer starts: a given day, or "from the earliest start date" (8 April).
public enum OfferStart: Hashable, Sendable, Codable {
    case fromEarliest
    case on(CivilDate)

    private static let fromEarliestText = "from-earliest"

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text == Self.fromEarliestText {
            self = .fromEarliest
        } else if let date = CivilDate(iso: text) {
            self = .on(date)
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected “\(Self.fromEarliestText)” or a date YYYY-MM-DD"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .fromEarliest: try container.encode(Self.fromEarliestText)
        case .on(let date): try container.encode(date.iso)
        }
    }
}

public enum OfferSource: String, Codable, Labelled {
    case mail, website, partner, spontaneous

    public var label: LocalizedText {
        switch self {
        case .mail: LocalizedText(fr: "Courriel", en: "Mail")
        case .website: LocalizedText(fr: "Site web", en: "Website")
        case .partner: LocalizedText(fr: "Partenaire", en: "Partner")
        case .spontaneous: LocalizedText(fr: "Spontanée", en: "Spontaneous")
        }
    }
}

extension Offer {
    /// The day it starts on: its own, or the programme's earliest.
    public func startDay(earliest: CivilDate) -> CivilDate {
        if case .on(let day) = start { return day }
        return earliest
    }

    /// Where the offers list puts it by date of receipt, the newest first (then by id): the list
    /// sorts by it, and the offers snapshot is written in this order so the first screen need not sort.
    public var receivedOrderKey: Int { -(receivedOn?.dayNumber ?? Int.min / 2) }
}
