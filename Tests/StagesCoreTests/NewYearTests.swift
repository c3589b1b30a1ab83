import Foundation
import Testing
@testable import StagesCore

/// A new academic year: what carries over, and what an archive refuses.
@Suite struct NewYearTests {
    let coordinator = Actor.coordinator(DemoData.coordinator.login)
    let now = Date(timeIntervalSince1970: 1_814_000_000)

    @Test func organisationsRecurringOffersSettingsAndCoordinatorsCarryOver() throws {
        var old = DemoData.make(academicYear: 2026)
        old.programme.convention.department = "Département Information-Communication"
        let next = try old.newYear(2027, by: coordinator, at: now)
        #expect(next.programme.academicYear == 2027)
        #expect(next.programme.earliestStart == CivilDate(year: 2028, month: 4, day: 8))
        #expect(next.programme.coordinators == old.programme.coordinators)
        #expect(next.programme.convention.department == "Département Information-Communication")
        #expect(next.organizations == old.organizations)
        #expect(next.students.isEmpty && next.placements.isEmpty && next.alternances.isEmpty)
        let recurring = old.offers.values.filter { $0.recurring == true }
        #expect(!recurring.isEmpty && next.offers.count == recurring.count)
        for offer in recurring {
            let again = try #require(next.offers[offer.id])
            #expect(again.status == .open && again.filledBy == nil)
            #expect(again.applyBy == offer.applyBy.map { CivilDate(year: $0.year + 1, month: $0.month, day: $0.day)! })
            if case .on(let day) = offer.start { #expect(again.start == .on(CivilDate(year: day.year + 1, month: day.month, day: day.day)!)) }
            #expect(again.history.count == 1 && again.history[0].comment == "2026-2027 → 2027-2028")
            #expect(again.receivedOn == CivilDate.today(now))  // received again the day the year starts, not a year on
        }
    }

    /// The demo's year is under way: requests drafted, submitted or returned, contracts sought.
    @Test func whatTheYearLeavesUndoneIsNamed() throws {
        let old = DemoData.make(academicYear: 2026)
        let (placements, alternances) = old.unfinished
        #expect(!placements.isEmpty && placements.allSatisfy { [.draft, .submitted, .returned].contains(old.placements[$0]!.status) })
        #expect(Set(placements) == Set(old.placements.values.filter { [.draft, .submitted, .returned].contains($0.status) }.map(\.id)))
        #expect(alternances == old.alternances.values.filter { $0.status == .searching }.map(\.id).sorted())
    }

    @Test func onlyACoordinatorStartsALaterYearAndNeverFromAnArchive() throws {
        let old = DemoData.make(academicYear: 2026)
        #expect(throws: ModelError.self) { try old.newYear(2027, by: .student("lmoreau"), at: now) }
        #expect(throws: ModelError.self) { try old.newYear(2026, by: coordinator, at: now) }
        #expect(throws: ModelError.self) { try old.newYear(2030, by: coordinator, at: now) }  // the next year only
        let archive = old.archived(on: CivilDate(year: 2027, month: 9, day: 1)!)
        #expect(archive.programme.archivedOn == CivilDate(year: 2027, month: 9, day: 1))
        #expect(throws: ModelError.self) { try archive.newYear(2027, by: coordinator, at: now) }
    }
}
