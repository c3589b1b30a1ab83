import Foundation
import Testing
@testable import StagesCore

/// Taking back a status change: every record it touched comes back, and the history says so.
@Suite struct UndoTests {
    let me = Actor.student("cmartin")
    let later = now.addingTimeInterval(60)

    func offer() -> Offer {
        Offer(id: "off-1", title: "Récolement", organizationID: "org-1", domain: .archives, description: "d",
              contact: Contact(name: "X"), created: Stamp(by: "coord", at: now))
    }

    /// A submitted request answering the offer off-1.
    func submitted() throws -> Dataset {
        var data = dataset()
        try data.save(offer(), by: coordinator, at: now)
        var p = placement()
        p.offerID = "off-1"
        try data.save(p, by: me, at: now)
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        return data
    }

    /// Applies `body` and keeps what it touched, as the screens do.
    func change(_ data: inout Dataset, _ body: (inout Dataset) throws -> Void) throws -> StatusChange {
        let before = data, logged = data.changeLog.count
        try body(&data)
        return try #require(StatusChange(from: before, to: data, touched: data.changeLog[logged...]))
    }

    @Test func undoingAValidationGivesBackTheRequestAndReopensItsOffer() throws {
        var data = try submitted()
        let validation = try change(&data) { try $0.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now) }
        #expect(data.offers["off-1"]?.status == .filled)
        try data.undo(validation, by: coordinator, at: later)
        let p = try #require(data.placements["plc-1"])
        #expect(p.status == .submitted)
        #expect(p.history.map(\.to) == ["draft", "submitted", "validated", "submitted"])
        let reversal = try #require(p.history.last)
        #expect(reversal.isReversal && reversal.from == "validated" && reversal.by == "coord" && reversal.at == later)
        let offer = try #require(data.offers["off-1"])
        #expect(offer.status == .open && offer.filledBy == nil)
        #expect(offer.history.map(\.to) == ["filled", "open"])
        #expect(offer.history.last?.isReversal == true)
        #expect(offer.updated.at == later)
        #expect(validation.undoneMessage.fr == "Validation de la demande de Camille Martin annulée")
        #expect(validation.undoneMessage.en == "Validation of Camille Martin's request undone")
    }

    @Test func undoIsRefusedWhenARecordChangedMeanwhile() throws {
        var data = try submitted()
        let validation = try change(&data) { try $0.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now) }
        var offer = try #require(data.offers["off-1"])
        offer.title = "Récolement des fonds anciens"
        try data.save(offer, by: coordinator, at: now)
        let untouched = data
        #expect(throws: ModelError.changedSince(LocalizedText(fr: "l'offre « Récolement des fonds anciens »",
                                                              en: "the offer “Récolement des fonds anciens”"))) {
            try data.undo(validation, by: coordinator, at: later)
        }
        #expect(data == untouched)
        let message = ModelError.changedSince(LocalizedText(fr: "le stage de Camille Martin", en: "Camille Martin's placement")).message
        #expect(message.fr.hasPrefix("Rien n'est annulé : le stage de Camille Martin a changé depuis"))
    }

    @Test func onlyTheCoordinatorUndoes() throws {
        var data = try submitted()
        let validation = try change(&data) { try $0.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now) }
        #expect(throws: Refusal.coordinatorOnly) { try data.undo(validation, by: me, at: later) }
        #expect(data.placements["plc-1"]?.status == .validated)
    }

    @Test func undoingATrackChangeBringsBackTheCancelledRequest() throws {
        var data = try submitted()
        var moved = try #require(data.students["cmartin"])
        moved.track = .alternance
        let trackChange = try change(&data) { try $0.save(moved, by: coordinator, at: now) }
        #expect(data.placements["plc-1"]?.status == .cancelled)
        try data.undo(trackChange, by: coordinator, at: later)
        #expect(data.students["cmartin"]?.track == .stage)
        #expect(data.placements["plc-1"]?.status == .submitted)
        #expect(data.placements["plc-1"]?.history.map(\.to) == ["draft", "submitted", "cancelled", "submitted"])
        #expect(trackChange.undoneMessage.fr == "Changement de parcours de Camille Martin annulé")
    }

    @Test func undoingASignedContractPutsTheStudentBackAndTheContractSearching() throws {
        var data = dataset()
        try data.save(Alternance(id: "alt-1", studentLogin: "cmartin", kind: .apprenticeship, employerID: "org-1",
                                 start: day(2025, 9, 1), end: day(2026, 8, 31)), by: coordinator, at: now)
        let signing = try change(&data) { _ = try $0.transitionAlternance("alt-1", to: .signed, by: coordinator, at: now) }
        #expect(data.students["cmartin"]?.track == .alternance)
        try data.undo(signing, by: coordinator, at: later)
        #expect(data.students["cmartin"]?.track == .stage)
        #expect(data.alternances["alt-1"]?.status == .searching)
        #expect(data.alternances["alt-1"]?.history.last?.isReversal == true)
        #expect(signing.undoneMessage.fr == "Passage du contrat de Camille Martin à « Signé » annulé")
    }

    @Test func undoingASignedContractBringsBackTheRequestItCancelled() throws {
        var data = try submitted()
        try data.save(Alternance(id: "alt-1", studentLogin: "cmartin", kind: .apprenticeship, employerID: "org-1",
                                 start: day(2025, 9, 1), end: day(2026, 8, 31)), by: coordinator, at: now)
        let signing = try change(&data) { _ = try $0.transitionAlternance("alt-1", to: .signed, by: coordinator, at: now) }
        #expect(data.placements["plc-1"]?.status == .cancelled)
        try data.undo(signing, by: coordinator, at: later)
        #expect(data.alternances["alt-1"]?.status == .searching)
        #expect(data.students["cmartin"]?.track == .stage)
        #expect(data.placements["plc-1"]?.status == .submitted)
        #expect(data.placements["plc-1"]?.history.last?.isReversal == true)
        #expect(data.offers["off-1"]?.status == .open)
    }

    @Test func undoingAnOfferWithdrawalOpensItAgain() throws {
        var data = dataset()
        try data.save(offer(), by: coordinator, at: now)
        let withdrawal = try change(&data) { try $0.transitionOffer("off-1", to: .withdrawn, by: coordinator, at: now) }
        try data.undo(withdrawal, by: coordinator, at: later)
        #expect(data.offers["off-1"]?.status == .open)
        #expect(data.offers["off-1"]?.history.map(\.to) == ["withdrawn", "open"])
        #expect(withdrawal.undoneMessage.fr == "Passage de l'offre « Récolement » à « Retirée » annulé")
    }

    @Test func aChangeThatTouchedNothingOrMadeARecordIsNotKept() throws {
        var data = dataset()
        #expect(StatusChange(from: data, to: data, touched: []) == nil)
        let before = data, logged = data.changeLog.count
        try data.save(Alternance(id: "alt-1", studentLogin: "cmartin", kind: .apprenticeship, status: .signed, employerID: "org-1",
                                 start: day(2025, 9, 1), end: day(2026, 8, 31)), by: coordinator, at: now)
        #expect(StatusChange(from: before, to: data, touched: data.changeLog[logged...]) == nil)
    }
}
