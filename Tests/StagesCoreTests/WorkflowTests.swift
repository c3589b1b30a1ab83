import Foundation
import Testing
@testable import StagesCore

@Suite struct WorkflowTests {
    let me = Actor.student("cmartin")

    func draftData() throws -> Dataset {
        var data = dataset()
        try data.save(placement(), by: me, at: now)
        return data
    }

    @Test func studentSubmitsCoordinatorReturnsWithAComment() throws {
        var data = try draftData()
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        #expect(throws: ModelError.commentRequired) {
            try data.transitionPlacement("plc-1", to: .returned, by: coordinator, at: now, comment: " ")
        }
        try data.transitionPlacement("plc-1", to: .returned, by: coordinator, at: now, comment: "Préciser les missions.")
        let p = try #require(data.placements["plc-1"])
        #expect(p.status == .returned)
        #expect(p.history.map(\.to) == ["draft", "submitted", "returned"])
        #expect(p.history.lastComment?.comment == "Préciser les missions.")
        #expect(p.history.last?.by == "coord")
        #expect(p.history.last?.from == "submitted")
    }

    @Test func submittedRequestIsFrozenForTheStudent() throws {
        var data = try draftData()
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        var edited = try #require(data.placements["plc-1"])
        edited.subject = "Autre chose"
        #expect(throws: ModelError.self) { try data.save(edited, by: me, at: now) }
        #expect(throws: ModelError.self) { try data.transitionPlacement("plc-1", to: .validated, by: me, at: now) }
        try data.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now)
        #expect(data.placements["plc-1"]?.status == .validated)
    }

    @Test func impossibleTransitionIsAnError() throws {
        var data = try draftData()
        #expect(throws: ModelError.transitionNotAllowed(from: PlacementStatus.draft.label, to: PlacementStatus.signed.label)) {
            try data.transitionPlacement("plc-1", to: .signed, by: coordinator, at: now)
        }
        #expect(data.placements["plc-1"]?.status == .draft)
        // Said with the statuses' labels, never their stored names.
        let message = ModelError.transitionNotAllowed(from: OfferStatus.filled.label, to: OfferStatus.withdrawn.label).message
        #expect(message.fr == "Passage impossible de « Pourvue » à « Retirée ».")
        #expect(message.en == "Cannot move from “Filled” to “Withdrawn”.")
    }

    @Test func submitIsBlockedByErrors() throws {
        var data = dataset()
        try data.save(placement(start: day(2026, 4, 7)), by: me, at: now)
        let error = #expect(throws: ModelError.self) {
            try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        }
        guard case .blockedByErrors(let errors) = error else {
            Issue.record("expected blockedByErrors, got \(String(describing: error))")
            return
        }
        #expect(errors.map(\.rule) == [.earliestStart])
    }

    @Test func studentCannotTouchSomeoneElsesRecords() throws {
        var data = try draftData()
        let other = Actor.student("intrus")
        var p = try #require(data.placements["plc-1"])
        p.subject = "piraté"
        #expect(throws: ModelError.self) { try data.save(p, by: other, at: now) }
        #expect(throws: ModelError.self) { try data.transitionPlacement("plc-1", to: .submitted, by: other, at: now) }
        let offer = Offer(title: "Data", organizationID: "org-1", domain: .data, description: "d",
                          contact: Contact(name: "X"), created: Stamp(by: "coord", at: now))
        #expect(throws: ModelError.self) { try data.save(offer, by: me, at: now) }
        #expect(throws: ModelError.self) { try data.save(student("intrus"), by: me) }
        #expect(data.placements["plc-1"]?.subject == "Récolement des fonds")
    }

    @Test func onePlacementAtATime() throws {
        var data = try draftData()
        #expect(throws: ModelError.alreadyHasPlacement(login: "cmartin")) {
            try data.save(placement("plc-2"), by: me, at: now)
        }
        try data.transitionPlacement("plc-1", to: .cancelled, by: me, at: now)
        try data.save(placement("plc-2"), by: me, at: now)
    }

    @Test func breakingAContractPutsTheStudentBackOnStage() throws {
        var data = dataset(students: [student()])
        let contract = Alternance(id: "alt-1", studentLogin: "cmartin", kind: .apprenticeship, employerID: "org-1",
                                  start: day(2025, 9, 1), end: day(2026, 8, 31))
        try data.save(contract, by: me, at: now)
        try data.transitionAlternance("alt-1", to: .signed, by: me, at: now)
        #expect(data.students["cmartin"]?.track == .alternance)
        #expect(throws: ModelError.self) { try data.save(placement(), by: me, at: now) }
        #expect(throws: ModelError.self) { try data.transitionAlternance("alt-1", to: .ongoing, by: me, at: now) }
        #expect(throws: ModelError.ruptureRequired) {
            try data.transitionAlternance("alt-1", to: .broken, by: coordinator, at: now)
        }
        let notice = try data.transitionAlternance("alt-1", to: .broken, by: coordinator, at: now,
                                                   rupture: Rupture(date: day(2025, 12, 1), reason: "Fin de période d'essai"))
        #expect(notice?.fr.contains("repasse en parcours stage") == true)
        #expect(data.students["cmartin"]?.track == .stage)
        #expect(data.alternances["alt-1"]?.history.map(\.to) == ["searching", "signed", "broken"])
    }

    /// A placement signed, from `start` to `end`, to move along in time.
    func signedData(start: CivilDate, end: CivilDate) throws -> Dataset {
        var data = dataset([placement(start: start, end: end, status: .signed)])
        data.markUnchanged()
        return data
    }

    @Test func ongoingNotBeforeTheStartCompletedNotBeforeTheEnd() throws {
        let today = CivilDate.today(now)
        var data = try signedData(start: today.adding(days: 1), end: today.adding(days: 90))
        let early = #expect(throws: ModelError.notStartedYet(start: today.adding(days: 1), today: today)) {
            try data.transitionPlacement("plc-1", to: .ongoing, by: coordinator, at: now)
        }
        #expect(early?.message.fr.contains(today.adding(days: 1).french) == true)
        data = try signedData(start: today, end: today.adding(days: 90))
        try data.transitionPlacement("plc-1", to: .ongoing, by: coordinator, at: now)
        #expect(throws: ModelError.notEndedYet(end: today.adding(days: 90), today: today)) {
            try data.transitionPlacement("plc-1", to: .completed, by: coordinator, at: now)
        }
        #expect(data.placements["plc-1"]?.status == .ongoing)
        data = try signedData(start: today.adding(days: -90), end: today)
        try data.transitionPlacement("plc-1", to: .ongoing, by: coordinator, at: now)
        try data.transitionPlacement("plc-1", to: .completed, by: coordinator, at: now)
        #expect(data.placements["plc-1"]?.status == .completed)
    }

    @Test func completingEarlyNeedsAnEarlyEndInsideThePeriod() throws {
        let today = CivilDate.today(now)
        var data = try signedData(start: today.adding(days: -30), end: today.adding(days: 60))
        try data.transitionPlacement("plc-1", to: .ongoing, by: coordinator, at: now)
        #expect(throws: ModelError.notEndedYet(end: today.adding(days: 2), today: today)) {
            try data.transitionPlacement("plc-1", to: .completed, by: coordinator, at: now,
                                         rupture: Rupture(date: today.adding(days: 2), reason: "Fin anticipée d'un commun accord"))
        }
        #expect(throws: ModelError.ruptureOutsidePeriod(date: today.adding(days: -31), start: today.adding(days: -30),
                                                        end: today.adding(days: 60))) {
            try data.transitionPlacement("plc-1", to: .completed, by: coordinator, at: now,
                                         rupture: Rupture(date: today.adding(days: -31), reason: "Fin anticipée"))
        }
        try data.transitionPlacement("plc-1", to: .completed, by: coordinator, at: now,
                                     rupture: Rupture(date: today, reason: "Fin anticipée d'un commun accord"))
        #expect(data.placements["plc-1"]?.rupture?.date == today)
        #expect(data.placements["plc-1"]?.effectivePeriod.end == today)
    }

    @Test func aRuptureLiesInsideThePlacementOrContract() throws {
        var data = try signedData(start: day(2026, 4, 8), end: day(2026, 6, 30))
        let before = #expect(throws: ModelError.ruptureOutsidePeriod(date: day(2026, 4, 1), start: day(2026, 4, 8), end: day(2026, 6, 30))) {
            try data.transitionPlacement("plc-1", to: .broken, by: coordinator, at: now,
                                         rupture: Rupture(date: day(2026, 4, 1), reason: "Désistement"))
        }
        #expect(before?.message.fr.contains("01/04/2026") == true && before?.message.en.contains("2026-06-30") == true)
        #expect(throws: ModelError.self) {
            try data.transitionPlacement("plc-1", to: .broken, by: coordinator, at: now,
                                         rupture: Rupture(date: day(2026, 7, 1), reason: "Désistement"))
        }
        try data.transitionPlacement("plc-1", to: .broken, by: coordinator, at: now,
                                     rupture: Rupture(date: day(2026, 4, 8), reason: "Désistement le premier jour"))
        #expect(data.placements["plc-1"]?.status == .broken)

        var contracts = dataset(students: [student()])
        let today = CivilDate.today(now)
        try contracts.save(Alternance(id: "alt-1", studentLogin: "cmartin", kind: .apprenticeship, status: .signed,
                                      employerID: "org-1", start: today.adding(days: 10), end: today.adding(days: 375)),
                           by: coordinator, at: now)
        #expect(throws: ModelError.notStartedYet(start: today.adding(days: 10), today: today)) {
            try contracts.transitionAlternance("alt-1", to: .ongoing, by: coordinator, at: now)
        }
        #expect(throws: ModelError.ruptureOutsidePeriod(date: today, start: today.adding(days: 10), end: today.adding(days: 375))) {
            try contracts.transitionAlternance("alt-1", to: .broken, by: coordinator, at: now,
                                               rupture: Rupture(date: today, reason: "Avant l'embauche"))
        }
        #expect(contracts.alternances["alt-1"]?.status == .signed)
    }

    @Test func aContractEndingNextYearIsNotCompletedToday() throws {
        var data = dataset(students: [student()])
        let today = CivilDate.today(now)
        try data.save(Alternance(id: "alt-1", studentLogin: "cmartin", kind: .apprenticeship, status: .signed,
                                 employerID: "org-1", start: today.adding(days: -60), end: today.adding(days: 300)),
                      by: coordinator, at: now)
        try data.transitionAlternance("alt-1", to: .ongoing, by: coordinator, at: now)
        #expect(throws: ModelError.notEndedYet(end: today.adding(days: 300), today: today)) {
            try data.transitionAlternance("alt-1", to: .completed, by: coordinator, at: now)
        }
        try data.transitionAlternance("alt-1", to: .completed, by: coordinator, at: now,
                                      rupture: Rupture(date: today.adding(days: -1), reason: "Fin anticipée d'un commun accord"))
        #expect(data.alternances["alt-1"]?.rupture?.date == today.adding(days: -1))
    }

    func offer(_ id: String = "off-1", org: String = "org-1") -> Offer {
        Offer(id: id, title: "Récolement", organizationID: org, domain: .archives, description: "d",
              contact: Contact(name: "X"), created: Stamp(by: "coord", at: now))
    }

    @Test func theLinkedOfferIsFilledOnValidationAndOpensAgainOnCancel() throws {
        var data = dataset()
        try data.save(offer(), by: coordinator, at: now)
        var p = placement()
        p.offerID = "off-1"
        try data.save(p, by: me, at: now)
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        #expect(data.offers["off-1"]?.status == .open)
        try data.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now)
        #expect(data.offers["off-1"]?.status == .filled)
        #expect(data.offers["off-1"]?.filledBy == "cmartin")
        #expect(data.offers["off-1"]?.history.last?.by == "coord")
        try data.transitionPlacement("plc-1", to: .cancelled, by: coordinator, at: now)
        #expect(data.offers["off-1"]?.status == .open)
        #expect(data.offers["off-1"]?.filledBy == nil)
        #expect(data.offers["off-1"]?.history.map(\.to) == ["filled", "open"])
    }

    @Test func signingAPlacementValidatedBeforeTheRuleFillsItsOffer() throws {
        var p = placement(status: .validated)
        p.offerID = "off-1"
        var data = dataset([p])
        try data.save(offer(), by: coordinator, at: now)
        for party in Signatory.allCases { try data.sign("plc-1", party, on: CivilDate.today(now), by: coordinator, at: now) }
        #expect(data.placements["plc-1"]?.status == .signed)
        #expect(data.offers["off-1"]?.status == .filled)
        #expect(data.offers["off-1"]?.filledBy == "cmartin")
    }

    @Test func anOfferFilledByAnotherStudentBlocksTheValidation() throws {
        var data = dataset(students: [student(), student("lmoreau")])
        try data.save(offer(), by: coordinator, at: now)
        try data.transitionOffer("off-1", to: .filled, filledBy: "lmoreau", by: coordinator, at: now)
        var p = placement()
        p.offerID = "off-1"
        try data.save(p, by: me, at: now)
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        #expect(throws: ModelError.offerFilledByAnother(offer: "Récolement", login: "lmoreau")) {
            try data.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now)
        }
        try data.transitionPlacement("plc-1", to: .cancelled, by: coordinator, at: now)
        #expect(data.offers["off-1"]?.filledBy == "lmoreau")  // not theirs to open again
    }

    @Test func theLinkedOfferBelongsToThePlacementsOrganisation() throws {
        var data = dataset(organizations: [organization(), organization("org-2")])
        try data.save(offer("off-2", org: "org-2"), by: coordinator, at: now)
        var p = placement()
        p.offerID = "off-2"
        let error = #expect(throws: ModelError.offerOfAnotherOrganization(offer: "Récolement",
                                                                          organization: "Archives départementales du Rhône")) {
            try data.save(p, by: me, at: now)
        }
        #expect(error?.message.en.contains("Récolement") == true)
        #expect(data.placements["plc-1"] == nil)
        p.organizationID = "org-2"
        try data.save(p, by: me, at: now)
    }

    func contract(_ id: String = "alt-1", status: AlternanceStatus = .searching,
                  start: CivilDate = day(2025, 9, 1), end: CivilDate = day(2026, 8, 31)) -> Alternance {
        Alternance(id: id, studentLogin: "cmartin", kind: .apprenticeship, status: status, employerID: "org-1",
                   start: start, end: end)
    }

    @Test func aContractIsRefusedBesideAnAgreedPlacement() throws {
        var data = try draftData()
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        try data.transitionPlacement("plc-1", to: .validated, by: coordinator, at: now)
        let error = #expect(throws: ModelError.hasAgreedPlacement(student: "Camille Martin",
                                                                  organization: "Archives départementales du Rhône",
                                                                  status: .validated)) {
            try data.save(contract(), by: coordinator, at: now)
        }
        #expect(error?.message.fr.contains("« Validée » de Camille Martin chez Archives départementales du Rhône") == true)
        #expect(data.alternances.isEmpty)
        #expect(throws: ModelError.self) { try data.save(contract(status: .signed), by: me, at: now) }
    }

    @Test func aPlacementIsRefusedBesideASignedContract() throws {
        var data = dataset()
        try data.save(contract(status: .signed), by: coordinator, at: now)
        #expect(throws: ModelError.hasBindingContract(student: "Camille Martin", employer: "Archives départementales du Rhône",
                                                      status: .signed)) {
            try data.save(placement(), by: coordinator, at: now)
        }
    }

    @Test func twoOverlappingContractsAreRefused() throws {
        var data = dataset()
        try data.save(contract(status: .signed), by: coordinator, at: now)
        let error = #expect(throws: ModelError.contractsOverlap(student: "Camille Martin", employer: "Archives départementales du Rhône",
                                                                start: day(2025, 9, 1), end: day(2026, 8, 31))) {
            try data.save(contract("alt-2", start: day(2026, 6, 1), end: day(2027, 5, 31)), by: coordinator, at: now)
        }
        #expect(error?.message.fr.contains("du 01/09/2025 au 31/08/2026") == true)
        try data.transitionAlternance("alt-1", to: .broken, by: coordinator, at: now,
                                      rupture: Rupture(date: day(2025, 12, 1), reason: "Fin de période d'essai"))
        try data.save(contract("alt-2", start: day(2026, 1, 5), end: day(2027, 1, 4)), by: coordinator, at: now)
        #expect(data.alternances.count == 2)
    }

    @Test func aSearchingContractCanBeDeclaredSigned() throws {
        var data = dataset()
        try data.save(contract(), by: me, at: now)
        #expect(data.students["cmartin"]?.track == .stage)
        try data.save(contract(status: .signed), by: me, at: now)
        #expect(data.alternances["alt-1"]?.history.map(\.to) == ["searching", "signed"])
        #expect(data.students["cmartin"]?.track == .alternance)
    }

    @Test func declaringASignedContractCancelsTheRequestInTheSameStep() throws {
        var data = try draftData()
        try data.transitionPlacement("plc-1", to: .submitted, by: me, at: now)
        let notice = try data.save(contract(status: .signed), by: me, at: now)
        #expect(notice?.fr.contains("sa demande de stage (« Soumise ») est annulée") == true)
        let request = try #require(data.placements["plc-1"])
        #expect(request.status == .cancelled)
        #expect(request.history.last?.comment == "Contrat d'alternance signé chez Archives départementales du Rhône : demande de stage annulée.")
        #expect(request.history.last?.by == "cmartin")
        #expect(data.students["cmartin"]?.track == .alternance)
    }

    @Test func changingTrackSaysWhatBecomesOfTheOtherRecord() throws {
        var data = try draftData()
        var camille = try #require(data.students["cmartin"])
        camille.track = .alternance
        let notice = try data.save(camille, by: coordinator, at: now)
        #expect(notice?.en.contains("their internship request (“Draft”) is cancelled") == true)
        #expect(data.placements["plc-1"]?.status == .cancelled)
        #expect(data.placements["plc-1"]?.history.last?.comment == "Passage en parcours alternance : demande de stage annulée.")

        try data.save(contract(status: .signed), by: coordinator, at: now)
        camille.track = .stage
        #expect(throws: ModelError.hasBindingContract(student: "Camille Martin", employer: "Archives départementales du Rhône",
                                                      status: .signed)) {
            try data.save(camille, by: coordinator, at: now)
        }
        #expect(data.students["cmartin"]?.track == .alternance)

        var agreed = dataset([placement(status: .signed)])
        camille.track = .alternance
        #expect(throws: ModelError.hasAgreedPlacement(student: "Camille Martin", organization: "Archives départementales du Rhône",
                                                      status: .signed)) {
            try agreed.save(camille, by: coordinator, at: now)
        }
        #expect(agreed.students["cmartin"]?.track == .stage)
    }

    @Test func aCompletedPlacementIsNoLongerActive() throws {
        var data = dataset([placement(status: .completed)])
        try data.save(placement("plc-2", start: day(2026, 7, 6), end: day(2026, 8, 28)), by: coordinator, at: now)
        #expect(data.currentPlacement(of: "cmartin")?.id == "plc-2")
    }

    @Test func aPlacementTakenWholeRespectsTheWorkflow() throws {
        let data = dataset([placement(status: .validated)], organizations: [organization(), organization("org-2")])
        #expect(throws: ModelError.alreadyHasPlacement(login: "cmartin")) { try data.admit(placement("plc-2", status: .submitted)) }
        try data.admit(placement("plc-2", status: .cancelled))
        try data.admit(placement(status: .validated))  // itself, again
        var broken = placement("plc-2", status: .broken)
        broken.rupture = Rupture(date: day(2026, 3, 1), reason: "Désistement")
        #expect(throws: ModelError.ruptureOutsidePeriod(date: day(2026, 3, 1), start: day(2026, 4, 8), end: day(2026, 6, 30))) {
            try data.admit(broken)
        }
        var withOffer = dataset(organizations: [organization(), organization("org-2")])
        try withOffer.save(offer("off-2", org: "org-2"), by: coordinator, at: now)
        var p = placement(status: .cancelled)
        p.offerID = "off-2"
        #expect(throws: ModelError.self) { try withOffer.admit(p) }
    }

    @Test func offerWorkflow() throws {
        var data = dataset()
        let offer = Offer(id: "off-1", title: "Data", organizationID: "org-1", domain: .data, description: "d",
                          contact: Contact(name: "X"), created: Stamp(by: "x", at: now))
        try data.save(offer, by: coordinator, at: now)
        try data.transitionOffer("off-1", to: .filled, filledBy: "cmartin", by: coordinator, at: now)
        #expect(data.offers["off-1"]?.filledBy == "cmartin")
        #expect(throws: ModelError.self) { try data.transitionOffer("off-1", to: .withdrawn, by: coordinator, at: now) }
        try data.transitionOffer("off-1", to: .open, by: coordinator, at: now)
        #expect(data.offers["off-1"]?.filledBy == nil)
        #expect(data.offers["off-1"]?.effectiveStatus(today: day(2026, 1, 1)) == .open)
    }
}

