import Foundation
import StagesCore
import StagesPostgres
import StagesStore
import Testing
import TestSupport

/// What every store promises, tried on both: the JSON document and a PostgreSQL database.
/// Each test opens two handles on one store, as two sessions would.
@Suite(.serialized) struct RecordStoreConformanceTests {
    enum Backend: String, CaseIterable, Sendable { case json, postgresql }

    /// A fresh store of the demo's records, and a way to open another handle on it.
    final class Fixture {
        let open: () throws -> any RecordStore
        private let cleanup: () -> Void
        init(open: @escaping () throws -> any RecordStore, cleanup: @escaping () -> Void) {
            self.open = open
            self.cleanup = cleanup
        }
        deinit { cleanup() }

        static func make(_ backend: Backend) throws -> Fixture {
            let demo = DemoData.make(academicYear: 2026)
            switch backend {
            case .json:
                let folder = unusedPath("stages-conformance")
                let url = folder.appendingPathComponent("store.json")
                _ = try Store.create(url, with: demo)
                return Fixture(open: { try Store.open(url) }, cleanup: { try? FileManager.default.removeItem(at: folder) })
            case .postgresql:
                let server = try PostgresServer()
                try server.createRole("stages", password: "secret")
                try server.createDatabase("stages", owner: "stages")
                let location = PostgresLocation(server.url(user: "stages", password: "secret", database: "stages"))!
                try PostgresStore.initialise(location, with: demo)
                return Fixture(open: { try PostgresStore.open(location) }, cleanup: { server.stop() })
            }
        }
    }

    let coordinator = Actor.coordinator("hcarpentier")
    let now = Date(timeIntervalSince1970: 1_795_900_000)

    func renamed(_ store: any RecordStore, _ login: String, _ phone: String) throws -> Dataset {
        var data = store.base
        var student = try #require(data.students[login])
        student.phone = phone
        _ = try data.save(student, by: coordinator, at: now)
        return data
    }

    @Test(arguments: Backend.allCases) func aSaveIsSeenByAnotherHandle(_ backend: Backend) throws {
        let fixture = try Fixture.make(backend)
        let a = try fixture.open(), b = try fixture.open()
        _ = try a.save(try renamed(a, "lmoreau", "06 11 11 11 11"))
        // Announced at once to the JSON store's handle (the files changed), within moments to the database's (NOTIFY).
        let deadline = Date().addingTimeInterval(2)
        var announced = b.changedOnDisk
        while !announced, Date() < deadline {
            usleep(20_000)
            announced = b.changedOnDisk
        }
        #expect(announced)
        #expect(try b.reload().students["lmoreau"]?.phone == "06 11 11 11 11")
        #expect(b.lastTakenIn == ["students/lmoreau"], "the records taken in are named, so only they are indexed again")
        #expect(try fixture.open().base == a.base)
    }

    @Test(arguments: Backend.allCases) func differentRecordsBothLand(_ backend: Backend) throws {
        let fixture = try Fixture.make(backend)
        let a = try fixture.open(), b = try fixture.open()
        let mineA = try renamed(a, "lmoreau", "06 22 22 22 22"), mineB = try renamed(b, "tgarcia", "06 33 33 33 33")
        #expect(!(try a.save(mineA)).othersChanged)
        let second = try b.save(mineB)
        #expect(second.othersChanged)
        #expect(second.conflicts.isEmpty)
        let now = try fixture.open().base
        #expect(now.students["lmoreau"]?.phone == "06 22 22 22 22")
        #expect(now.students["tgarcia"]?.phone == "06 33 33 33 33")
    }

    @Test(arguments: Backend.allCases) func theSameRecordIsAConflictAndTheFirstStands(_ backend: Backend) throws {
        let fixture = try Fixture.make(backend)
        let a = try fixture.open(), b = try fixture.open()
        let mineA = try renamed(a, "lmoreau", "06 44 44 44 44"), mineB = try renamed(b, "lmoreau", "06 55 55 55 55")
        _ = try a.save(mineA)
        let second = try b.save(mineB)
        #expect(second.conflicts.map(\.id) == ["lmoreau"])
        #expect(second.conflicts.first?.mine != nil)  // ours handed back, not lost
        #expect(try fixture.open().base.students["lmoreau"]?.phone == "06 44 44 44 44")
    }

    @Test(arguments: Backend.allCases) func aRemovalReachesTheOtherHandle(_ backend: Backend) throws {
        let fixture = try Fixture.make(backend)
        let a = try fixture.open(), b = try fixture.open()
        var data = a.base
        let linked = Set(data.placements.values.compactMap(\.offerID))
        let id = try #require(data.offers.keys.sorted().first { !linked.contains($0) })
        data.setStored(Offer?.none, id: id)
        _ = try a.save(data)
        #expect(try b.reload().offers[id] == nil)
        #expect(try fixture.open().base.offers[id] == nil)
    }
}
