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

    /// The snapshot: written after a full read, used while the document is that one, never through a link.
    @Test func theSnapshotIsWrittenUsedAndRefreshedWithTheDocument() throws {
        let (dir, url) = try store(DemoData.make(academicYear: 2026))
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = url.path + ".snapshot"
        let first = try StoreOpening(url)
        #expect(first.preview?.offers["off-001"]?.description.isEmpty == false)  // decoded: no snapshot yet
        let whole = try first.finish().base
        #expect(FileManager.default.fileExists(atPath: snapshot))

        let second = try StoreOpening(url)
        let preview = try #require(second.preview)
        #expect(preview.offers["off-001"]?.description == "")  // from the snapshot: the list's columns only
        for (id, offer) in whole.offers {
            let shown = try #require(preview.offers[id])
            #expect(shown.title == offer.title && shown.organizationID == offer.organizationID && shown.city == offer.city
                    && shown.start == offer.start && shown.durationWeeks == offer.durationWeeks && shown.stipend == offer.stipend
                    && shown.status == offer.status && shown.applyBy == offer.applyBy && shown.receivedOn == offer.receivedOn
                    && shown.domain == offer.domain)
        }
        #expect(preview.programme == whole.programme)
        // The offers come in the list's order by date of receipt: the first screen sorts nothing.
        #expect(second.previewOrder == whole.offers.values.sorted { ($0.receivedOrderKey, $0.id) < ($1.receivedOrderKey, $1.id) }.map(\.id))
        #expect(try second.finish().base == whole)

        // Another process folds a change into the document: the snapshot is stale, not used, made again.
        let writer = try Store.open(url)
        var changed = writer.base
        changed.programme.minWeeks = 11
        _ = try writer.save(changed)
        try writer.compact()
        let third = try StoreOpening(url)
        #expect(third.preview?.offers["off-001"]?.description.isEmpty == false)
        #expect(third.preview?.programme.minWeeks == 11)
        _ = try third.finish()
        #expect(try StoreOpening(url).preview?.offers["off-001"]?.description == "")
    }

    @Test func aDamagedSnapshotIsIgnoredAndALinkInItsPlaceNeverFollowed() throws {
        let (dir, url) = try store(DemoData.make(academicYear: 2026))
        defer { try? FileManager.default.removeItem(at: dir) }
        let snapshot = url.path + ".snapshot"
        _ = try StoreOpening(url).finish()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        bytes.removeLast(100)
        try bytes.write(to: URL(fileURLWithPath: snapshot))
        let opening = try StoreOpening(url)
        #expect(opening.preview?.offers["off-001"]?.description.isEmpty == false)
        #expect(try opening.finish().base == (try Store.open(url)).base)

        // A count made negative or huge, as a damaged or crafted file may have it: refused, never trusted.
        _ = try StoreOpening(url).finish()
        for count in [Int64(-1), Int64.max] {
            var crafted = [UInt8](try Data(contentsOf: URL(fileURLWithPath: snapshot)))
            let programme = OffersSnapshot.magic.count + 5 * 8
            let length = crafted[programme..<(programme + 8)].withUnsafeBytes { Int(Int64(littleEndian: $0.loadUnaligned(as: Int64.self))) }
            let organizations = programme + 8 + length
            withUnsafeBytes(of: count.littleEndian) { crafted.replaceSubrange(organizations..<(organizations + 8), with: $0) }
            try Data(crafted).write(to: URL(fileURLWithPath: snapshot))
            let refused = try StoreOpening(url)
            #expect(refused.preview?.offers["off-001"]?.description.isEmpty == false)
            _ = try refused.finish()
        }

        try FileManager.default.removeItem(atPath: snapshot)
        let target = dir.appendingPathComponent("elsewhere")
        try Data("untouched".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: snapshot, withDestinationPath: target.path)
        _ = try StoreOpening(url).finish()
        #expect(try String(contentsOf: target, encoding: .utf8) == "untouched")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: snapshot) == target.path)
    }
}
