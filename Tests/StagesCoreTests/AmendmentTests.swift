import Foundation
import Testing
@testable import StagesCore

/// Changes to a placement once validated are amendments, kept field by field in its history.
@Suite struct AmendmentTests {
    let later = now.addingTimeInterval(86_400)
    let carpentier = Actor.coordinator("hcarpentier", name: "Hélène Carpentier")

    @Test func aValidatedPlacementsChangesAreRecordedFieldByField() throws {
        var data = dataset([placement(status: .validated)])
        var edited = try #require(data.placements["plc-1"])
        edited.end = day(2026, 7, 15)
        edited.subject = "Numérisation"
        try data.save(edited, by: carpentier, at: later)
        let step = try #require(data.placements["plc-1"]?.history.last)
        #expect(step.isAmendment)
        #expect(step.by == "hcarpentier")
        #expect(step.name == "Hélène Carpentier")
        #expect(step.at == later)
        #expect(step.from == "validated" && step.to == "validated")
        #expect(step.changes == [
            FieldChange(field: "subject", before: "Récolement des fonds", after: "Numérisation"),
            FieldChange(field: "end", before: "2026-06-30", after: "2026-07-15"),
        ])
        #expect(data.placements["plc-1"]?.status == .validated)
    }

    @Test func everyStatusPastValidationRecordsAmendments() throws {
        for status in [PlacementStatus.signed, .ongoing, .completed, .broken] {
            var data = dataset([placement(status: status)])
            var edited = try #require(data.placements["plc-1"])
            edited.tutor.phone = "04 72 00 00 00"
            try data.save(edited, by: coordinator, at: later)
            #expect(data.placements["plc-1"]?.history.last?.changes == [
                FieldChange(field: "tutor.phone", before: "", after: "04 72 00 00 00")], "\(status)")
        }
    }

    @Test func aDraftsOrASubmittedRequestsEditsAreNotAmendments() throws {
        for status in [PlacementStatus.draft, .submitted, .returned] {
            var data = dataset([placement(status: status)])
            var edited = try #require(data.placements["plc-1"])
            edited.subject = "Autre sujet"
            try data.save(edited, by: coordinator, at: later)
            #expect(data.placements["plc-1"]?.history.isEmpty == true, "\(status)")
        }
    }

    @Test func savingWithoutAChangeRecordsNothing() throws {
        var data = dataset([placement(status: .signed)])
        try data.save(try #require(data.placements["plc-1"]), by: coordinator, at: later)
        #expect(data.placements["plc-1"]?.history.isEmpty == true)
    }

    @Test func theOrganisationAndOfferAreNamedAndTheStipendSplitInAmountAndUnit() throws {
        var data = dataset([placement(status: .validated)], organizations: [organization(), organization("org-2")])
        var edited = try #require(data.placements["plc-1"])
        edited.stipend = Stipend(amount: 600, unit: .perMonth)
        edited.confidential = true
        try data.save(edited, by: coordinator, at: later)
        #expect(data.placements["plc-1"]?.history.last?.changes == [
            FieldChange(field: "stipend", before: "4.5", after: "600"),
            FieldChange(field: "stipendUnit", before: "perHour", after: "perMonth"),
            FieldChange(field: "confidential", before: "false", after: "true"),
        ])
    }

    @Test func theRulesJudgeTheAmendedPlacement() throws {
        var data = dataset([placement(status: .signed)])
        #expect(RuleBook(data).findings(for: try #require(data.placements["plc-1"])).errors.isEmpty)
        var edited = try #require(data.placements["plc-1"])
        edited.start = day(2026, 4, 7)
        try data.save(edited, by: coordinator, at: later)
        let amended = try #require(data.placements["plc-1"])
        #expect(RuleBook(data).findings(for: amended).errors.map(\.rule) == [.earliestStart])
    }

    @Test func aStepWrittenBeforeAmendmentsStillReadsAndAnAmendmentKeepsItsFields() throws {
        let old = #"{"by":"coord","at":0,"from":"submitted","to":"validated"}"#
        let step = try JSONDecoder().decode(Transition.self, from: Data(old.utf8))
        #expect(step.changes == nil && step.reversal == nil && !step.isAmendment && !step.isReversal)
        let amendment = Transition(by: "coord", at: now, from: "signed", to: "signed",
                                   changes: [FieldChange(field: "end", before: "2026-06-30", after: "2026-07-15")])
        let back = try JSONDecoder().decode(Transition.self, from: JSONEncoder().encode(amendment))
        #expect(back == amendment)
        let plain = String(decoding: try JSONEncoder().encode(step), as: UTF8.self)
        #expect(!plain.contains("changes") && !plain.contains("reversal"))
    }
}
