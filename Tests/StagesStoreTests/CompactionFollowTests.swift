import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

/// Another process folds the journal into the document: an open handle catches up from the
/// folded journal's lines it had not read, without decoding the whole document again.
@Suite struct CompactionFollowTests {
    func edit(_ url: URL, _ title: String, compact: Bool = false) throws {
        let other = try Store.open(url)
        var data = other.base
        var offer = try #require(data.offers["off-1"])
        offer.title = title
        try data.save(offer, by: .coordinator("autre"), at: someday)
        _ = try other.save(data)
        if compact { try other.compact() }
    }

    @Test func anotherProcessesCompactionIsFollowedFromItsJournal() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        try edit(url, "Première")
        let window = try Store.open(url)
        #expect(window.documentReads == 1)
        try edit(url, "Deuxième")
        try edit(url, "Troisième", compact: true)  // two lines this window has not read, then folded
        try edit(url, "Quatrième")  // and one in the new journal
        try window.reload()
        #expect(window.documentReads == 1)
        #expect(window.base == (try Store.open(url)).base)
        #expect(window.base.offers["off-1"]?.title == "Quatrième")
        // Its own next save lands on top, no conflict.
        var mine = window.base
        mine.programme.minWeeks = 11
        #expect(try window.save(mine).conflicts.isEmpty)
        #expect(try Store.open(url).base.programme.minWeeks == 11)
    }

    @Test func aFoldedJournalThatIsNotOursIsNotTrusted() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        try edit(url, "Première")
        let window = try Store.open(url)
        try edit(url, "Deuxième", compact: true)
        try edit(url, "Troisième", compact: true)  // the .bak is now another journal than the one this window read
        try window.reload()
        #expect(window.documentReads == 2)
        #expect(window.base == (try Store.open(url)).base)
        #expect(window.base.offers["off-1"]?.title == "Troisième")
    }
}
