import Foundation

/// What the demo's conventions print: the department's settings, each organisation's
/// representative, and conventions at every stage of their signatures.
enum DemoConvention {
    static let settings: ConventionSettings = {
        var s = ConventionSettings()
        s.university = "Université Lyon-Confluence (démonstration)"
        s.universityAddress = "86 rue Pasteur, 69007 Lyon"
        s.representative = "Nathalie Berthier"
        s.representativeFunction = "Présidente de l'université"
        s.department = "IUT Lyon-Confluence — département Information-Communication"
        s.programmeTitle = "BUT Information-Communication, parcours Information numérique dans les organisations (3e année)"
        s.teachingHours = 500
        return s
    }()

    private static let representatives = [
        ("Isabelle Moulin", "Directrice"), ("Marc Delorme", "Directeur général"), ("Sophie Carré", "Responsable des ressources humaines"),
        ("Karim Benali", "Président"), ("Anne-Laure Vidal", "Directrice adjointe"), ("Pierre Lemaire", "Directeur du patrimoine"),
    ]

    /// Each organisation with someone to sign for it.
    static func withRepresentatives(_ organizations: [Organization]) -> [Organization] {
        organizations.enumerated().map { n, org in
            var org = org
            (org.representative, org.representativeFunction) = representatives[n % representatives.count]
            return org
        }
    }

    /// A placement's convention as far as its status says it went: signed by all five once
    /// signed, some signatures still awaited while only validated (one not issued yet).
    static func convention(for status: PlacementStatus, today: CivilDate, index: Int) -> Convention? {
        let issued = today.adding(days: -20)
        var signatures = Signatures()
        switch status {
        case .signed, .ongoing, .completed, .broken:
            for (n, party) in Signatory.allCases.enumerated() { signatures[party] = issued.adding(days: 2 + n) }
        case .validated where index != 9:  // the demo's ymercier: not issued yet
            for party in Signatory.allCases.prefix(index == 0 ? 3 : 1) { signatures[party] = issued.adding(days: 3) }
        default:
            return nil
        }
        return Convention(issued: issued, signatures: signatures)
    }
}
