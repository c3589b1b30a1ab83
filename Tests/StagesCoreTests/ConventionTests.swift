import Foundation
import Testing
@testable import StagesCore

/// The convention de stage from the records: its mentions in D124-4's order with the
/// placement's own figures, refused while wrong, signed party by party, amended after signature.
@Suite struct ConventionTests {
    let coordinator = Actor.coordinator("hcarpentier")
    let demo = DemoData.make(academicYear: 2026)
    let signingDay = Date(timeIntervalSince1970: 1_804_900_000)  // 2027-03-13, after the demo's issue dates

    @Test func theFifteenMentionsInOrderWithThePlacementsFigures() throws {
        let text = try ConventionText.convention("plc-001", in: demo, language: .fr)
        #expect(text.articles.map(\.heading) == [
            "Article 1 — Formation", "Article 2 — Enseignant·e référent·e et tuteur",
            "Article 3 — Compétences à acquérir ou à développer", "Article 4 — Activités confiées",
            "Article 5 — Dates et durée", "Article 6 — Temps de présence", "Article 7 — Encadrement et suivi",
            "Article 8 — Gratification", "Article 9 — Protection sociale et responsabilité civile",
            "Article 10 — Avantages", "Article 11 — Attestation de stage", "Article 12 — Suspension et résiliation",
            "Article 13 — Validation en cas d'interruption", "Article 14 — Règlement intérieur", "Article 15 — Congés et absences",
        ])
        let all = text.articles.flatMap(\.paragraphs).joined(separator: "\n")
        let p = try #require(demo.placements["plc-001"])
        let duration = StageDuration(p)
        #expect(all.contains("500 heures d'enseignement"))
        #expect(all.contains("Françoise Lacroix"))
        #expect(all.contains(p.tutor.name))
        #expect(all.contains(p.skills))
        #expect(all.contains(p.activities))
        #expect(all.contains("Du 12/04/2027 au 18/07/2027."))
        #expect(all.contains("67 jours, 469\u{00A0}h, soit 3 mois 1 jour 0 heure"))
        #expect(duration.hours == 469)
        #expect(all.contains("35\u{00A0}h par semaine sur 5 jours"))
        #expect(all.contains("Gratification de 4,50\u{00A0}€ de l'heure de présence"))
        #expect(all.contains("Minimum légal pour ces dates (articles L124-6 et D124-8) : 4,50\u{00A0}€ de l'heure en 2027"))
        #expect(all.contains("Tickets restaurant"))
        #expect(all.contains("L124-13"))
        #expect(text.parties.map(\.heading) == ["L'établissement d'enseignement", "L'organisme d'accueil", "L'étudiant·e"])
        #expect(text.parties[1].lines.contains(ConventionText.Line(label: "SIRET", value: demo.organizations["org-ad69"]!.siret)))
        #expect(text.signers.map(\.role) == ["L'étudiant·e", "Pour l'organisme d'accueil", "Pour l'établissement",
                                            "Le tuteur ou la tutrice", "L'enseignant·e référent·e"])
        #expect(text.signers.map { $0.signed != nil } == [true, true, true, false, false])
        #expect(text.footer == "Convention 2026-plc-001 · version 1")
    }

    @Test func inEnglishForAForeignHost() throws {
        let text = try ConventionText.convention("plc-001", in: demo, language: .en)
        #expect(text.title == "Internship agreement")
        #expect(text.articles[4].paragraphs[0] == "From 2027-04-12 to 2027-07-18.")
        #expect(text.articles[4].paragraphs[1].contains("3 months 1 day 0 hours"))
        #expect(text.articles[7].paragraphs[0].contains("€4.50 per hour of presence"))
    }

    @Test func noStipendOwedUnderTheThreshold() throws {
        var data = demo
        var p = try #require(data.placements["plc-001"])
        p.end = p.start.adding(days: 12 * 7 - 1)
        p.weeklyHours = 20
        p.stipend = nil
        data.setStored(p, id: p.id)
        let text = try ConventionText.convention("plc-001", in: data, language: .fr)
        #expect(text.articles[7].paragraphs == [
            "Aucune gratification n'est convenue.",
            "Avec 232\u{00A0}h de présence dans l'organisme sur l'année, au plus 308 h, aucune gratification n'est obligatoire (article L124-6).",
        ])
    }

    @Test func refusedWhileTheRulesFindErrorsAndSaysWhich() throws {
        // plc-004: a malformed tutor email and a stipend under the minimum.
        #expect(throws: ConventionRefusal.self) { try ConventionText.convention("plc-004", in: demo, language: .fr, draft: true) }
        do {
            _ = try ConventionText.convention("plc-004", in: demo, language: .fr)
        } catch {
            let message = error.message(.fr)
            #expect(message.contains("[tutor.email] Adresse électronique mal formée"))
            #expect(message.contains("[stipend]"))
        }
    }

    @Test func refusedBeforeValidationUnlessADraft() throws {
        #expect(throws: ConventionRefusal.notValidated(.submitted)) {
            try ConventionText.convention("plc-003", in: demo, language: .fr)
        }
        let draft = try ConventionText.convention("plc-003", in: demo, language: .fr, draft: true)
        #expect(draft.isDraft)
        #expect(draft.footer.hasPrefix("PROJET — "))
    }

    @Test func refusedWhileSettingsOrSignatoriesAreMissingAndNamesThem() throws {
        var data = demo
        data.programme.convention.representative = ""
        data.programme.convention.teachingHours = nil
        var p = try #require(data.placements["plc-001"])
        p.referent = nil
        data.setStored(p, id: p.id)
        var org = try #require(data.organizations["org-ad69"])
        org.representative = nil
        data.setStored(org, id: org.id)
        do {
            _ = try ConventionText.convention("plc-001", in: data, language: .fr)
            Issue.record("printed without its signatories")
        } catch {
            let message = error.message(.fr)
            for part in ["« representative »", "« teaching-hours »", "l'enseignant·e référent·e", "le représentant de l'organisme d'accueil"] {
                #expect(message.contains(part), "\(part) in \(message)")
            }
        }
        // A draft prints with the blanks shown.
        let draft = try ConventionText.convention("plc-001", in: data, language: .fr, draft: true)
        #expect(draft.signers.last?.name == "[à compléter]")
    }

    @Test func theFifthSignatureMakesItSigned() throws {
        var data = demo
        #expect(throws: ModelError.signaturesMissing([.tutor, .referent])) {
            try data.transitionPlacement("plc-001", to: .signed, by: coordinator, at: signingDay)
        }
        try data.sign("plc-001", .tutor, on: CivilDate(iso: "2027-03-10"), by: coordinator, at: signingDay)
        #expect(data.placements["plc-001"]?.status == .validated)
        try data.sign("plc-001", .referent, on: CivilDate(iso: "2027-03-11"), by: coordinator, at: signingDay)
        let p = try #require(data.placements["plc-001"])
        #expect(p.status == .signed)
        #expect(p.history.last?.to == "signed")
        #expect(p.convention?.signatures.isComplete == true)
    }

    @Test func signaturesAreTheCoordinatorsAndNeverInTheFuture() throws {
        var data = demo
        #expect(throws: ModelError.signedInTheFuture(CivilDate(iso: "2027-03-14")!)) {
            try data.sign("plc-001", .tutor, on: CivilDate(iso: "2027-03-14"), by: coordinator, at: signingDay)
        }
        #expect(throws: ModelError.self) {
            try data.sign("plc-001", .tutor, on: CivilDate(iso: "2027-03-10"), by: .student("lmoreau"), at: signingDay)
        }
        #expect(throws: ModelError.conventionNotIssuable(.submitted)) {
            try data.sign("plc-003", .tutor, on: CivilDate(iso: "2027-03-10"), by: coordinator, at: signingDay)
        }
    }

    @Test func aChangeOfDatesAfterSignatureIsAnAmendmentWithItsOwnSignatures() throws {
        var data = demo
        var p = try #require(data.placements["plc-002"])  // signed by all five
        let oldEnd = p.end
        p.end = oldEnd.adding(days: -7)
        p.subject = "Autre sujet"  // not a clause an avenant lists
        try data.save(p, by: coordinator, at: signingDay)
        var amended = try #require(data.placements["plc-002"]?.convention)
        #expect(amended.amendments.count == 1)
        let first = try #require(amended.amendments.first)
        #expect(first.number == 1)
        #expect(first.changes == [FieldChange(field: "end", before: oldEnd.iso, after: p.end.iso)])
        #expect(first.signatures.missing == Signatory.allCases)

        let text = try ConventionText.amendment(1, of: "plc-002", in: data, language: .fr)
        #expect(text.title == "Avenant n° 1 à la convention de stage")
        #expect(text.articles[1].paragraphs == ["Date de fin : avant « \(oldEnd.french) », après « \(p.end.french) »."])
        #expect(try ConventionText.convention("plc-002", in: data, language: .fr).version == 2)

        // The tutor changes: a second avenant; the first is signed on its own.
        p = try #require(data.placements["plc-002"])
        p.tutor.name = "Nouveau Tuteur"
        try data.save(p, by: coordinator, at: signingDay)
        for party in Signatory.allCases {
            try data.sign("plc-002", party, on: CivilDate(iso: "2027-03-12"), amendment: 1, by: coordinator, at: signingDay)
        }
        amended = try #require(data.placements["plc-002"]?.convention)
        #expect(amended.amendments.map(\.number) == [1, 2])
        #expect(amended.amendments[0].signatures.isComplete)
        #expect(amended.amendments[1].changes.map(\.field) == ["tutor.name"])
        #expect(data.conventionsAwaitingSignatures().contains { $0.placementID == "plc-002" && $0.amendment == 2 })
        #expect(throws: ConventionRefusal.noSuchAmendment(3)) { try ConventionText.amendment(3, of: "plc-002", in: data, language: .fr) }
    }

    @Test func theFormCannotTypeSignatures() throws {
        var data = demo
        var p = try #require(data.placements["plc-001"])
        p.convention = Convention(issued: CivilDate(iso: "2027-01-01"), signatures: Signatures())
        try data.save(p, by: coordinator, at: signingDay)
        #expect(data.placements["plc-001"]?.convention == demo.placements["plc-001"]?.convention)
    }

    @Test func awaitedSignaturesOldestFirstWithWhatIsMissing() throws {
        let awaited = demo.conventionsAwaitingSignatures()
        #expect(awaited.map(\.placementID) == ["plc-001", "plc-013"])
        #expect(awaited[0].missing == [.tutor, .referent])
        #expect(awaited[1].missing == [.host, .university, .tutor, .referent])
        #expect(awaited[0].days(to: awaited[0].since.adding(days: 12)) == 12)
    }
}
