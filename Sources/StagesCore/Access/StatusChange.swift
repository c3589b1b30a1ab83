import Foundation

/// A status change as it touched the records (the record moved, and what
/// followed: the linked offer filled or opened again, a request cancelled, a
/// track moved), each as it was before and after, so it can be taken back
/// (`Dataset.undo`). The screens keep these for the session; the store never sees them.
public struct StatusChange: Hashable, Sendable {
    /// The records touched, the main one (the record whose status changed) first: "placements/plc-001".
    let keys: [String]
    /// Those records as they were before and after the change (absent ones absent).
    let before: Dataset
    let after: Dataset
    /// What undoing it says: "Validation de la demande de Léa Moreau annulée".
    public let undoneMessage: LocalizedText

    /// The change from `before` to `after`, which touched `keys` (a slice of
    /// `after.changeLog`), main record first. Nil when it touched nothing, or
    /// made a record: taking that back would erase the record and its history.
    public init?(from before: Dataset, to after: Dataset, touched keys: some Sequence<String>) {
        var unique: [String] = []
        for key in keys where !unique.contains(key) && RecordKey(key) != nil { unique.append(key) }
        guard let main = unique.first.flatMap(RecordKey.init),
              unique.compactMap(RecordKey.init).allSatisfy({ before.holds($0) }) else { return nil }
        self.keys = unique
        self.before = Dataset(excerptOf: before, keys: unique)
        self.after = Dataset(excerptOf: after, keys: unique)
        undoneMessage = Self.undone(main, before: before, after: after)
    }

    /// The record whose status changed.
    var mainKey: String { keys[0] }

    private static func undone(_ key: RecordKey, before: Dataset, after: Dataset) -> LocalizedText {
        let name = after.recordName(key)
        switch key.collection {
        case Placement.collection:
            guard let p = after.placements[key.id] else { break }
            let who = after.fullName(of: p.studentLogin)
            switch p.status {
            case .submitted: return LocalizedText(fr: "Soumission de la demande de \(who) annulée", en: "Submission of \(who)'s request undone")
            case .validated: return LocalizedText(fr: "Validation de la demande de \(who) annulée", en: "Validation of \(who)'s request undone")
            case .returned: return LocalizedText(fr: "Renvoi de la demande de \(who) annulé", en: "Return of \(who)'s request undone")
            case .signed: return LocalizedText(fr: "Signature de la convention de \(who) annulée", en: "Signature of \(who)'s agreement undone")
            case .ongoing: return LocalizedText(fr: "Début du stage de \(who) annulé", en: "Start of \(who)'s placement undone")
            case .completed: return LocalizedText(fr: "Fin du stage de \(who) annulée", en: "Completion of \(who)'s placement undone")
            case .cancelled: return LocalizedText(fr: "Annulation du stage de \(who) annulée", en: "Cancellation of \(who)'s placement undone")
            case .broken: return LocalizedText(fr: "Rupture du stage de \(who) annulée", en: "Rupture of \(who)'s placement undone")
            case .draft: break
            }
        case Student.collection:
            let who = after.fullName(of: key.id)
            return LocalizedText(fr: "Changement de parcours de \(who) annulé", en: "\(who)'s change of track undone")
        default:
            if let label = after.statusLabel(key) {
                return LocalizedText(fr: "Passage \(name.fr.elidedAfterDe) à « \(label.fr) » annulé",
                                     en: "Move of \(name.en) to “\(label.en)” undone")
            }
        }
        return LocalizedText(fr: "Changement \(name.fr.elidedAfterDe) annulé", en: "Change to \(name.en) undone")
    }
}

/// "offers/off-001": a record's collection and id, as the change log names it.
struct RecordKey: Hashable {
    let collection: String
    let id: String

    init?(_ key: String) {
        guard let slash = key.firstIndex(of: "/") else { return nil }
        collection = String(key[..<slash])
        id = String(key[key.index(after: slash)...])
        guard Dataset.recordType(collection) != nil else { return nil }
    }
}

extension String {
    /// "de l'offre …", "du stage …": French "de" before a name that starts with an article.
    fileprivate var elidedAfterDe: String {
        if hasPrefix("le ") { return "du " + dropFirst(3) }
        return "de " + self
    }
}
