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
    ]

    /// The record tables, by the model's collection names.
    static let tables = ["students", "organizations", "offers", "placements", "alternances"]
}
