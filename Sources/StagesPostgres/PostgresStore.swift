import Foundation
import Logging
import PostgresNIO
import StagesCore
import StagesStore
import Synchronization

/// The store on PostgreSQL: the same promises as the JSON document (each save one transaction,
/// merged record by record over others' saves, a record both changed reported as a conflict),
/// for a university whose sessions run on several servers. Others' saves are announced by
/// NOTIFY and taken in from the log of changes, never by reading everything again.
public final class PostgresStore: RecordStore {
    public let location: PostgresLocation
    /// Which records this session reads: everything, or what one student's session shows.
    public enum Scope: Sendable, Equatable {
        case everything
        /// The student's own record, placements and contracts; the offers students see; the
        /// organisations they may use. Others' records are never read into their process.
        case student(String)
    }
    public let scope: Scope
    /// Whether `base` holds every offer (commands) or only those asked for and those the placements
    /// link to (a session: its lists ask the database, see `OfferCatalog`).
    public let holdsEveryOffer: Bool
    public var name: String { location.name }
    public private(set) var base: Dataset
    /// The last change of the log this process has taken in.
    private var lastSeq: Int64 = 0
    private let link: Link
    static let logger = Logger(label: "stages.postgres")
    static let channel = "stages_changes"

    private init(_ location: PostgresLocation, scope: Scope = .everything, holdsEveryOffer: Bool = true) {
        self.location = location
        self.scope = scope
        self.holdsEveryOffer = holdsEveryOffer
        link = Link(location)
        base = Dataset(programme: .current(on: .today()))
    }

    deinit {
        link.close()
    }

    // MARK: Opening

    /// Opens a database `stages init` prepared; refuses a missing, older or newer schema.
    /// `holdingEveryOffer: false` is a session's: it asks for the offers it shows (`offerCatalog`).
    public static func open(_ location: PostgresLocation, scope: Scope = .everything,
                            holdingEveryOffer: Bool = true) throws(StoreError) -> PostgresStore {
        let store = PostgresStore(location, scope: scope, holdsEveryOffer: holdingEveryOffer)
        try store.readAll()
        store.makeLocalFolder()
        return store
    }

    /// Opens with what a coordinator's first screen needs alone, the programme and the organisations (the
    /// offers are asked for, see `OfferCatalog`); `readRest` reads the rest, which the application then takes in.
    public static func openFirstScreen(_ location: PostgresLocation) throws(StoreError) -> PostgresStore {
        let store = PostgresStore(location, scope: .everything, holdsEveryOffer: false)
        try store.readAll(tables: ["organizations"])
        store.makeLocalFolder()
        return store
    }

    /// Everything `openFirstScreen` left, read in one snapshot (the organisations again, as they are now).
    public func readRest(progress: @escaping @Sendable (Double) -> Void) throws(StoreError) {
        try readAll(progress: progress)
    }