@Suite struct ProgrammeAndDemoTests {
    @Test func theAcademicYearRunsSeptemberToAugust() {
        let programme = Programme.current(on: day(2026, 11, 29))
        #expect(programme.academicYearLabel == "2026-2027")
        #expect(programme.earliestStart == day(2027, 4, 8))
        #expect(Programme.academicYear(of: day(2027, 8, 31)) == 2026)
        #expect(Programme.academicYear(of: day(2027, 9, 1)) == 2027)
        #expect(programme.minimumHourlyStipend(in: 2025).amount == Decimal(string: "4.35"))
        #expect(programme.minimumHourlyStipend(in: 2026) == (Decimal(string: "4.5")!, nil))
        #expect(programme.minimumHourlyStipend(in: 2027) == (Decimal(string: "4.5")!, 2026))
    }

    @Test func demoDataShowsEverySituation() {
        let demo = DemoData.make(academicYear: 2026)
        #expect(demo.offers.count >= 40)
        #expect(Set(demo.offers.values.map(\.domain)).isSuperset(of: [.documentation, .archives, .data]))
        #expect(demo.students.count == 30)
        #expect(demo.alternances.count == 6)
        #expect(demo.alternances.values.filter { $0.status == .broken }.count == 1)
        #expect(Set(demo.placements.values.map(\.status)) == Set(PlacementStatus.allCases))
        let findings = RuleBook(demo).allFindings().flatMap(\.findings)
        #expect(findings.contains { $0.severity == .error })
        #expect(findings.contains { $0.severity == .warning })
        #expect(demo.offers.values.contains { $0.description.count > 800 })
        let text = demo.organizations.values.map(\.name).joined()
        #expect(text.contains("œ") && text.contains("ç"))
        let linked = demo.placements.values.compactMap { p in p.offerID.map { (p, demo.offers[$0]) } }
        #expect(linked.count == 6)
        #expect(linked.allSatisfy { $0.1?.organizationID == $0.0.organizationID })
        #expect(DemoData.make(academicYear: 2026) == demo)  // deterministic, ids included
    }
}

