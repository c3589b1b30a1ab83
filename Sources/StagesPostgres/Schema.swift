import PostgresNIO

/// The database's tables, by versioned migration: `stages init` applies those a database lacks,
/// in order, each in its transaction. One table per kind of record (the record as JSON beside
/// the columns the constraints need), the history as rows, and the log of changes other
/// sessions catch up from.
enum Schema {
    static let version = migrations.count

    static let migrations: [String] = [
        """
        CREATE TABLE stages_schema (version integer NOT NULL);
        INSERT INTO stages_schema VALUES (0);
        CREATE TABLE programme (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            doc jsonb NOT NULL, version bigint NOT NULL DEFAULT 1);
        CREATE TABLE students (
            id text PRIMARY KEY, doc jsonb NOT NULL, version bigint NOT NULL DEFAULT 1);
        CREATE TABLE organizations (
            id text PRIMARY KEY, doc jsonb NOT NULL, version bigint NOT NULL DEFAULT 1);
        CREATE TABLE offers (
            id text PRIMARY KEY, doc jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
            organization_id text REFERENCES organizations(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE TABLE placements (
            id text PRIMARY KEY, doc jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
            student_login text NOT NULL REFERENCES students(id) DEFERRABLE INITIALLY DEFERRED,
            organization_id text REFERENCES organizations(id) DEFERRABLE INITIALLY DEFERRED,
            status text NOT NULL);
        -- One placement under way per student (the model's rule; cancelled, broken and completed ones do not count).
        CREATE UNIQUE INDEX one_placement_under_way ON placements (student_login)
            WHERE status NOT IN ('cancelled', 'broken', 'completed');
        CREATE TABLE alternances (
            id text PRIMARY KEY, doc jsonb NOT NULL, version bigint NOT NULL DEFAULT 1,
            student_login text NOT NULL REFERENCES students(id) DEFERRABLE INITIALLY DEFERRED,
            employer_id text REFERENCES organizations(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE TABLE history (
            collection text NOT NULL, record_id text NOT NULL, position integer NOT NULL, step jsonb NOT NULL,
            PRIMARY KEY (collection, record_id, position));
        CREATE TABLE changes (
            seq bigserial PRIMARY KEY, collection text NOT NULL, record_id text NOT NULL,
            at timestamptz NOT NULL DEFAULT now());
        """,
        // v2: sessions ask for the offers rather than read them all. What the offers list shows, filters and
        // sorts by, in a narrow table of its own (a search reads it, not the records); the search text folded by
        // the program (as the JSON store's search folds it), the organisation's name kept apart so that a rename
        // rewrites only that; pg_trgm finds words in it.
        """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        ALTER TABLE organizations ADD COLUMN name_text text NOT NULL DEFAULT '';
        CREATE TABLE offer_list (
            id text PRIMARY KEY REFERENCES offers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            organization_id text, title text NOT NULL, city text NOT NULL, domain text NOT NULL, status text NOT NULL,
            apply_by date, received_on date, start_on date,
            own_text text NOT NULL, org_text text NOT NULL DEFAULT '');
        CREATE INDEX offer_list_text ON offer_list USING gin ((org_text || ' ' || own_text) gin_trgm_ops);
        -- The list's first order with what its status filter reads: the list of every offer from this index alone.
        CREATE INDEX offer_list_by_receipt ON offer_list (received_on DESC NULLS LAST, id COLLATE "C") INCLUDE (status, apply_by);
        CREATE INDEX offer_list_by_organization ON offer_list (organization_id);
        -- The counts by status, domain and city read this index alone.
        CREATE INDEX offer_list_counts ON offer_list (status, apply_by, domain, city);
        """,
        // v3: the list sorts by any of its columns, either way: the keys the program sorts by in memory
        // (`OfferSortKey`), title and city folded, the length in weeks, the stipend as an hourly rank.
        """
        ALTER TABLE offer_list ADD COLUMN title_text text NOT NULL DEFAULT '', ADD COLUMN city_text text NOT NULL DEFAULT '',
            ADD COLUMN weeks integer, ADD COLUMN stipend_rank integer;
        """,
    ]

    /// What migration `index` needs the program for, after its SQL: text folded as the program folds it.
    static func backfill(after index: Int, on connection: PostgresConnection) async throws {
        if index == 1 { try await Backfill.organizationNames(connection) }
        if index == 2 { try await Backfill.offerRows(connection) }
    }

    /// The record tables, by the model's collection names.
    static let tables = ["students", "organizations", "offers", "placements", "alternances"]
}
