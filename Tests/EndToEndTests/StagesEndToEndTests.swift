import Foundation
import Testing
import StagesCore
import StagesStore
import TestSupport

/// The real `stages` binary under tmux, on a demo store.
@Suite(.serialized) struct StagesEndToEndTests {
    let stages = Stages.path

    func demoStore() throws -> URL {
        try Stages.demoStore(in: privateFolder("stages-e2e"))
    }

    /// A client may announce any window size; one far beyond a screen is refused before
    /// ncurses allocates it (a 10 000×10 000 session took 3 GB in seconds).
    @Test func anAbsurdWindowIsRefusedBeforeAnythingIsAllocated() throws {
        let tmux = try Tmux([stages, "--demo"], width: 1100, height: 30)
        let screen = try tmux.waitFor("[exit 2]")
        #expect(screen.contains("Fenêtre de 1100×30 : au plus 1000×500."))
    }

    @Test func demoOpensAndQuits() throws {
        let tmux = try Tmux([stages, "--demo"])
        try tmux.waitFor("1 Offres  2 Stages  3 Alternance  4 Étudiants  5 Tableau de bord  6 Structures")
        try tmux.waitFor("43 sur 44")
        try tmux.type("q")
        let after = try tmux.waitFor("[exit 0]")
        #expect(after.contains("[tty restored]"))
    }

    @Test func coordinatorReturnsARequestAndTheStoreHasIt() throws {
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let tmux = try Tmux([stages, "--store", store.path])
        try tmux.waitFor("43 sur 44")
        try tmux.type("/")
        try tmux.type("donnees")
        try tmux.waitFor("/ donnees")
        try tmux.send("Escape")
        try tmux.type("2")
        try tmux.waitFor("Étudiant·e")
        try tmux.type("/Manon")
        try tmux.send("Enter")
        try tmux.waitFor("1 sur 14")
        try tmux.send("Enter")
        try tmux.waitFor("Manon Petit — Institut national")
        try tmux.type("r")
        try tmux.waitFor("Renvoyer la demande")
        try tmux.type("Préciser le nom du tuteur, merci.")
        try tmux.send("F2")
        try tmux.waitFor("Demande renvoyée")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("Préciser le nom du tuteur, merci.")
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
        let placement = try Store.open(store).base.placements["plc-003"]
        #expect(placement?.status == .returned)
        #expect(placement?.history.last?.comment == "Préciser le nom du tuteur, merci.")
    }

    /// A day's keys on the real binary: a filter's values ticked, a sort by a column, and in a new placement
    /// F3 on the offer, which filters as one types and fills the form from the offer chosen.
    @Test func filtersSortsAndAnOfferFoundAsOneTypes() throws {
        let tmux = try Tmux([stages, "--demo"], width: 120, height: 40)
        try tmux.waitFor("43 sur 44")
        try tmux.type("v")
        try tmux.waitFor("Filtrer par ville")
        try tmux.type(" ")
        try tmux.send("Down")
        try tmux.type(" ")
        try tmux.send("Enter")
        try tmux.waitFor("ville : Annecy, Besançon")
        try tmux.type("tt")
        try tmux.waitFor("Tri : Titre ↓ décroissant")
        try tmux.type("z")
        try tmux.waitFor("43 sur 44")
        try tmux.type("2n")
        try tmux.waitFor("Nouvelle demande")
        for _ in 0..<9 { try tmux.send("Tab") }  // the student, the organisation, the tutor's four, the referent's two, the origin
        try tmux.send("F3")
        try tmux.waitFor("Choisir l'offre")
        try tmux.type("rgpd")
        try tmux.waitFor("Conformité RGPD")
        try tmux.send("Enter")
        try tmux.waitFor("Réponse à une offre")
        let screen = try tmux.screen()
        #expect(screen.contains("Numérilab SARL"))
        try tmux.send("C-c")
        try tmux.waitFor("[exit")
    }

