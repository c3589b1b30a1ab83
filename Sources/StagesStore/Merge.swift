import Foundation
import StagesCore

/// Two people changed the same record since this process last read the store:
/// the version on disk was kept, and ours is handed back so it is not lost.
public struct Conflict: Equatable, Sendable {
    package init(collection: String, id: String, mine: Data?) {
        self.collection = collection
        self.id = id
        self.mine = mine
    }

    public let collection: String
    public let id: String
    /// Our version as JSON, nil when we had deleted it.
    public let mine: Data?
}

/// A three-way merge by record: what this process changed since `base` is
/// applied over what is on disk now (`theirs`), unless the other side changed
/// the same record differently.
package enum Merge {
    package struct Result {
        /// What must be written, and applied over `theirs`: the records of `mine` that `theirs` lacks.
        package var changes: [Journal.Change] = []
        package var conflicts: [Conflict] = []
    }

    package static func merge(base: Dataset, mine: Dataset, theirs: Dataset) -> Result {
        var result = Result()
        if mine.programme != base.programme, mine.programme != theirs.programme {
            if theirs.programme == base.programme {
                result.changes.append(Journal.Change(programme: mine.programme))
            } else {
                result.conflicts.append(Conflict(collection: Journal.Change.programmeCollection, id: "programme",
                                                 mine: try? StoreFormat.makeEncoder().encode(mine.programme)))
            }
        }
        mergeTable(Student.self, base, mine, theirs, into: &result)
        mergeTable(Organization.self, base, mine, theirs, into: &result)
        mergeTable(Offer.self, base, mine, theirs, into: &result)
        mergeTable(Placement.self, base, mine, theirs, into: &result)
        mergeTable(Alternance.self, base, mine, theirs, into: &result)
        return result
    }

    private static func mergeTable<R: Record>(_ type: R.Type, _ base: Dataset, _ mine: Dataset, _ theirs: Dataset,
                                              into result: inout Result) {
        let before = base.records(type), ours = mine.records(type), now = theirs.records(type)
        var changed = Set<String>()
        if mine.tracksChanges {
            // Only what this process changed can differ from the base: look at those alone.
            let prefix = R.collection + "/"
            for key in mine.changeLog where key.hasPrefix(prefix) {
                let id = String(key.dropFirst(prefix.count))
                if before[id] != ours[id] { changed.insert(id) }
            }
        } else {
            for (id, record) in ours where before[id] != record { changed.insert(id) }
            for id in before.keys where ours[id] == nil { changed.insert(id) }
        }
        for id in changed.sorted() {
            let original = before[id], wanted = ours[id], current = now[id]
            if current == wanted { continue }
            if current == original {
                result.changes.append(Journal.Change(wanted, id: id))
            } else {
                let encoded = wanted.flatMap { try? StoreFormat.makeEncoder().encode($0) }
                result.conflicts.append(Conflict(collection: R.collection, id: id, mine: encoded))
            }
        }
    }
}
