import Foundation
import StagesCore
import StagesPostgres
import StagesStore
import Testing
import TestSupport

/// The store on a real PostgreSQL server the test starts (127.0.0.1, a free port, a temporary
/// folder): the JSON store's promises, kept by the database.
@Suite(.serialized) struct PostgresStoreTests {
    let server: PostgresServer
    let location: PostgresLocation
    let demo = DemoData.make(academicYear: 2026)
    let coordinator = Actor.coordinator("hcarpentier")
    let now = Date(timeIntervalSince1970: 1_795_900_000)

    init() throws {
        server = try PostgresServer()
        try server.createRole("stages", password: "secret")
        try server.createDatabase("stages", owner: "stages")
        location = try #require(PostgresLocation(server.url(user: "stages", password: "secret", database: "stages")))
    }

    @Test func initThenOpenGivesBackEveryRecordExactly() throws {
        try PostgresStore.initialise(location, with: demo)
        let opened = try PostgresStore.open(location)
        #expect(opened.base == demo)
        #expect(opened.base.placements["plc-002"]?.history == demo.placements["plc-002"]?.history)
        #expect(opened.base.programme.convention == demo.programme.convention)
        // History lives in rows of its own.
        let steps = try server.psql("SELECT count(*) FROM history WHERE collection = 'placements' AND record_id = 'plc-002'", database: "stages")
        #expect(Int(steps) == demo.placements["plc-002"]?.history.count)
        // A second init is refused while the database holds records.
        #expect(throws: StoreError.database(name: location.name, problem: .notEmpty)) {
            try PostgresStore.initialise(location, with: demo)
        }
    }

    @Test func twoSessionsSavingDifferentRecordsBothLandAndTheSameOneIsAConflict() throws {
        try PostgresStore.initialise(location, with: demo)
        let a = try PostgresStore.open(location), b = try PostgresStore.open(location)
        var mineA = a.base, mineB = b.base
        var offer = try #require(mineA.offers.values.sorted { $0.id < $1.id }.first)
        offer.title = "Titre de A"
        try mineA.save(offer, by: coordinator, at: now)
        var student = try #require(mineB.students["lmoreau"])
        student.phone = "06 00 00 00 01"
        _ = try mineB.save(student, by: coordinator, at: now)
        _ = try a.save(mineA)
        let outcome = try b.save(mineB)
        #expect(outcome.othersChanged)
        #expect(outcome.conflicts.isEmpty)
        let fresh = try PostgresStore.open(location)
        #expect(fresh.base.offers[offer.id]?.title == "Titre de A")
        #expect(fresh.base.students["lmoreau"]?.phone == "06 00 00 00 01")

        // Both change the same offer: the second is told, and the first's stands.
        var againA = a.base, againB = fresh.base
        var first = try #require(againA.offers[offer.id]), second = try #require(againB.offers[offer.id])
        first.city = "Lyon (A)"
        second.city = "Lyon (B)"
        try againA.save(first, by: coordinator, at: now)
        try againB.save(second, by: coordinator, at: now)
        _ = try a.save(againA)
        let conflict = try fresh.save(againB)
        #expect(conflict.conflicts.map(\.id) == [offer.id])
        #expect(try PostgresStore.open(location).base.offers[offer.id]?.city == "Lyon (A)")
    }

    @Test func anotherSessionsSaveIsAnnouncedAndTakenInWithoutReadingEverything() throws {
        try PostgresStore.initialise(location, with: demo)
        let watcher = try PostgresStore.open(location), writer = try PostgresStore.open(location)
        _ = watcher.changedOnDisk  // the first look after connecting
        var data = writer.base
        var student = try #require(data.students["lmoreau"])
        student.group = "TD9"
        _ = try data.save(student, by: coordinator, at: now)
        _ = try writer.save(data)
        usleep(200_000)
        #expect(!writer.changedOnDisk, "its own save is not another's")
        let deadline = Date().addingTimeInterval(2)
        var announced = false
        while Date() < deadline, !announced {
            announced = watcher.changedOnDisk
            if !announced { usleep(20_000) }
        }
        #expect(announced, "NOTIFY reached the other session within 2 s")
        #expect(try watcher.reload().students["lmoreau"]?.group == "TD9")
    }

    @Test func aLostConnectionLosesNothingAndTheNextSaveLands() throws {
        try PostgresStore.initialise(location, with: demo)
        let store = try PostgresStore.open(location)
        try server.kill()
        // The line going down is noticed at the next look, which then fails as "offline".
        let deadline = Date().addingTimeInterval(3)
        var noticed = store.changedOnDisk
        while !noticed, Date() < deadline {
            usleep(20_000)
            noticed = store.changedOnDisk
        }
        #expect(noticed)
        do {
            _ = try store.reload()
            Issue.record("reloaded with the server down")
        } catch {
            #expect(error.isOffline, "\(error.message.en)")
        }
        var data = store.base
        var student = try #require(data.students["lmoreau"])
        student.notes = "écrit hors ligne"
        _ = try data.save(student, by: coordinator, at: now)
        do {
            _ = try store.save(data)
            Issue.record("saved with the server down")
        } catch {
            #expect(error.message.fr.contains(location.name))
        }
        try server.restart()
        _ = try store.save(data)
        #expect(try PostgresStore.open(location).base.students["lmoreau"]?.notes == "écrit hors ligne")
    }

    @Test func badAddressesGiveOneLineNamingWhatAndWhere() throws {
        func problem(_ url: String) -> String {
            do {
                _ = try PostgresStore.open(PostgresLocation(url)!)
                return "opened"
            } catch {
                return error.message.en
            }
        }
        let closed = try freePort()
        #expect(problem("postgresql://stages:secret@127.0.0.1:\(closed)/stages").contains("PostgreSQL server unreachable"))
        #expect(problem(server.url(user: "stages", password: "wrong", database: "stages")).contains("authentication failed for user “stages”"))
        #expect(problem(server.url(user: "stages", password: "secret", database: "absent")).contains("database “absent” does not exist"))
        #expect(problem(server.url(user: "stages", password: "secret", database: "stages")).contains("no stages schema: “stages init --store URL” creates it"))
        try PostgresStore.initialise(location, with: demo)
        _ = try server.psql("UPDATE stages_schema SET version = 99", database: "stages")
        #expect(problem(server.url(user: "stages", password: "secret", database: "stages")).contains("schema version 99, newer than this program's (3)"))
        // The password never appears in a message.
        #expect(!problem(server.url(user: "stages", password: "wrong", database: "stages")).contains("wrong"))
    }

    @Test func aStudentsSessionReadsOnlyWhatItShows() throws {
        var data = demo
        // Another student typed an organisation of their own: never read into Léa's session.
        data.setStored(Organization(id: "org-typed", name: "Tapée par Manon", createdBy: "mpetit"), id: "org-typed")
        try PostgresStore.initialise(location, with: data)
        let lea = try PostgresStore.open(location, scope: .student("lmoreau"))
        #expect(Array(lea.base.students.keys) == ["lmoreau"])
        #expect(lea.base.placements.values.allSatisfy { $0.studentLogin == "lmoreau" })
        #expect(!lea.base.placements.isEmpty)
        #expect(lea.base.offers.values.allSatisfy { [.open, .filled].contains($0.status) })
        #expect(lea.base.offers.count == demo.offers.values.filter { [.open, .filled].contains($0.status) }.count)
        #expect(lea.base.organizations["org-typed"] == nil)
        #expect(lea.base.organizations.count == demo.organizations.count)

        // Another student's change is never taken in; a coordinator's change to an offer is.
        let coordinatorSession = try PostgresStore.open(location)
        var changed = coordinatorSession.base
        var manon = try #require(changed.students["mpetit"])
        manon.phone = "06 99 99 99 99"
        _ = try changed.save(manon, by: coordinator, at: now)
        var offer = try #require(changed.offers.values.first { $0.status == .open })
        offer.title = "Titre changé"
        try changed.save(offer, by: coordinator, at: now)
        _ = try coordinatorSession.save(changed)
        let seen = try lea.reload()
        #expect(seen.students["mpetit"] == nil)
        #expect(seen.offers[offer.id]?.title == "Titre changé")

        // Her own save lands, and touches nothing else.
        var mine = lea.base
        var me = try #require(mine.students["lmoreau"])
        me.phone = "07 00 00 00 00"
        mine.setStored(me, id: me.id)  // the store is what is tried here, not the model's rights
        _ = try lea.save(mine)
        let after = try PostgresStore.open(location).base
        #expect(after.students["lmoreau"]?.phone == "07 00 00 00 00")
        #expect(after.students["mpetit"]?.phone == "06 99 99 99 99")
        #expect(after.students.count == demo.students.count)
    }

    @Test func theDatabaseRefusesASecondPlacementUnderWay() throws {
        try PostgresStore.initialise(location, with: demo)
        let store = try PostgresStore.open(location)
        var data = store.base
        var second = try #require(data.placements["plc-001"])
        second = Placement(id: "plc-second", studentLogin: second.studentLogin, organizationID: second.organizationID, tutor: second.tutor,
                           subject: "Deuxième", activities: "a", skills: "s", start: second.start, end: second.end)
        data.setStored(second, id: second.id)  // past the model's own check, as an import of an old store could
        #expect(throws: StoreError.self) { _ = try store.save(data) }
        #expect(try PostgresStore.open(location).base.placements["plc-second"] == nil)
    }
}