    /// A university's store: the offers list shows before the rest is read, and keys typed
    /// while it loads all reach the application, in order, once it is.
    @Test func keysTypedWhileTheStoreLoadsAreAppliedInOrder() throws {
        let (store, tmux) = try universityStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let early = try tmux.screen()
        try tmux.type("2/Lefèvre-4217")
        try tmux.send("Enter")
        try tmux.send("Enter")
        let detail = try tmux.waitFor("Lefèvre-4217 —", seconds: 60)
        #expect(detail.contains("Statut"))
        if early.contains("Lecture des étudiants") { print("keys typed while the store was loading") }
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
    }

    /// The application opened in tmux on a store of 20 000 offers, its first screen shown.
    func universityStore() throws -> (store: URL, tmux: Tmux) {
        let folder = try privateFolder("stages-e2e")
        let store = folder.appendingPathComponent("store.json")
        let demo = try Stages.run(["demo", "--offers", "20000", "--store", store.path])
        #expect(demo.status == 0, "\(demo.errors)")
        let tmux = try Tmux([stages, "--store", store.path], width: 120, height: 40)
        try tmux.waitFor("sur 20000")
        return (store, tmux)
    }

    /// Keys typed while a save runs (sent in one burst behind F2) all reach the application, in
    /// order: the second edit of the same offer lands over the first, and nothing is lost.
    @Test func keysTypedWhileASaveRunsAreAppliedInOrder() throws {
        let (store, tmux) = try universityStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        try tmux.waitFor("Offres", seconds: 60)
        try tmux.send("e")
        try tmux.waitFor("F2")
        try tmux.send("End")
        try tmux.type("¹")
        // Saved, opened again, typed into and saved again, without waiting for anything in between.
        try tmux.send("F2", "e", "End")
        try tmux.type("²")
        try tmux.send("F2")
        try tmux.type("q")
        try tmux.waitFor("[exit 0]", seconds: 60)
        let titles = try Store.open(store).base.offers.values.map(\.title)
        #expect(titles.filter { $0.hasSuffix("¹²") }.count == 1)
        #expect(!titles.contains { $0.hasSuffix("¹") })
    }

    /// SIGTERM while a large store is still being read ends the program at once, its terminal restored.
    @Test func aSignalDuringTheLoadEndsAtOnce() throws {
        let (store, tmux) = try universityStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        try tmux.signal("TERM")
        let after = try tmux.waitFor("[exit 143]")
        #expect(after.contains("[tty restored]"))
    }

    /// Issue 10: `/vincent` on a submitted request validated it; a tiny window let keys act unseen.
    @Test func slashOnARequestSearchesAndATinyWindowIgnoresKeys() throws {
        enum Step { case keys(String), key(String), see(String), gone(String), size(Int, Int) }
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let tmux = try Tmux([stages, "--store", store.path])
        let steps: [Step] = [
            .see("43 sur 44"), .keys("2"), .see("Étudiant·e"), .keys("/Sacha"), .key("Enter"), .key("Enter"), .see("Sacha Blanc"),
            .keys("/vincent"), .see("/ vincent"), .key("Escape"), .see("14 sur 14"), .keys("/Sacha"), .key("Enter"), .see("1 sur 14"),
            .size(60, 15), .see("Fenêtre trop petite"), .keys("v"), .size(80, 24), .gone("Fenêtre trop petite"), .see("1 sur 14"),
        ]
        var screen = ""
        for step in steps {
            switch step {
            case .keys(let text): try tmux.type(text)
            case .key(let name): try tmux.send(name)
            case .see(let text): screen = try tmux.waitFor(text)
            case .size(let width, let height): try tmux.resize(width: width, height: height)
            case .gone(let text):
                // Keys typed before the program has seen the window grow back would be ignored.
                let deadline = Date().addingTimeInterval(15)
                while try tmux.screen().contains(text), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            }
        }
        #expect(!screen.contains("Demande validée"))
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
        #expect(try Store.open(store).base.placements["plc-011"]?.status == .submitted)
    }

