import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

/// Opening with the offers first: the preview is what the offers list needs, the
/// store handed over at the end is exactly the one `Store.open` gives.
@Suite struct StoreOpeningTests {
    func store(_ data: Dataset) throws -> (URL, URL) {
        let dir = try privateFolder()
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: data)
        return (dir, url)
    }

    @Test func thePreviewHoldsTheOffersAndTheEndTheWholeStore() throws {
        let data = DemoData.scaled(offers: 3_000)
        let (dir, url) = try store(data)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A later edit, in the journal: the preview shows it already.
        let writer = try Store.open(url)
        var changed = writer.base
        var offer = try #require(changed.offers["off-000007"])
        offer.title = "Titre corrigé dans le journal"
        try changed.save(offer, by: .coordinator("coord"), at: Date(timeIntervalSince1970: 1_795_000_000))
        _ = try writer.save(changed)

        let opening = try StoreOpening(url)
        let preview = try #require(opening.preview)
        #expect(preview.offers.count == 3_000 && preview.organizations == data.organizations)
        #expect(preview.students.isEmpty && preview.placements.isEmpty)
        #expect(preview.offers["off-000007"]?.title == "Titre corrigé dans le journal")
        let opened = try opening.finish()
        #expect(opening.progress == 1)
        #expect(opened.base == (try Store.open(url)).base)
        #expect(!opened.changedOnDisk)
        // The handle works as any other: a save lands.
        var more = opened.base
        more.programme.minWeeks = 11
        _ = try opened.save(more)
        #expect(try Store.open(url).base.programme.minWeeks == 11)
    }

    @Test func aFaultAfterTheOffersIsRefusedAsStoreOpenRefusesIt() throws {
        let (dir, url) = try store(DemoData.make(academicYear: 2026))
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: url, encoding: .utf8)
        let range = try #require(text.range(of: "\"studentLogin\" : \"lmoreau\""))
        text.replaceSubrange(range, with: "\"studentLogin\" : 42")
        try text.write(to: url, atomically: false, encoding: .utf8)

        let opening = try StoreOpening(url)
        #expect(opening.preview != nil)  // the offers are fine
        var expected: StoreError?
        do { _ = try Store.open(url) } catch { expected = error }
        #expect(expected != nil)
        #expect(throws: expected!) { try opening.finish() }
    }

    @Test func anotherLayoutHasNoPreviewAndOpensTheOrdinaryWay() throws {
        let data = DemoData.make(academicYear: 2026)
        let (dir, url) = try store(data)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The same document on one line, as another tool may write it.
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        try JSONSerialization.data(withJSONObject: object).write(to: url)

        let opening = try StoreOpening(url)
        #expect(opening.preview == nil)
        #expect(try opening.finish().base == (try Store.open(url)).base)
    }
}
