import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

@Suite struct StoreTests {
    @Test func roundTripIsExactAndStable() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let first = try Data(contentsOf: url)
        let reopened = try Store.open(url)
        #expect(reopened.base == sampleDataset())
        #expect(!reopened.changedOnDisk)  // no journal yet is no change
        #expect(try StoreFormat.encode(sampleDataset()) == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"alternances\" : [\n\n  ],\n  \"format\" : \"stages\",\n  \"offers\" : [\n    {\n"))
        #expect(text.contains("\"title\" : \"Œuvres numérisées : qualité des métadonnées\""))
        #expect(text.hasSuffix("  \"version\" : 1\n}\n"))
    }

    @Test func anEditIsOneJournalLineAndCompactionFoldsIt() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.create(url, with: sampleDataset())
        let document = try Data(contentsOf: url)
        var data = store.base
        var offer = try #require(data.offers["off-1"])
        offer.title = "Titre corrigé"
        try data.save(offer, by: .coordinator("coord"), at: someday)
        _ = try store.save(data)

        #expect(try Data(contentsOf: url) == document)  // the document is untouched
        let journal = try String(contentsOfFile: store.journalPath, encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 1)
        #expect(journal.contains("Titre corrigé") && journal.contains("\"collection\":\"offers\""))
        #expect(try Store.open(url).base.offers["off-1"]?.title == "Titre corrigé")

        try store.compact()
        #expect(try Data(contentsOf: url) == StoreFormat.encode(data))
        #expect(!FileManager.default.fileExists(atPath: store.journalPath))
        #expect(try Data(contentsOf: URL(fileURLWithPath: url.path + ".bak")) == document)
        #expect(FileManager.default.fileExists(atPath: store.journalPath + ".bak"))
        #expect(try Store.open(url).base == data)
    }

    @Test func aLargeJournalIsFoldedAutomatically() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.create(url, with: sampleDataset())
        store.compactionRatio = 0.0001  // a few hundred bytes for this test
        var data = store.base
        data.programme.minWeeks = 11
        _ = try store.save(data)
        #expect(!FileManager.default.fileExists(atPath: store.journalPath))
        #expect(try Store.open(url).base.programme.minWeeks == 11)
    }

    @Test func newStoreIsPrivate() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("a/store.json")
        let store = try Store.create(url, with: sampleDataset())
        #expect(AtomicFile.mode(of: url.path) == 0o600)
        #expect(AtomicFile.mode(of: dir.appendingPathComponent("a").path) == 0o700)
        var data = store.base
        try data.save(Student(login: "new", lastName: "N", firstName: "N", email: "n@example.fr", year: "2026-2027"),
                      by: .coordinator("c"))
        _ = try store.save(data)
        try store.compact()
        #expect(AtomicFile.mode(of: url.path) == 0o600)
        #expect(AtomicFile.mode(of: url.path + ".bak") == 0o600)
        #expect(AtomicFile.mode(of: store.journalPath + ".bak") == 0o600)
    }

    @Test func twoWritersKeepEachOthersChanges() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let coordinatorSide = try Store.open(url), studentSide = try Store.open(url)

        var a = coordinatorSide.base
        try a.save(Student(login: "ajout", lastName: "A", firstName: "A", email: "a@example.fr", year: "2026-2027"),
                   by: .coordinator("coord"))
        _ = try coordinatorSide.save(a)

        var b = studentSide.base
        var org = try #require(b.organizations["org-1"])
        org.headcount = 451
        try b.save(org, by: .coordinator("coord"))
        let outcome = try studentSide.save(b)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.othersChanged)
        #expect(outcome.dataset.students["ajout"] != nil)

        let onDisk = try Store.open(url).base
        #expect(onDisk.students["ajout"] != nil)
        #expect(onDisk.organizations["org-1"]?.headcount == 451)
    }

    @Test func sameRecordChangedTwiceIsAConflictNotAnOverwrite() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let (second, change) = try rivalEdits(url)
        let outcome = try second.save(change)

        #expect(outcome.conflicts.map(\.id) == ["off-1"])
        #expect(try Store.open(url).base.offers["off-1"]?.title == "Version du premier")
        let kept = try FileManager.default.contentsOfDirectory(atPath: url.path + ".conflicts")
        #expect(kept.count == 1)
        let mine = try Data(contentsOf: URL(fileURLWithPath: url.path + ".conflicts/" + kept[0]))
        #expect(String(decoding: mine, as: UTF8.self).contains("Version du second"))
    }

    /// Stamps are kept to the second on disk: what a handle remembers of its own save is what
    /// others read back, so another process folding the journal is no conflict for its next edit.
    @Test func anEditAfterAnotherProcessCompactedIsNoConflict() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let mine = try Store.open(url)
        var data = mine.base
        var offer = try #require(data.offers["off-1"])
        offer.title = "Première correction"
        try data.save(offer, by: .coordinator("coord"), at: Date(timeIntervalSince1970: 1_795_000_000.123_456))
        _ = try mine.save(data)

        try Store.open(url).compact()

        offer = try #require(data.offers["off-1"])
        offer.title = "Seconde correction"
        try data.save(offer, by: .coordinator("coord"), at: Date(timeIntervalSince1970: 1_795_000_060.654_321))
        let outcome = try mine.save(data)
        #expect(outcome.conflicts.isEmpty)
        #expect(try Store.open(url).base.offers["off-1"]?.title == "Seconde correction")
    }

    @Test func concurrentWritersLoseNothing() async throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    let store = try Store.open(url)
                    var data = store.base
                    for n in 0..<100 {
                        try data.save(Student(login: "\(writer)\(n)", lastName: "L", firstName: "F",
                                              email: "x@example.fr", year: "2026-2027"), by: .coordinator(writer))
                        data = try store.save(data).dataset
                    }
                }
            }
            try await group.waitForAll()
        }
        let final = try Store.open(url).base
        #expect(final.students.count == 3 + 200)
    }
}
