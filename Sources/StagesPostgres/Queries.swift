import Foundation
import PostgresNIO
import StagesCore

/// The SQL the store runs, each function one round of it.
enum Queries {
    struct Row {
        let id: String
        let doc: String
    }

    /// Everything, read in one snapshot: each table as one JSON array of its records, history joined.
    struct Snapshot {
        var programme: String?
        var tables: [String: String] = [:]
        var seq: Int64 = 0
    }

    /// What the log names since a change, and those records as they are now (history joined).
    struct Tail {
        var keys: [(collection: String, id: String)] = []
        var programme: String?
        var rows: [String: Row] = [:]
        var seq: Int64
    }

    /// A record of `table` (aliased `t`) with its history rows put back as its `history` array,
    /// and the join that brings them (`h`); a record with no rows is as stored.
    static func withHistory(_ table: String, only ids: String? = nil) -> (select: String, join: String) {
        let restrict = ids.map { " AND record_id = ANY(\($0))" } ?? ""
        return ("CASE WHEN h.steps IS NULL THEN t.doc ELSE t.doc || jsonb_build_object('history', h.steps) END",
                "LEFT JOIN (SELECT record_id, jsonb_agg(step ORDER BY position) AS steps FROM history "
                    + "WHERE collection = '\(table)'\(restrict) GROUP BY record_id) h ON h.record_id = t.id")
    }

    static var logger: Logger { PostgresStore.logger }

    /// Which records of `table` (aliased `t`) a session of `scope` reads, as SQL over `$1` (the login).
    /// Without `everyOffer`, of the offers only those its placements link to (it asks for the others).
    static func filter(_ table: String, _ scope: PostgresStore.Scope, everyOffer: Bool = true) -> String? {
        var conditions: [String] = []
        let student = if case .student = scope { true } else { false }
        switch table {
        case "students" where student: conditions.append("t.id = $1")
        case "placements" where student, "alternances" where student: conditions.append("t.student_login = $1")
        case "offers":
            if student { conditions.append("t.doc->>'status' IN ('open', 'filled')") }  // what students see (expired ones are open in the record)
            if !everyOffer {
                conditions.append("t.id IN (SELECT p.doc->>'offerID' FROM placements p WHERE p.doc ? 'offerID'"
                                  + (student ? " AND p.student_login = $1)" : ")"))
            }
        case "organizations" where student:
            // Never another student's typed organisation: `Dataset.mayUse` tells them apart by the students it knows.
            conditions.append("(NOT EXISTS (SELECT 1 FROM students s WHERE s.id = t.doc->>'createdBy') OR t.doc->>'createdBy' = $1)")
        default: break
        }
        return conditions.isEmpty ? nil : conditions.joined(separator: " AND ")
    }

    static func scoped(_ sql: String, _ scope: PostgresStore.Scope) -> PostgresQuery {
        var query = PostgresQuery(unsafeSQL: sql)
        if case .student(let login) = scope { query.binds.append(login, context: .default) }
        return query
    }

