import PostgresNIO
import StagesCore

/// The parts of a migration the program computes: columns filled from the records already there.
enum Backfill {
    static var logger: Logger { PostgresStore.logger }

    /// Migration v2: the organisations' folded names, from the records a v1 database holds (within the
    /// migration's transaction).
    static func organizationNames(_ connection: PostgresConnection) async throws {
        try await Queries.putColumns("organizations", try await records(Organization.self, "organizations", on: connection)
            .map { ($0.id, RecordRows.columns($0)) }, inserting: false, on: connection)
    }

    /// Migration v3 (the list's columns complete): every offer's row in the list made again from its record,
    /// with its organisation's folded name.
    static func offerRows(_ connection: PostgresConnection) async throws {
        try await Queries.putColumns("offer_list", try await records(Offer.self, "offers", on: connection)
            .map { ($0.id, RecordRows.listColumns($0)) }, inserting: true, on: connection)
        try await Queries.copyOrganizationNames(to: .all, on: connection)
    }

    private static func records<R: Record>(_ type: R.Type, _ table: String, on connection: PostgresConnection) async throws -> [R] {
        // A history kept as rows is not needed here, but the record does not decode without one.
        let select = PostgresQuery(unsafeSQL: """
            SELECT doc::text FROM (SELECT CASE WHEN doc ? 'history' THEN doc ELSE doc || '{"history": []}' END AS doc FROM \(table)) t
            """)
        var records: [R] = []
        for try await doc in try await connection.query(select, logger: logger).decode(String.self) {
            records.append(try RecordRows.record(type, json: doc))
        }
        return records
    }
}
