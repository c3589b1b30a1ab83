import PostgresNIO

/// Brings a database's schema to `Schema.version`, one migration per transaction, or says why not.
enum Migrations {
    static var logger: Logger { PostgresStore.logger }

    /// The schema's version; nil when the database has none.
    static func version(_ connection: PostgresConnection) async throws -> Int? {
        var exists = false
        for try await found in try await connection.query("SELECT to_regclass('stages_schema') IS NOT NULL", logger: logger).decode(Bool.self) {
            exists = found
        }
        guard exists else { return nil }
        var version = 0
        for try await value in try await connection.query("SELECT version FROM stages_schema", logger: logger).decode(Int32.self) {
            version = Int(value)
        }
        return version
    }

    /// Refuses a database whose schema is missing, older or newer than this program's.
    static func check(_ connection: PostgresConnection) async throws {
        guard let found = try await version(connection) else { throw Refusal.notInitialised }
        if found < Schema.version { throw Refusal.olderSchema(found) }
        if found > Schema.version { throw Refusal.newerSchema(found) }
    }

    static func apply(on connection: PostgresConnection) async throws {
        let found = try await version(connection) ?? 0
        guard found <= Schema.version else { throw Refusal.newerSchema(found) }
        for (index, sql) in Schema.migrations.enumerated() where index >= found {
            try await connection.query("BEGIN", logger: logger)
            for statement in sql.components(separatedBy: ";\n") where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await Schema.backfill(after: index, on: connection)
            try await connection.query("UPDATE stages_schema SET version = \(Int32(index + 1))", logger: logger)
            try await connection.query("COMMIT", logger: logger)
        }
    }
}