    /// The connection dropped (SIGHUP): the open form is kept as a draft, as after
    /// SIGTERM, and the exit status says which signal it was.
    @Test func hangUpKeepsTheDraftAndExits129() throws {
        let store = try demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let tmux = try Tmux([stages, "--store", store.path])
        try tmux.waitFor("43 sur 44")
        try tmux.type("e")
        try tmux.type(" — repris après coupure")
        try tmux.waitFor("repris après coupure")
        let drafts = store.path + ".drafts"
        #expect(!FileManager.default.fileExists(atPath: drafts))  // a coordinator's form is kept when it is left
        try tmux.signal("HUP")
        let after = try tmux.waitFor("[exit 129]")
        #expect(after.contains("[tty restored]"))
        let names = try FileManager.default.contentsOfDirectory(atPath: drafts)
        #expect(names.count == 1, "\(names)")
        let draft = try String(contentsOfFile: drafts + "/" + (names.first ?? ""), encoding: .utf8)
        #expect(draft.contains("repris après coupure"))
    }

    @Test func aMissingStoreIsOfferedAndACorruptOneRefused() throws {
        let folder = unusedPath("stages-e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.json").path
        let tmux = try Tmux([stages, "--store", path])
        let question = try tmux.waitFor("En créer un vide ici ? [o/N]")
        #expect(question.replacingOccurrences(of: "\n", with: "").contains("Aucun fichier de données à \(path)."))
        try tmux.type("o")
        try tmux.send("Enter")
        try tmux.waitFor("0 sur 0")
        try tmux.type("q")
        try tmux.waitFor("[exit 0]")
        #expect(FileManager.default.fileExists(atPath: path))

        try Data("{\n  \"format\" : \"stages\",\n  oops".utf8).write(to: URL(fileURLWithPath: path))
        let refused = try Tmux([stages, "--store", path])
        let screen = try refused.waitFor("[exit 2]")
        #expect(screen.contains("\(path):3:3"))
    }
}

/// A student at the real terminal: the request typed, interrupted, resumed and submitted.
@Suite(.serialized) struct StudentEndToEndTests {
    let stages = Stages.path

    @Test func fillQuitWithControlCResumeAndSubmit() throws {
        let store = try StagesEndToEndTests().demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let first = try Tmux([stages, "student", "--store", store.path, "--login", "fbertrand"])
        try first.waitFor("François Bertrand — 2026-2027")
        try first.type("3")
        try first.waitFor("Nouvelle demande de stage")
        try first.type("Archives nationales")
        for (value, tabs) in [("11000440000013", 1), ("59 rue Guynemer", 1), ("93380", 1), ("Pierrefitte-sur-Seine", 1),
                              ("Hélène Lefèvre", 3), ("Archiviste", 1), ("h.lefevre@archives.example.fr", 1)] {
            for _ in 0..<tabs { try first.send("Tab") }
            try first.type(value)
        }
        try first.waitFor("h.lefevre@archives.example.fr")
        try first.send("C-c")
        let after = try first.waitFor("[exit 130]")
        #expect(after.contains("[tty restored]"))

        let second = try Tmux([stages, "student", "--store", store.path, "--login", "fbertrand"])
        try second.waitFor("François Bertrand")
        try second.type("3")
        let resumed = try second.waitFor("Hélène Lefèvre")
        #expect(resumed.contains("Archives nationales") && resumed.contains("Pierrefitte-sur-Seine"))
        for _ in 0..<15 { try second.send("Tab") }  // from the organisation's name to the subject
        try second.type("Récolement des fonds photographiques")
        try second.send("Tab")
        try second.type("Inventaire, cotation")
        try second.send("Tab")
        try second.type("ISAD(G), EAD")
        try second.send("Tab")
        try second.type("12/04/2027")
        try second.send("Tab")
        try second.type("05/07/2027")
        for _ in 0..<4 { try second.send("Tab") }
        try second.type("4,50")
        try second.send("F5")
        try second.waitFor("Soumettre la demande ?")
        try second.send("Enter")
        try second.waitFor("Demande soumise au responsable des stages.")
        try second.type("q")  // the form is read-only now: q quits
        try second.waitFor("[exit 0]")
        let request = try Store.open(store).base.placements.values.first { $0.studentLogin == "fbertrand" }
        #expect(request?.status == .submitted)
        #expect(request?.tutor.email == "h.lefevre@archives.example.fr")
        #expect(request?.subject == "Récolement des fonds photographiques")
    }

