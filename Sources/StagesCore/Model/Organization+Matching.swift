import Foundation
import TextFolding

/// Which known organisation a form or a file means, so that typing the name
/// of one already in the store, or its SIRET, does not create it twice.
extension Organization {
    /// "  Archives  Départementales du RHÔNE " → "archives departementales du rhone":
    /// two names with the same key are the same organisation.
    public static func nameKey(_ name: String) -> String {
        Folding.fold(name)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "732 829 320 00074" → "73282932000074": a SIRET as it is compared.
    public static func siretKey(_ siret: String) -> String {
        siret.filter { !$0.isWhitespace }
    }
}

extension Dataset {
    /// Whether `actor` may see an organisation and link a record to it: a coordinator
    /// every one; a student those the department knows and their own, never one
    /// another student typed (that student could then rewrite it under them).
    public func mayUse(_ org: Organization, _ actor: Actor) -> Bool {
        actor.isCoordinator || org.createdBy == actor.login || students[org.createdBy] == nil
    }

    /// The organisation with this SIRET (spaces ignored); else the one with
    /// this name (accents, case and spacing ignored), unless its SIRET is a
    /// different one: then it is another establishment. Nil when none is
    /// known or both are blank; among several, the smallest id.
    /// With `actor`, only among the organisations they may use.
    public func organization(siret: String, name: String, for actor: Actor? = nil) -> Organization? {
        let siret = Organization.siretKey(siret), name = Organization.nameKey(name)
        var bySIRET: Organization?, byName: Organization?
        for other in organizations.values where actor.map({ mayUse(other, $0) }) ?? true {
            let otherSIRET = Organization.siretKey(other.siret)
            if !siret.isEmpty, otherSIRET == siret {
                if bySIRET.map({ other.id < $0.id }) ?? true { bySIRET = other }
            } else if !name.isEmpty, siret.isEmpty || otherSIRET.isEmpty, Organization.nameKey(other.name) == name {
                if byName.map({ other.id < $0.id }) ?? true { byName = other }
            }
        }
        return bySIRET ?? byName
    }
}

extension Dataset {
    /// The organisation a student's typed SIRET means, among those they may use:
    /// by SIRET only, since a name alone may be another establishment (a museum's
    /// namesake in another city). Nil for a blank SIRET.
    public func organization(siret: String, for actor: Actor) -> Organization? {
        let siret = Organization.siretKey(siret)
        guard !siret.isEmpty else { return nil }
        return organizations.values
            .filter { Organization.siretKey($0.siret) == siret && mayUse($0, actor) }
            .min { $0.id < $1.id }
    }

    /// Known organisations whose name is the one typed (accents, case and spacing
    /// ignored), the department's own only, for the coordinator to link a typed one to.
    public func namesakes(of org: Organization) -> [Organization] {
        let key = Organization.nameKey(org.name)
        return organizations.values
            .filter { $0.id != org.id && !isTypedByStudent($0) && Organization.nameKey($0.name) == key }
            .sorted { $0.id < $1.id }
    }
}
