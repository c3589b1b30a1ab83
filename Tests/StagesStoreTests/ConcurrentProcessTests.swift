import Foundation
import Testing
import StagesCore
@testable import StagesStore

/// Real processes writing one store at once, and one killed mid-save.
@Suite(.serialized) struct ConcurrentProcessTests {
    /// The stress writer, built beside the test bundle by `swift test`.
    static var writerExecutable: URL {
        var dir = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("stages-bench").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("stages-bench")
    }

    func writer(_ store: URL, _ name: String, _ count: Int, compactionRatio: Double? = nil) throws -> Process {
        let process = Process()
        process.executableURL = Self.writerExecutable
        process.arguments = ["stress", store.path, name, String(count)] + (compactionRatio.map { [String($0)] } ?? [])
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func twoProcessesSavingHundredsOfTimesLoseNothing() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let a = try writer(url, "coordinatrice", 200), b = try writer(url, "etudiant", 200)
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let students = try Store.open(url).base.students
        for name in ["coordinatrice", "etudiant"] {
            #expect((0..<200).allSatisfy { students["\(name)-\($0)"] != nil })
        }
        #expect(students.count == 3 + 400)
    }

    @Test func killedMidSaveTheStoreStillLoads() throws {
        let dir = temporaryDirectory()
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
            kill(victim.processIdentifier, SIGKILL)
            victim.waitUntilExit()

            let students = try Store.open(url).base.students
            let saved = students.keys.filter { $0.hasPrefix("victime\(round)-") }.count
            #expect(saved > 0)
            // Saves are all-or-nothing and in order: what survived is a prefix.
            #expect((0..<saved).allSatisfy { students["victime\(round)-\($0)"] != nil })
        }
        let after = try writer(url, "apres", 5)
        after.waitUntilExit()
        #expect(after.terminationStatus == 0)
        #expect(try Store.open(url).base.students["apres-4"] != nil)
    }
}