    /// This machine's folder for the database (drafts, printed conventions), made private if missing;
    /// a failure shows when a draft cannot be kept, not here.
    private func makeLocalFolder() {
        try? FileManager.default.createDirectory(atPath: localFolder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
    }

    /// Creates or brings up to date the schema; with `dataset`, fills an empty database with it
    /// (refused when it already holds records, unless `replacing`).
    @discardableResult
    public static func initialise(_ location: PostgresLocation, with dataset: Dataset? = nil,
                                  replacing: Bool = false) throws(StoreError) -> PostgresStore {
        let store = PostgresStore(location)
        let link = store.link
        try store.attempt {
            try await Migrations.apply(on: try await link.connect())
        }
        if let dataset {
            let writes: Writes
            do { writes = try Writes(everything: dataset) } catch { throw .database(name: location.name, problem: .server("\(error)")) }
            try store.attempt {
                let connection = try await link.connect()
                let count = try await Queries.recordCount(connection)
                guard count == 0 || replacing else { throw Refusal.notEmpty }
                try await connection.query("BEGIN", logger: logger)
                if count > 0 { try await Queries.emptyAll(connection) }
                try await Queries.write(writes, on: connection)
                try await connection.query("COMMIT", logger: logger)
                // A bulk load leaves the planner without figures and the list's index without its visibility map
                // until autovacuum comes by: both made now, so the first sessions get their plans.
                try await connection.query("VACUUM ANALYZE", logger: logger)
            }
        }
        try store.readAll()
        return store
    }

    // MARK: RecordStore

    public var changedOnDisk: Bool { link.announced.take() }

    public private(set) var lastTakenIn: [String]?

    public func reload() throws(StoreError) -> Dataset {
        let tail = try attempt { [link, lastSeq, scope] in try await Queries.changes(since: lastSeq, scope: scope, on: try await link.connect()) }
        try apply(tail)
        lastTakenIn = tail.keys.map { "\($0.collection)/\($0.id)" }
        return base
    }

    public func save(_ mine: Dataset) throws(StoreError) -> SaveOutcome {
        if base.programme.archivedOn != nil { throw .archived(name: name, year: base.programme.academicYearLabel) }
        // Kept to put back if the save fails, and let go once it is committed: held while `base`
        // changes, it would make that change copy every table.
        var original: Dataset? = base
        let originalSeq = lastSeq
        do throws(StoreError) {
            // One save at a time, as the JSON store's lock: catch up, merge, write, in one transaction.
            let tail = try attempt { [link, lastSeq, scope] in
                let connection = try await link.connect()
                try await connection.query("BEGIN", logger: Self.logger)
                try await connection.query("SELECT pg_advisory_xact_lock(727274)", logger: Self.logger)
                return try await Queries.changes(since: lastSeq, scope: scope, on: connection)
            }
            try apply(tail)
            let othersChanged = !tail.keys.isEmpty
            let result = Merge.merge(base: original!, mine: mine, theirs: base)
            let writes: Writes
            do { writes = try Writes(result.changes) } catch { throw .database(name: name, problem: .server("\(error)")) }
            let seq = try attempt { [link] in
                let connection = try await link.connect()
                if !writes.isEmpty { try await Queries.write(writes, on: connection, announcing: link.token) }
                let seq = try await Queries.lastSeq(connection)
                try await connection.query("COMMIT", logger: Self.logger)
                return seq
            }
            original = nil
            // Our records as any reader decodes them (dates to the second), not our values in memory.
            var merged = base
            base = Dataset(programme: merged.programme)
            do { try writes.apply(to: &merged) } catch { throw .database(name: name, problem: .server("\(error)")) }
            merged.markUnchanged()
            base = merged
            lastSeq = seq
            return SaveOutcome(dataset: base, conflicts: result.conflicts, conflictCopies: [],
                               othersChanged: othersChanged, compactionFailure: nil)
        } catch {
            if let original { base = original }
            lastSeq = originalSeq
            try? attempt { [link] in try await link.rollback() }
            throw error
        }
    }

    public var offerCatalog: (any OfferCatalog)? { holdsEveryOffer ? nil : self }

    public var draftsFolder: String { localFolder + "/drafts" }

    /// `~/.local/share/stages/HOST-PORT-DATABASE`: this machine's folder for this database.
    public var localFolder: String {
        let safe = "\(location.host)-\(location.port)-\(location.database)".map { $0.isLetter || $0.isNumber || "-._".contains($0) ? $0 : "_" }
        return StoreLocation.dataFolder() + "/" + String(safe)
    }

    // MARK: Reading

    private func readAll(tables: [String] = Schema.tables, progress: @escaping @Sendable (Double) -> Void = { _ in }) throws(StoreError) {
        let snapshot = try attempt { [link, scope, holdsEveryOffer] in
            try await Queries.everything(try await link.connect(), scope: scope, everyOffer: holdsEveryOffer, tables: tables, progress: progress)
        }
        let programme = try decode(snapshot.programme, as: Programme.self, "programme") ?? .current(on: .today())
        func all<R: Record>(_ type: R.Type) throws(StoreError) -> [R] {
            guard let array = snapshot.tables[R.collection] else { return [] }
            do { return try RecordRows.records(type, array: array) } catch {
                throw .database(name: name, problem: .server("\(R.collection): \(error)"))
            }
        }
        var data = Dataset(programme: programme, students: try all(Student.self), organizations: try all(Organization.self),
                           offers: try all(Offer.self), placements: try all(Placement.self), alternances: try all(Alternance.self))
        data.markUnchanged()
        base = data
        lastSeq = snapshot.seq
    }

    /// Takes in the records the log names since `lastSeq`, as they are now.
    private func apply(_ tail: Queries.Tail) throws(StoreError) {
        guard !tail.keys.isEmpty else { return }
        var data = base
        base = Dataset(programme: data.programme)
        if let programme = try decode(tail.programme, as: Programme.self, "programme") { data.programme = programme }
        // Offers last: a session that asks for offers takes in those it holds and those its placements now link to.
        let keys = tail.keys.filter { $0.collection != "programme" && $0.collection != "offers" }
            + tail.keys.filter { $0.collection == "offers" }
        var linked: Set<String>?
        for key in keys {
            if key.collection == "offers", !holdsEveryOffer, data.offers[key.id] == nil {
                if linked == nil { linked = Set(data.placements.values.compactMap(\.offerID)) }
                guard linked!.contains(key.id) else { continue }
            }
            let row = tail.rows[key.collection + "/" + key.id]
            if let row {
                try set(key.collection, key.id, json: row.doc, in: &data)
            } else {
                data.remove(collection: key.collection, id: key.id)
            }
        }
        data.markUnchanged()
        base = data
        lastSeq = tail.seq
    }

    private func set(_ collection: String, _ id: String, json: String, in data: inout Dataset) throws(StoreError) {
        func put<R: Record>(_ type: R.Type) throws(StoreError) {
            do {
                data.setStored(try RecordRows.record(type, json: json), id: id)
            } catch {
                throw .database(name: name, problem: .server("\(collection)/\(id): \(error)"))
            }
        }
        guard let type = Dataset.recordType(collection) else { return }
        try put(type)
    }

    private func decode<T: Decodable>(_ doc: String?, as type: T.Type, _ what: String) throws(StoreError) -> T? {
        guard let doc else { return nil }
        do { return try RecordRows.decoder.decode(type, from: Data(doc.utf8)) } catch {
            throw .database(name: name, problem: .server("\(what): \(error)"))
        }
    }

    /// Runs `body` against the server and says what went wrong in one line.
    @discardableResult
    private func attempt<T>(_ body: @escaping @Sendable () async throws -> T) throws(StoreError) -> T {
        do {
            return try Blocking.run(body)
        } catch let refusal as Refusal {
            throw .database(name: name, problem: refusal.problem)
        } catch {
            throw .database(name: name, problem: Problems.of(error, location))
        }
    }
}

extension PostgresStore: OfferCatalog {
    public func offerIDs(_ query: OfferQuery, first: Int?) throws(StoreError) -> [String] {
        try attempt { [link, scope, earliest = base.programme.earliestStart] in
            try await CatalogQueries.ids(query, first: first, scope: scope, earliestStart: earliest, on: try await link.connect())
        }
    }

