import Foundation
import Testing
@testable import StagesCore

/// A dataset changed in place remembers the records as they were (`Priors`): the screens compare,
/// index again and take back a change from those, instead of a copy of every table.
@Suite struct PriorsTests {
    func offer(_ id: String, _ title: String) -> Offer {
        Offer(id: id, title: title, organizationID: "org-1", domain: .archives, description: "d",
              contact: Contact(name: "X"), created: Stamp(by: "coord", at: now))
    }

    func withOffers() throws -> Dataset {
        var data = dataset()
        try data.save(offer("off-1", "Récolement"), by: coordinator, at: now)
        try data.save(offer("off-2", "Inventaire"), by: coordinator, at: now)
        return data
    }

    @Test func theFirstVersionOfEachChangedRecordIsKeptAndNothingElse() throws {
        var data = try withOffers()
        let original = data
        data.keepPriors()
        try data.save(offer("off-1", "Récolement bis"), by: coordinator, at: now)
        try data.save(offer("off-1", "Récolement ter"), by: coordinator, at: now)
        try data.save(offer("off-3", "Nouvelle"), by: coordinator, at: now)
        data.programme.minWeeks = 13
        let before = data.takePriors()
        #expect(before.offers["off-1"] == original.offers["off-1"])  // the first version, not the second
        #expect(before.offers["off-2"] == nil)                       // untouched: not there
        #expect(before.offers["off-3"] == nil)                       // made since: absent before
        #expect(before.programme == original.programme)
        #expect(data.offers["off-1"]?.title == "Récolement ter")
        // Once taken, nothing more is remembered.
        try data.save(offer("off-2", "Inventaire bis"), by: coordinator, at: now)
        #expect(data.takePriors().offers.isEmpty)
    }

    @Test func aChangeThatFailedHalfWayIsTakenBackWhole() throws {
        var data = try withOffers()
        let original = data
        data.keepPriors()
        try data.save(offer("off-1", "Changé"), by: coordinator, at: now)
        try data.save(offer("off-9", "Créée"), by: coordinator, at: now)
        data.programme.minWeeks = 14
        #expect(throws: ModelError.self) { try data.save(offer("off-2", "Refusée"), by: Actor.student("cmartin"), at: now) }
        data.revertToPriors()
        #expect(data == original)
        #expect(data.offers["off-9"] == nil)
    }

    @Test func withoutKeepingNothingIsRemembered() throws {
        var data = try withOffers()
        try data.save(offer("off-1", "Changé"), by: coordinator, at: now)
        #expect(data.takePriors().offers.isEmpty)
        let unchanged = data
        data.revertToPriors()
        #expect(data == unchanged)
    }
}
