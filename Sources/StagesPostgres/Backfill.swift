import PostgresNIO
import StagesCore

/// The parts of a migration the program computes: columns filled from the records already there.
enum Backfill {
    static var logger: Logger { PostgresStore.logger }

    /// Migration v2: the offers' list columns and search text, and the organisations' folded names,
    /// from the records a v1 database holds (written in batches, within the migration's transaction).
    static func offerColumns(_ connection: PostgresConnection) async throws {
        try await rewrite(Organization.self, "organizations", on: connection)
        try await rewrite(Offer.self, "offers", on: connection)
        try await connection.query("""
            UPDATE offers o SET org_text = g.name_text FROM organizations g WHERE g.id = o.organization_id
            """, logger: logger)
    }

    private static func rewrite<R: Record>(_ type: R.Type, _ table: String, on connection: PostgresConnection) async throws {
        var rows: [(id: String, columns: [Column])] = []
        // A history kept as rows is not needed here, but the record does not decode without one.
        let select = PostgresQuery(unsafeSQL: """
            SELECT id, (CASE WHEN doc ? 'history' THEN doc ELSE doc || '{"history": []}' END)::text FROM \(table)
            """)
        for try await (id, doc) in try await connection.query(select, logger: logger).decode((String, String).self) {
            rows.append((id, RecordRows.columns(try RecordRows.record(type, json: doc))))
        }
        guard let first = rows.first?.columns else { return }
        let sets = first.enumerated().map { "\($1.name) = \($1.sql.select("t.c\($0 + 1)"))" }.joined(separator: ", ")
        let aliases = (0...first.count).map { "c\($0)" }.joined(separator: ", ")
        let types = (0...first.count).map { "$\($0 + 1)::text[]" }.joined(separator: ", ")
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + 5_000, rows.count)]
            var query = PostgresQuery(unsafeSQL: "UPDATE \(table) SET \(sets) FROM unnest(\(types)) AS t(\(aliases)) WHERE \(table).id = t.c0")
            query.binds.append(batch.map(\.id), context: .default)
            for n in first.indices { query.binds.append(batch.map { $0.columns[n].sql.text }, context: .default) }
            try await connection.query(query, logger: logger)
            start += batch.count
        }
    }
}