    public func offerSummary(today: CivilDate, words: [String]) throws(StoreError) -> OfferSummary {
        try attempt { [link, scope] in
            try await CatalogQueries.summary(today: today, words: words, scope: scope, on: try await link.connect())
        }
    }

    public func takeInOffers(_ ids: [String]) throws(StoreError) -> [Offer] {
        let rows = try attempt { [link, scope] in try await Queries.rows("offers", ids, scope: scope, on: try await link.connect()) }
        var offers: [Offer] = []
        for id in ids {
            guard let row = rows[id] else { continue }
            do { offers.append(try RecordRows.record(Offer.self, json: row.doc)) } catch {
                throw .database(name: name, problem: .server("offers/\(id): \(error)"))
            }
        }
        base.hold(offers)
        return offers
    }
}

/// The connection to the server, made again when it was lost, and the notifications it hears.
final class Link: Sendable {
    let location: PostgresLocation
    let announced = Announcements()
    /// What this session's NOTIFYs carry, so it does not take its own saves for others'
    /// (which would read the log for nothing and index everything again).
    let token = UUID().uuidString
    private let current = Mutex<PostgresConnection?>(nil)
    private let connectedBefore = Mutex(false)

    init(_ location: PostgresLocation) {
        self.location = location
    }

    func connect() async throws -> PostgresConnection {
        if let live = current.withLock({ $0 }), !live.isClosed { return live }
        let configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: .disable)
        let made = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: PostgresStore.logger)
        // Room to sort a list of every offer in memory (100 000 ids spill to disk under the default 4 MB).
        try await made.query("SET work_mem = '16MB'", logger: PostgresStore.logger)
        current.withLock { $0 = made }
        let announced = self.announced, token = self.token
        // Connected again after losing the line: what was missed meanwhile is looked for.
        if connectedBefore.withLock({ before in defer { before = true }; return before }) { announced.set() }
        // Returns once the server listens for others' saves: one made right after is heard.
        await withCheckedContinuation { (listening: CheckedContinuation<Void, Never>) in
            let resumed = Mutex(false)
            let ready = { if resumed.withLock({ done in defer { done = true }; return !done }) { listening.resume() } }
            // On the store's own threads, as every query: a caller blocked on Swift's pool must not wait for it.
            Task(executorPreference: QueryExecutor.shared) {
                _ = try? await made.listen(on: PostgresStore.channel) { notifications in
                    ready()
                    for try await notification in notifications where notification.payload != token { announced.set() }
                }
                ready()
                announced.set()  // the connection is gone: the next look reconnects
            }
        }
        return made
    }

    func rollback() async throws {
        guard let live = current.withLock({ $0 }), !live.isClosed else { return }
        try await live.query("ROLLBACK", logger: PostgresStore.logger)
    }

    func close() {
        guard let live = current.withLock({ $0 }) else { return }
        Task(executorPreference: QueryExecutor.shared) { try? await live.close() }
    }
}

/// Whether others announced a save since the last look.
final class Announcements: Sendable {
    private let flag = Mutex(false)
    func set() { flag.withLock { $0 = true } }
    func take() -> Bool { flag.withLock { value in defer { value = false }; return value } }
}

/// What the store refuses on its own, before the server says anything.
enum Refusal: Error {
    case notEmpty, notInitialised, olderSchema(Int), newerSchema(Int)

    var problem: DatabaseProblem {
        switch self {
        case .notEmpty: .notEmpty
        case .notInitialised: .notInitialised
        case .olderSchema(let found): .olderSchema(found: found, supported: Schema.version)
        case .newerSchema(let found): .newerSchema(found: found, supported: Schema.version)
        }
    }
}
