import PostgresNIO
import StagesCore
import StagesStore

/// The SQL of the offers a session asks for (see `OfferCatalog`): over `offer_list`, the narrow table migration v2
/// keeps beside the offers, so that a search reads the list's columns and search text, never the records.
enum CatalogQueries {
    static var logger: Logger { PostgresStore.logger }

    /// A statement and its parameters, numbered as they are added.
    struct Statement {
        var conditions: [String] = []
        var binds = PostgresBindings()

        mutating func bind(_ value: some PostgresNonThrowingEncodable & Sendable) -> String {
            binds.append(value, context: .default)
            return "$\(binds.count)"
        }

        var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }
    }

    /// An offer's status as of `today`, as `OfferStatus.effective` says it: open past its apply-by date is expired.
    static func effectiveStatus(_ today: String) -> String {
        "(CASE WHEN status = 'open' AND apply_by < \(today)::date THEN 'expired' ELSE status END)"
    }

    /// The offers whose status as of `today` is one of `statuses`, said on the stored status (which the planner
    /// knows the spread of) and the apply-by date only where open and expired part.
    static func accepting(_ statuses: Set<OfferStatus>, today: CivilDate, _ statement: inout Statement) -> String {
        var stored = Set(statuses.map(\.rawValue))
        var parts: [String] = []
        switch (statuses.contains(.open), statuses.contains(.expired)) {
        case (true, false):
            stored.remove("open")
            parts.append("(status = 'open' AND (apply_by IS NULL OR apply_by >= \(statement.bind(today.iso))::date))")
        case (false, true):
            parts.append("(status = 'open' AND apply_by < \(statement.bind(today.iso))::date)")
        case (true, true):
            stored.insert("open")
        case (false, false):
            break
        }
        if !stored.isEmpty { parts.insert("status = ANY(\(statement.bind(stored.sorted()))::text[])", at: 0) }
        return parts.isEmpty ? "false" : "(" + parts.joined(separator: " OR ") + ")"
    }

    /// What a session of `scope` may read of the offers: a student, those open or filled (as `Queries.filter`).
    static func scoped(_ scope: PostgresStore.Scope) -> Statement {
        var statement = Statement()
        if case .student = scope { statement.conditions.append("status IN ('open', 'filled')") }
        return statement
    }

    /// The ids of the offers `query` finds, in its order, as one text: a hundred thousand ids are one value to decode.
    static func ids(_ query: OfferQuery, first: Int?, scope: PostgresStore.Scope, earliestStart: CivilDate,
                    on connection: PostgresConnection) async throws -> [String] {
        var statement = scoped(scope)
        if let statuses = query.statuses { statement.conditions.append(accepting(statuses, today: query.today, &statement)) }
        if let domains = query.domains { statement.conditions.append("domain = ANY(\(statement.bind(domains.map(\.rawValue).sorted()))::text[])") }
        if let cities = query.cities { statement.conditions.append("city = ANY(\(statement.bind(cities.sorted()))::text[])") }
        if let organization = query.organizationID { statement.conditions.append("organization_id = \(statement.bind(organization))") }
        searching(query.words, &statement)
        let order = orderBy(query, earliestStart: earliestStart, &statement)
        // Ordered in a subquery, which an index gives in order (an ordered aggregate sorts every row: 250 ms at
        // 100 000 offers against 14); PostgreSQL aggregates a sorted subquery's rows in its order.
        let sql = "SELECT coalesce(string_agg(id, E'\\n'), '') FROM (SELECT id FROM offer_list\(statement.whereClause) ORDER BY \(order)\(first.map { " LIMIT \($0)" } ?? "")) t"
        var joined = ""
        for try await text in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: statement.binds), logger: logger)
            .decode(String.self) { joined = text }
        return joined.isEmpty ? [] : joined.split(separator: "\n").map(String.init)
    }

    /// Each word anywhere in the folded text (the expression the trigram index is made on).
    static func searching(_ words: [String], _ statement: inout Statement) {
        for word in words where !word.isEmpty {
            statement.conditions.append("(org_text || ' ' || own_text) LIKE \(statement.bind("%" + likeEscaped(word) + "%"))")
        }
    }

    /// `query`'s order as `OfferSortKey` gives it in memory: each key ascending, then the id; descending turns
    /// every term round; offers lacking a key last either way.
    static func orderBy(_ query: OfferQuery, earliestStart: CivilDate, _ statement: inout Statement) -> String {
        func rank(_ values: [String], of expression: String) -> String {
            "array_position(ARRAY[\(values.map { "'\($0)'" }.joined(separator: ", "))]::text[], \(expression))"
        }
        // (expression, descending in the ascending order)
        let keys: [(String, Bool)] = switch query.order {
        case .received: [("received_on", true)]
        case .title: [("title_text COLLATE \"C\"", false)]
        case .organization: [("org_text COLLATE \"C\"", false), ("title_text COLLATE \"C\"", false)]
        case .city: [("city_text COLLATE \"C\"", false)]
        case .domain: [(rank(Domain.allCases.map(\.rawValue), of: "domain"), false)]
        case .start: [("coalesce(start_on, \(statement.bind(earliestStart.iso))::date)", false)]
        case .weeks: [("weeks", false)]
        case .applyBy: [("apply_by", false)]
        case .stipend: [("stipend_rank", false)]
        case .status: [(rank(OfferStatus.allCases.map(\.rawValue), of: effectiveStatus(statement.bind(query.today.iso))), false)]
        }
        return (keys + [("id COLLATE \"C\"", false)]).map { expression, descending in
            let down = descending != query.descending
            return expression + (down ? " DESC" : " ASC") + " NULLS LAST"
        }.joined(separator: ", ")
    }

    /// The counts by status as of `today`, domain and city, and by organisation; of the offers holding `words`
    /// when there are some (then without the count by organisation, which only the whole catalog needs).
    static func summary(today: CivilDate, words: [String], scope: PostgresStore.Scope,
                        on connection: PostgresConnection) async throws -> OfferSummary {
        var summary = OfferSummary()
        var statement = scoped(scope)
        let status = effectiveStatus(statement.bind(today.iso))
        searching(words, &statement)
        let groups = PostgresQuery(unsafeSQL: "SELECT \(status), domain, city, count(*) FROM offer_list\(statement.whereClause) GROUP BY 1, 2, 3",
                                   binds: statement.binds)
        for try await (status, domain, city, count) in try await connection.query(groups, logger: logger).decode((String, String, String, Int64).self) {
            guard let status = OfferStatus(rawValue: status), let domain = Domain(rawValue: domain) else { continue }
            summary.groups[.init(status: status, domain: domain, city: city), default: 0] += Int(count)
        }
        guard words.isEmpty else { return summary }
        let organizations = scoped(scope)
        let byOrganization = PostgresQuery(unsafeSQL: """
            SELECT organization_id, count(*) FROM offer_list\(organizations.whereClause)
            \(organizations.conditions.isEmpty ? "WHERE" : "AND") organization_id IS NOT NULL GROUP BY 1
            """, binds: organizations.binds)
        for try await (id, count) in try await connection.query(byOrganization, logger: logger).decode((String, Int64).self) {
            summary.byOrganization[id] = Int(count)
        }
        return summary
    }

    /// `word` matched literally by LIKE: its own % and _ are not wildcards.
    static func likeEscaped(_ word: String) -> String {
        var out = ""
        for character in word {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
