/// A host organisation (structure d'accueil) of offers, placements and contracts.
public struct Organization: Record {
    public static let collection = "organizations"

    public var id: String
    public var name: String
    /// 14 digits; empty for a foreign body.
    public var siret: String
    public var naf: String
    public var kind: OrganizationKind
    /// Exact headcount, for the interns quota; nil when unknown.
    public var headcount: Int?
    public var address: String
    public var postcode: String
    public var city: String
    public var country: String
    public var phone: String
    public var email: String
    public var website: String
    /// Who signs the convention for it, and as what ("Directrice des archives"); nil in older stores.
    public var representative: String?
    public var representativeFunction: String?
    /// Login of whoever created it: a student may edit only the ones they created.
    public var createdBy: String
    /// Its creation, edits and merges, oldest first (`OrganizationEvent`); nil in
    /// stores written before organisations kept one, and for one never saved since.
    public var history: [Transition]?

    public init(id: String = RecordID.make("org"), name: String, siret: String = "", naf: String = "",
                kind: OrganizationKind = .other, headcount: Int? = nil, address: String = "",
                postcode: String = "", city: String = "", country: String = "France",
                phone: String = "", email: String = "", website: String = "", createdBy: String = "",
                history: [Transition]? = nil) {
        self.id = id
        self.name = name
        self.siret = siret
        self.naf = naf
        self.kind = kind
        self.headcount = headcount
        self.address = address
        self.postcode = postcode
        self.city = city
        self.country = country
        self.phone = phone
        self.email = email
        self.website = website
        self.createdBy = createdBy
        self.history = history
    }

    public var isInFrance: Bool {
        let c = country.trimmed.lowercased()
        return c.isEmpty || c == "france"
    }
}

public enum OrganizationKind: String, Codable, Labelled {
    case administration, association, privateCompany, publicCompany, other

    public var label: LocalizedText {
        switch self {
        case .administration: LocalizedText(fr: "Administration", en: "Public administration")
        case .association: LocalizedText(fr: "Association", en: "Non-profit")
        case .privateCompany: LocalizedText(fr: "Entreprise privée", en: "Private company")
        case .publicCompany: LocalizedText(fr: "Entreprise publique", en: "Public company")
        case .other: LocalizedText(fr: "Autre", en: "Other")
        }
    }
}

import Foundation
