import Foundation
import Testing
import TestSupport

/// `stages convention` and `stages settings`, as the coordinator runs them on the server.
@Suite struct ConventionCommandTests {
    /// A demo store (the runner is one of its coordinators) in a private folder, and that folder.
    func demoStore() throws -> (store: String, folder: URL) {
        let folder = try privateFolder("stages-convention")
        let store = folder.appendingPathComponent("store.json").path
        #expect(try Stages.run(["demo", "--store", store]).status == 0)
        return (store, folder)
    }

    @Test func printsTheConventionAndDatesItsIssue() throws {
        let (store, folder) = try demoStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("c.pdf").path
        let run = try Stages.run(["convention", "plc-010", "--store", store, "--output", output])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("c.pdf : convention de stage 2026-plc-010, version 1."))
        let text = try Poppler.text(output)
        #expect(text.contains("Yanis Mercier") || text.contains("Mercier"))
        #expect(text.contains("Article 15 — Congés et absences"))
        // Issued now: the placement's detail and the dashboard know it.
        let data = try String(contentsOfFile: store, encoding: .utf8)
            + ((try? String(contentsOfFile: store + ".journal", encoding: .utf8)) ?? "")
        #expect(data.contains("\"issued\""))
    }

    @Test func refusedWithTheErrorsNamedAndNothingWritten() throws {
        let (store, folder) = try demoStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("refused.pdf").path
        let run = try Stages.run(["convention", "plc-004", "--store", store, "--output", output])
        #expect(run.status == 1)
        #expect(run.errors.contains("[tutor.email] Adresse électronique mal formée"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let submitted = try Stages.run(["convention", "plc-003", "--store", store, "--output", output])
        #expect(submitted.status == 1)
        #expect(submitted.errors.contains("--draft"))
        let draft = try Stages.run(["convention", "plc-003", "--draft", "--store", store, "--output", output])
        #expect(draft.status == 0)
        #expect(try Poppler.text(output).contains("PROJET — Convention 2026-plc-003"))
        let unknown = try Stages.run(["convention", "plc-999", "--store", store, "--output", output, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("No placement “plc-999”."))
    }

    /// A link planted where the PDF goes is replaced by the file, never followed.
    @Test func aLinkAtTheOutputIsNotFollowed() throws {
        let (store, folder) = try demoStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt").path
        try "précieux".write(toFile: victim, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("c.pdf").path
        try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: victim)
        #expect(try Stages.run(["convention", "plc-001", "--store", store, "--output", output]).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "précieux")
        let kind = try FileManager.default.attributesOfItem(atPath: output)[.type] as? FileAttributeType
        #expect(kind == .typeRegular)
    }

    @Test func anAmendmentThatDoesNotExistIsNamed() throws {
        let (store, folder) = try demoStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Stages.run(["convention", "plc-002", "--amendment", "1", "--store", store,
                                  "--output", folder.appendingPathComponent("a.pdf").path])
        #expect(run.status == 1)
        #expect(run.errors.contains("Pas d'avenant n° 1 pour ce stage."))
    }

    @Test func settingsAreShownChangedAndChecked() throws {
        let (store, folder) = try demoStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shown = try Stages.run(["settings", "--store", store])
        #expect(shown.output.contains("representative = Nathalie Berthier"))
        #expect(shown.output.contains("clause.absences.fr = Le stage ouvre droit"))
        let set = try Stages.run(["settings", "set", "representative", "Paul Valéry", "--store", store])
        #expect(set.status == 0, "\(set.errors)")
        #expect(try Stages.run(["settings", "show", "--store", store]).output.contains("representative = Paul Valéry"))
        let clause = try Stages.run(["settings", "set", "clause.internal-rules.fr", "Règlement de la maison.", "--store", store])
        #expect(clause.status == 0)
        let output = folder.appendingPathComponent("c.pdf").path
        #expect(try Stages.run(["convention", "plc-001", "--store", store, "--output", output]).status == 0)
        let text = try Poppler.text(output)
        #expect(text.contains("Règlement de la maison."))
        #expect(text.contains("Paul Valéry"))
        let wrong = try Stages.run(["settings", "set", "teaching-hours", "beaucoup", "--store", store])
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("teaching-hours : un nombre d'heures entier positif, pas « beaucoup »."))
        let unknown = try Stages.run(["settings", "set", "rector", "X", "--store", store])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("Réglage inconnu : rector."))
        // A missing setting is named when a convention is printed.
        #expect(try Stages.run(["settings", "set", "department", "", "--store", store]).status == 0)
        let refused = try Stages.run(["convention", "plc-001", "--store", store, "--output", output])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("le réglage « department » (stages settings set department …)"))
    }
}
