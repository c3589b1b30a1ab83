import Foundation
import StagesCore
import StagesStore

/// What a save writes, as rows: each changed record's JSON (its history split into rows by the
/// server) and the columns its constraints read.
struct Writes: Sendable {
    struct Upsert: Sendable {
        let collection: String
        let id: String
        /// The whole record, history included: the server splits it into rows.
        let doc: String
        let columns: [Column]
    }

    var programme: String?
    var upserts: [Upsert] = []
    /// The `offer_list` rows of the offers written.
    var offerRows: [(id: String, columns: [Column])] = []
    var deletes: [(collection: String, id: String)] = []

    var isEmpty: Bool { programme == nil && upserts.isEmpty && deletes.isEmpty }

    init(_ changes: [Journal.Change]) throws {
        for change in changes {
            if let programme = change.programme {
                self.programme = try RecordRows.json(programme)
            } else if let record = change.record {
                upserts.append(Upsert(collection: change.collection, id: change.id, doc: try RecordRows.json(record),
                                      columns: RecordRows.columns(record)))
                if let offer = record as? Offer { offerRows.append((change.id, RecordRows.listColumns(offer))) }
            } else {
                deletes.append((change.collection, change.id))
            }
        }
    }

    /// Every record of `data`: what `init` and `migrate` write into an empty database.
    init(everything data: Dataset) throws {
        var changes = [Journal.Change(programme: data.programme)]
        func add<R: Record>(_ table: [String: R]) { for id in table.keys.sorted() { changes.append(Journal.Change(table[id], id: id)) } }
        add(data.students); add(data.organizations); add(data.offers); add(data.placements); add(data.alternances)
        try self.init(changes)
    }

    /// The rows as any reader decodes them, put into `data`.
    func apply(to data: inout Dataset) throws {
        if let programme { data.programme = try RecordRows.decoder.decode(Programme.self, from: Data(programme.utf8)) }
        for row in upserts {
            guard let type = Dataset.recordType(row.collection) else { continue }
            func put<R: Record>(_ type: R.Type) throws { data.setStored(try RecordRows.record(type, json: row.doc), id: row.id) }
            try put(type)
        }
        for (collection, id) in deletes { data.remove(collection: collection, id: id) }
    }
}