    /// The records of `tables` in one snapshot; `progress` hears the share of them read so far.
    static func everything(_ connection: PostgresConnection, scope: PostgresStore.Scope, everyOffer: Bool,
                           tables: [String] = Schema.tables, progress: @Sendable (Double) -> Void = { _ in }) async throws -> Snapshot {
        try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
        do {
            try await Migrations.check(connection)
            var snapshot = Snapshot()
            for try await doc in try await connection.query("SELECT doc::text FROM programme", logger: logger).decode(String.self) {
                snapshot.programme = doc
            }
            for (n, table) in tables.enumerated() {
                defer { progress(Double(n + 1) / Double(tables.count)) }
                let (select, join) = withHistory(table)
                let only = filter(table, scope, everyOffer: everyOffer).map { " WHERE " + $0 } ?? ""
                // Joined as text: a third of jsonb_agg's time at 100 000 offers (0.7 s against 2.3 s).
                let query = scoped("SELECT '[' || coalesce(string_agg((\(select))::text, ','), '') || ']' FROM \(table) t \(join)\(only)", scope)
                for try await array in try await connection.query(query, logger: logger).decode(String.self) {
                    snapshot.tables[table] = array
                }
            }
            snapshot.seq = try await lastSeq(connection)
            try await connection.query("COMMIT", logger: logger)
            return snapshot
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    static func lastSeq(_ connection: PostgresConnection) async throws -> Int64 {
        var seq: Int64 = 0
        for try await value in try await connection.query("SELECT coalesce(max(seq), 0)::bigint FROM changes", logger: logger).decode(Int64.self) {
            seq = value
        }
        return seq
    }

    /// The records the log names after `seq`, as they are now (within the caller's transaction, if any).
    static func changes(since seq: Int64, scope: PostgresStore.Scope, on connection: PostgresConnection) async throws -> Tail {
        var tail = Tail(seq: seq)
        var seen = Set<String>()
        let rows = try await connection.query("SELECT seq, collection, record_id FROM changes WHERE seq > \(seq) ORDER BY seq",
                                              logger: logger)
        for try await (at, collection, id) in rows.decode((Int64, String, String).self) {
            tail.seq = max(tail.seq, at)
            if seen.insert(collection + "/" + id).inserted { tail.keys.append((collection, id)) }
        }
        guard !tail.keys.isEmpty else { return tail }
        if tail.keys.contains(where: { $0.collection == "programme" }) {
            for try await doc in try await connection.query("SELECT doc::text FROM programme", logger: logger).decode(String.self) {
                tail.programme = doc
            }
        }
        for table in Schema.tables {
            let ids = tail.keys.filter { $0.collection == table }.map(\.id)
            guard !ids.isEmpty else { continue }
            for (id, row) in try await Self.rows(table, ids, scope: scope, on: connection) { tail.rows[table + "/" + id] = row }
        }
        return tail
    }

    /// The records `ids` of `table` this session of `scope` may read, as they are now (history joined), by id.
    static func rows(_ table: String, _ ids: [String], scope: PostgresStore.Scope,
                     on connection: PostgresConnection) async throws -> [String: Row] {
        // The ids are the last parameter: `$1` is the login in a student's scope.
        let at = if case .student = scope { "$2::text[]" } else { "$1::text[]" }
        let (select, join) = withHistory(table, only: at)
        let only = filter(table, scope).map { " AND " + $0 } ?? ""
        var query = scoped("SELECT t.id, (\(select))::text FROM \(table) t \(join) WHERE t.id = ANY(\(at))\(only)", scope)
        query.binds.append(ids, context: .default)
        var found: [String: Row] = [:]
        for try await (id, doc) in try await connection.query(query, logger: logger).decode((String, String).self) {
            found[id] = Row(id: id, doc: doc)
        }
        return found
    }

    static func recordCount(_ connection: PostgresConnection) async throws -> Int64 {
        let sql = Schema.tables.map { "(SELECT count(*) FROM \($0))" }.joined(separator: " + ")
        var count: Int64 = 0
        for try await value in try await connection.query(PostgresQuery(unsafeSQL: "SELECT (\(sql))::bigint"), logger: logger).decode(Int64.self) {
            count = value
        }
        return count
    }

    static func emptyAll(_ connection: PostgresConnection) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: "TRUNCATE history, changes, programme, offer_list, " + Schema.tables.joined(separator: ", ")),
                                   logger: logger)
    }

    /// Inserts or replaces the rows of one table in one statement: the record without a non-empty history
    /// (its history goes to rows of its own; an empty one stays, so [] and none differ) and its columns.
    private static func upsert(_ upserts: [Writes.Upsert], into table: String, on connection: PostgresConnection) async throws {
        let extra = upserts[0].columns
        let names = (["id", "doc"] + extra.map(\.name)).joined(separator: ", ")
        let doc = "CASE WHEN jsonb_typeof(t.c1::jsonb->'history') = 'array' AND jsonb_array_length(t.c1::jsonb->'history') > 0 "
            + "THEN t.c1::jsonb - 'history' ELSE t.c1::jsonb END"
        let selects = (["t.c0", doc] + extra.enumerated().map { $1.sql.select("t.c\($0 + 2)") }).joined(separator: ", ")
        let types = (0..<(2 + extra.count)).map { "$\($0 + 1)::text[]" }.joined(separator: ", ")
        let aliases = (0..<(2 + extra.count)).map { "c\($0)" }.joined(separator: ", ")
        let updates = (["doc = EXCLUDED.doc", "version = \(table).version + 1"] + extra.map { "\($0.name) = EXCLUDED.\($0.name)" })
            .joined(separator: ", ")
        var query = PostgresQuery(unsafeSQL: """
            INSERT INTO \(table) (\(names)) SELECT \(selects) FROM unnest(\(types)) AS t(\(aliases))
            ON CONFLICT (id) DO UPDATE SET \(updates)
            """)
        query.binds.append(upserts.map(\.id), context: .default)
        query.binds.append(upserts.map(\.doc), context: .default)
        for n in extra.indices { query.binds.append(upserts.map { $0.columns[n].sql.text }, context: .default) }
        try await connection.query(query, logger: logger)
    }

    /// Sets columns of `table`'s rows by id, in one statement per 5 000 rows: inserted or replaced (`inserting`), or updated.
    static func putColumns(_ table: String, _ rows: [(id: String, columns: [Column])], inserting: Bool,
                           on connection: PostgresConnection) async throws {
        guard let first = rows.first?.columns else { return }
        let aliases = (0...first.count).map { "c\($0)" }.joined(separator: ", ")
        let types = (0...first.count).map { "$\($0 + 1)::text[]" }.joined(separator: ", ")
        let values = first.enumerated().map { $1.sql.select("t.c\($0 + 1)") }
        let sql = if inserting {
            """
            INSERT INTO \(table) (id, \(first.map(\.name).joined(separator: ", "))) SELECT t.c0, \(values.joined(separator: ", "))
            FROM unnest(\(types)) AS t(\(aliases))
            ON CONFLICT (id) DO UPDATE SET \(first.map { "\($0.name) = EXCLUDED.\($0.name)" }.joined(separator: ", "))
            """
        } else {
            """
            UPDATE \(table) SET \(zip(first, values).map { "\($0.name) = \($1)" }.joined(separator: ", "))
            FROM unnest(\(types)) AS t(\(aliases)) WHERE \(table).id = t.c0
            """
        }
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + 5_000, rows.count)]
            var query = PostgresQuery(unsafeSQL: sql)
            query.binds.append(batch.map(\.id), context: .default)
            for n in first.indices { query.binds.append(batch.map { $0.columns[n].sql.text }, context: .default) }
            try await connection.query(query, logger: logger)
            start += batch.count
        }
    }

    /// Writes `writes` in the caller's transaction: one statement per table for all its records,
    /// their history replaced, each named in the log, and a NOTIFY sent at commit.
    static func write(_ writes: Writes, on connection: PostgresConnection, announcing token: String = "") async throws {
        if let programme = writes.programme {
            try await connection.query("""
                INSERT INTO programme (singleton, doc) VALUES (true, \(programme)::jsonb)
                ON CONFLICT (singleton) DO UPDATE SET doc = EXCLUDED.doc, version = programme.version + 1
                """, logger: logger)
        }
        // Every touched record's history is replaced: removed here, put back from each record below.
        let touched = writes.upserts.map { ($0.collection, $0.id) } + writes.deletes.map { ($0.collection, $0.id) }
        if !touched.isEmpty {
            try await connection.query("""
                DELETE FROM history WHERE (collection, record_id) IN
                    (SELECT * FROM unnest(\(touched.map(\.0))::text[], \(touched.map(\.1))::text[]))
                """, logger: logger)
        }
        for table in Schema.tables {
            let upserts = writes.upserts.filter { $0.collection == table }
            let deletes = writes.deletes.filter { $0.collection == table }.map(\.id)
            if !deletes.isEmpty {
                var query = PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE id = ANY($1::text[])")
                query.binds.append(deletes, context: .default)
                try await connection.query(query, logger: logger)
            }
            guard !upserts.isEmpty else { continue }
            try await upsert(upserts, into: table, on: connection)
            var history = PostgresQuery(unsafeSQL: """
                INSERT INTO history (collection, record_id, position, step)
                SELECT '\(table)', u.id, e.ord - 1, e.step FROM unnest($1::text[], $2::text[]) AS u(id, doc),
                    jsonb_array_elements(CASE WHEN jsonb_typeof(u.doc::jsonb->'history') = 'array'
                                              THEN u.doc::jsonb->'history' ELSE '[]'::jsonb END) WITH ORDINALITY AS e(step, ord)
                """)
            history.binds.append(upserts.map(\.id), context: .default)
            history.binds.append(upserts.map(\.doc), context: .default)
            try await connection.query(history, logger: logger)
        }
        // The offers' rows in the list, with their organisation's folded name (that of a renamed one's offers too).
        try await putColumns("offer_list", writes.offerRows, inserting: true, on: connection)
        // Two statements, each by its own index: one with an OR across both tables would join every offer.
        try await copyOrganizationNames(to: .offers(writes.offerRows.map(\.id)), on: connection)
        try await copyOrganizationNames(to: .ofOrganizations(writes.upserts.filter { $0.collection == "organizations" }.map(\.id)), on: connection)
        let logged = touched + (writes.programme == nil ? [] : [("programme", "programme")])
        try await connection.query("""
            INSERT INTO changes (collection, record_id) SELECT * FROM unnest(\(logged.map(\.0))::text[], \(logged.map(\.1))::text[])
            """, logger: logger)
        try await connection.query("SELECT pg_notify(\(PostgresStore.channel), \(token))", logger: logger)
    }

    /// Which offers' rows `copyOrganizationNames` brings up to date.
    enum OfferRows {
        /// These offers', those of these organisations, or every one.
        case offers([String]), ofOrganizations([String]), all
    }

    /// Copies each organisation's folded name into its offers' rows in `offer_list` (where search and sort read it).
    static func copyOrganizationNames(to rows: OfferRows, on connection: PostgresConnection) async throws {
        var query = PostgresQuery(unsafeSQL: "UPDATE offer_list o SET org_text = g.name_text FROM organizations g WHERE g.id = o.organization_id")
        switch rows {
        case .offers(let ids), .ofOrganizations(let ids):
            guard !ids.isEmpty else { return }
            let column = if case .offers = rows { "o.id" } else { "g.id" }
            query.sql += " AND \(column) = ANY($1::text[]) AND o.org_text IS DISTINCT FROM g.name_text"
            query.binds.append(ids, context: .default)
        case .all:
            break
        }
        try await connection.query(query, logger: logger)
    }
}