    @Test func anUnknownLoginIsToldWhomToAsk() throws {
        let store = try StagesEndToEndTests().demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let tmux = try Tmux([stages, "student", "--store", store.path, "--login", "inconnu"])
        let screen = try tmux.waitFor("[exit 77]")
        #expect(screen.contains("Identifiant « inconnu » inconnu"))
        #expect(screen.contains("demandez au responsable des stages"))
    }
}

/// Three students filling and submitting at once while the coordinator works in a fourth terminal.
@Suite(.serialized) struct SharedStoreEndToEndTests {
    let stages = Stages.path

    /// Field values in form order from the organisation's name, "" for a field left as it is.
    static func request(_ n: Int) -> [String] {
        ["Archives municipales n° \(n)", "11000440000013", "\(n) rue de l'Hôtel-de-Ville", "69001", "Lyon", "", "",
         "Tutrice \(n)", "Archiviste", "tutrice\(n)@archives.example.fr", "", "", "", "", "",
         "Récolement n° \(n) — fonds privés", "Inventaire, cotation", "ISAD(G)", "12/04/2027", "05/07/2027", "", "", "",
         "4,50"]
    }

    @Test func everyRequestEndsInTheStoreAsTyped() throws {
        let store = try StagesEndToEndTests().demoStore()
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let logins = ["fbertrand", "zroux", "kvincent"]
        let students = try logins.map { try Tmux([stages, "student", "--store", store.path, "--login", $0]) }
        let coordinator = try Tmux([stages, "--store", store.path])
        for s in students {
            try s.waitFor("Ma situation")
            try s.type("3")
            try s.waitFor("Nouvelle demande de stage")
        }
        try coordinator.waitFor("43 sur 44")
        try coordinator.type("2")
        // Round robin: each student types one field, then the coordinator acts now and then.
        for field in 0..<Self.request(0).count {
            for (n, s) in students.enumerated() {
                let value = Self.request(n + 1)[field]
                if !value.isEmpty { try s.type(value) }
                try s.send("Tab")
            }
            if field == 8 {
                try coordinator.type("/Sacha")
                try coordinator.send("Enter")
                try coordinator.type("v")
                try coordinator.waitFor("Valider la demande ?")
                try coordinator.send("Enter")
                try coordinator.waitFor("Demande validée.")
            }
            if field == 16 {
                try coordinator.send("Escape")
                try coordinator.type("/Manon")
                try coordinator.send("Enter")
                try coordinator.type("r")
                try coordinator.waitFor("Renvoyer la demande")
                try coordinator.type("Préciser le référent.")
                try coordinator.send("F2")
                try coordinator.waitFor("Demande renvoyée")
            }
        }
        for s in students {
            try s.send("F5")
            try s.waitFor("Soumettre la demande ?")
            try s.send("Enter")
            try s.waitFor("Demande soumise au responsable des stages.")
            try s.type("q")
            try s.waitFor("[exit 0]")
        }
        try coordinator.type("q")
        try coordinator.waitFor("[exit 0]")

        let data = try Store.open(store).base
        for (n, login) in logins.enumerated() {
            let request = data.placements.values.first { $0.studentLogin == login }
            #expect(request?.status == .submitted)
            #expect(request?.subject == "Récolement n° \(n + 1) — fonds privés")
            #expect(request?.tutor.email == "tutrice\(n + 1)@archives.example.fr")
            #expect(data.organizations[request?.organizationID ?? ""]?.name == "Archives municipales n° \(n + 1)")
        }
        #expect(data.placements["plc-011"]?.status == .validated)
        #expect(data.placements["plc-003"]?.status == .returned)
        #expect(data.placements["plc-003"]?.history.last?.comment == "Préciser le référent.")
        #expect(!FileManager.default.fileExists(atPath: store.path + ".conflicts"))
    }
}