/// What an offer's reader sees: past its apply-by date, an open offer is expired.
@Suite struct EffectiveOfferStatusTests {
    @Test func anOpenOfferExpiresTheDayAfterItsApplyByDate() {
        let applyBy = day(2027, 3, 15)
        #expect(OfferStatus.open.effective(applyBy: applyBy, today: day(2027, 3, 14)) == .open)
        #expect(OfferStatus.open.effective(applyBy: applyBy, today: applyBy) == .open)
        #expect(OfferStatus.open.effective(applyBy: applyBy, today: day(2027, 3, 16)) == .expired)
        #expect(OfferStatus.open.effective(applyBy: nil, today: day(2030, 1, 1)) == .open)
    }

    @Test func otherStatusesStayAsRecorded() {
        for status in [OfferStatus.filled, .expired, .withdrawn] {
            #expect(status.effective(applyBy: day(2027, 3, 15), today: day(2027, 6, 1)) == status)
            #expect(status.effective(applyBy: nil, today: day(2027, 6, 1)) == status)
        }
    }

    @Test func anOfferSaysTheSame() {
        let offer = Offer(title: "Archiviste", organizationID: "org-1", domain: .archives, description: "Tri",
                          contact: Contact(name: "X"), applyBy: day(2027, 3, 15), created: Stamp(by: "coord", at: now))
        #expect(offer.effectiveStatus(today: day(2027, 3, 16)) == .expired)
        #expect(offer.effectiveStatus(today: day(2027, 3, 15)) == .open)
    }
}
