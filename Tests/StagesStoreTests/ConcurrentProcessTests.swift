import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

/// Real processes writing one store at once, and one killed mid-save.
@Suite(.serialized) struct ConcurrentProcessTests {
    /// Starts the stress writer, built beside the test bundle by `swift test`.
    func writer(_ store: URL, _ name: String, _ count: Int, compactionRatio: Double? = nil) throws -> pid_t {
        try Spawn.start([builtProduct("stages-bench"), "stress", store.path, name, String(count)]
                        + (compactionRatio.map { [String($0)] } ?? []), errors: .inherited)
    }

    @Test func twoProcessesSavingHundredsOfTimesLoseNothing() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let a = try writer(url, "coordinatrice", 200), b = try writer(url, "etudiant", 200)
        let statuses = (Spawn.wait(a), Spawn.wait(b))
        #expect(statuses.0 == 0 && statuses.1 == 0)
        let students = try Store.open(url).base.students
        for name in ["coordinatrice", "etudiant"] {
            #expect((0..<200).allSatisfy { students["\(name)-\($0)"] != nil })
        }
        #expect(students.count == 3 + 400)
    }

    @Test func killedMidSaveTheStoreStillLoads() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        for round in 0..<4 {
            // Even rounds compact every few saves, so kills land in both kinds of write.
            let victim = try writer(url, "victime\(round)", 100_000, compactionRatio: round % 2 == 0 ? 0.001 : nil)
            let deadline = Date().addingTimeInterval(20)
            while try Store.open(url).base.students.keys.filter({ $0.hasPrefix("victime\(round)-") }).count < 5,
                  Date() < deadline {
                usleep(1_000)
            }
            usleep(UInt32(2_000 * round))
            kill(victim, SIGKILL)
            _ = Spawn.wait(victim)

            let students = try Store.open(url).base.students
            let saved = students.keys.filter { $0.hasPrefix("victime\(round)-") }.count
            #expect(saved > 0)
            // Saves are all-or-nothing and in order: what survived is a prefix.
            #expect((0..<saved).allSatisfy { students["victime\(round)-\($0)"] != nil })
        }
        let after = try writer(url, "apres", 5)
        #expect(Spawn.wait(after) == 0)
        #expect(try Store.open(url).base.students["apres-4"] != nil)
        // What the killed saves left half-written went at the next save.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    }
}
