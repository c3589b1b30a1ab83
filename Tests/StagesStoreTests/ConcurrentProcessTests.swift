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

    func writer(_ store: URL, _ name: String, _ count: Int) throws -> Process {
        let process = Process()
        process.executableURL = Self.writerExecutable
        process.arguments = ["stress", store.path, name, String(count)]
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
        let store = try Store.create(url, with: sampleDataset())
        store.compactionRatio = 0.001  // compact often, so kills land in both kinds of write
        for round in 0..<4 {
            let victim = try writer(url, "victime\(round)", 100_000)
            let deadline = Date().addingTimeInterval(10)
            while (AtomicFile.size(of: url.path + ".journal") ?? 0) < 2_000 * (round + 1), Date() < deadline {
                usleep(2_000)
            }
            usleep(UInt32(3_000 * round))
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
