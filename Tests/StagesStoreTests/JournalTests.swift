import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

@Suite struct JournalTests {
    func storeWithOneEdit() throws -> (URL, Store, URL) {
        let dir = try privateFolder()
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.create(url, with: sampleDataset())
        var data = store.base
        data.programme.maxWeeks = 15
        _ = try store.save(data)
        return (url, store, dir)
    }

    @Test func aLineCutShortByACrashIsIgnoredThenReplaced() throws {
        let (url, store, dir) = try storeWithOneEdit()
        defer { try? FileManager.default.removeItem(at: dir) }
        let handle = try #require(FileHandle(forWritingAtPath: store.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data("{\"changes\":[{\"collection\":\"offers\",\"id\":\"off-1\",\"rec".utf8))
        try handle.close()

        let reader = try Store.open(url)
        #expect(reader.base.programme.maxWeeks == 15)
        var data = reader.base
        data.programme.minWeeks = 10
        _ = try reader.save(data)
        let lines = try String(contentsOfFile: store.journalPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(!lines.joined().contains("\"rec{"))
        let reopened = try Store.open(url).base.programme
        #expect(reopened.minWeeks == 10 && reopened.maxWeeks == 15)
    }

    @Test func aDamagedCompleteLineIsRefusedWithItsLine() throws {
        let (url, store, dir) = try storeWithOneEdit()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.journalPath))
        let damaged = before + Data("{\"changes\":[{\"collection\":\"offers\" \"id\":\"x\"}]}\n".utf8)
        try damaged.write(to: URL(fileURLWithPath: store.journalPath))
        #expect(throws: StoreError.corrupt(path: store.journalPath, line: 2, column: 36, reason: "“,” or “}” expected")) {
            try Store.open(url)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.journalPath)) == damaged)
    }

    @Test func aLineWhoseKeyDisagreesWithItsRecordIsRefusedWithItsLine() throws {
        let (url, store, dir) = try storeWithOneEdit()
        defer { try? FileManager.default.removeItem(at: dir) }
        var data = store.base
        var offer = try #require(data.offers["off-1"])
        offer.title = "Titre changé"
        try data.save(offer, by: .coordinator("un"), at: someday)
        _ = try store.save(data)
        let journal = URL(fileURLWithPath: store.journalPath)
        var lines = try String(contentsOf: journal, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        // Sorted keys: the line's own key comes before its record's id.
        let key = try #require(lines[1].range(of: "\"id\":\"off-1\""))
        lines[1].replaceSubrange(key, with: "\"id\":\"off-9\"")
        let damaged = Data(lines.joined(separator: "\n").utf8)
        try damaged.write(to: journal)
        let column = lines[1].distance(from: lines[1].startIndex, to: try #require(lines[1].range(of: "\"off-9\"")).lowerBound) + 1
        let error = #expect(throws: StoreError.self) { try Store.open(url) }
        guard case .corrupt(store.journalPath, 2, column, let reason)? = error else {
            Issue.record("expected line 2, column \(column), got \(String(describing: error))")
            return
        }
        #expect(reason.contains("“off-9”") && reason.contains("“off-1”"))
        #expect(try Data(contentsOf: journal) == damaged)
    }

    @Test func aWriterCatchesUpWithOthersBeforeAppending() throws {
        let (url, _, dir) = try storeWithOneEdit()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try Store.open(url), b = try Store.open(url)
        for n in 0..<5 {
            var data = a.base
            try data.save(Student(login: "a\(n)", lastName: "A", firstName: "A", email: "a@example.fr", year: "2026-2027"),
                          by: .coordinator("a"))
            _ = try a.save(data)
        }
        var data = b.base
        try data.save(Student(login: "b", lastName: "B", firstName: "B", email: "b@example.fr", year: "2026-2027"),
                      by: .coordinator("b"))
        let outcome = try b.save(data)
        #expect(outcome.othersChanged)
        #expect(outcome.dataset.students.count == 3 + 6)
        #expect(outcome.dataset.programme.maxWeeks == 15)
        try a.compact()
        var later = b.base
        later.programme.minWeeks = 9
        let afterCompaction = try b.save(later)  // b notices the new document and rereads it
        #expect(afterCompaction.dataset.students.count == 9)
        #expect(try Store.open(url).base.programme.minWeeks == 9)
    }
}
