import Foundation
import StagesCore
import TextFolding
import StagesPostgres
import StagesRuntime
import StagesStore
import TerminalKit
import Testing
import TestSupport
@testable import Screens

/// A session on a database asks for the offers it shows (`OfferCatalog`) rather than reading them
/// all: what it shows must be what a session holding every offer shows, key for key.
@Suite(.serialized) struct OfferCatalogTests {
    let today = CivilDate(year: 2026, month: 11, day: 29)!
    let size = (width: 120, height: 30)

    /// The demo, and offers that try the search: a ligature, LIKE's wildcards, a backslash, an organisation's name.
    func records() throws -> Dataset {
        var data = DemoData.make(academicYear: 2026)
        let coordinator = Actor.coordinator(DemoData.coordinator.login)
        let template = try #require(data.offers.values.sorted { $0.id < $1.id }.first { $0.status == .open })
        for (n, title) in ["Œuvres numérisées à 100 %", "Inventaire 100_pour_cent", "Chemins C:\\archives", "Catalogue d'une œuvre"].enumerated() {
            var offer = template
            offer.id = "off-try-\(n)"
            offer.title = title
            offer.city = n == 0 ? "Saint-Étienne" : "Lyon"
            offer.description = "Offre d'essai \(n)"
            offer.receivedOn = CivilDate(year: 2026, month: 10, day: 1 + n % 2)
            offer.domain = n % 2 == 0 ? .archives : .data
            offer.history = []
            try data.save(offer, by: coordinator, at: Date(timeIntervalSince1970: 1_795_900_000))
        }
        return data
    }

    /// Keys pressed from the first screen, each list then compared whole.
    static let scripts: [String] = [
        "", "/oeuvre\r", "/OEUVRE\r", "/100 %\r", "/100_\r", "/c:\\\r", "/lyon ar\r", "/zzzz\r",
        // Filters: each picker with its counts, values ticked, over another filter, over a search, reset.
        "s", "s\r", "sa\r", "saajjj \r", "s \r", "d", "d \r", "d \rv", "d \rs", "v", "v \r", "vj j \r", "vj j \rd",
        "/archiv\rs", "/archiv\rd", "/archiv\rv", "/archiv\rd \r", "/archiv\rd \rs", "d \rz",
        "G", "\r", "jjj\r", "/musee\r\r",
    ] + (1...19).map { String(repeating: "t", count: $0) } + ["tG", "ttG", "ttttttttttttttttG", "ttt/archiv\r"]

    func screens(_ open: () throws -> any RecordStore, actor: Actor, scripts: [String]) throws -> [String] {
        try scripts.map { script in
            let store = try open()
            let terminal = HeadlessTerminal(width: size.width, height: size.height)
            var runtime = AppRuntime(state: AppState(data: store.base, actor: actor, language: .fr, today: today,
                                                     storeName: "stages", size: terminal.size), store: store)
            if !actor.isCoordinator { terminal.type("2") }  // the student's offers tab
            for character in script {
                if character == "\r" { terminal.press(.enter) } else { terminal.type(String(character)) }
            }
            EventLoop.run(&runtime, on: terminal)
            return terminal.screen
        }
    }

    /// The same records as a JSON file and as a database, removed and stopped when let go.
    final class BothStores {
        let file: URL
        let server: PostgresServer
        let location: PostgresLocation

        init(_ data: Dataset, _ test: OfferCatalogTests) throws {
            let folder = unusedPath("stages-catalog")
            file = folder.appendingPathComponent("store.json")
            _ = try Store.create(file, with: data)
            (server, location) = try test.database(data)
        }

        deinit {
            server.stop()
            try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
        }
    }

    func database(_ data: Dataset) throws -> (PostgresServer, PostgresLocation) {
        let server = try PostgresServer()
        try server.createRole("stages", password: "secret")
        try server.createDatabase("stages", owner: "stages")
        let location = try #require(PostgresLocation(server.url(user: "stages", password: "secret", database: "stages")))
        try PostgresStore.initialise(location, with: data)
        return (server, location)
    }

    @Test func theListsAskedOfTheDatabaseAreTheListsInMemory() throws {
        let stores = try BothStores(try records(), self)
        defer { withExtendedLifetime(stores) {} }  // the server runs to the test's end
        let file = stores.file, location = stores.location

        let coordinator = Actor.coordinator(DemoData.coordinator.login)
        let inMemory = try screens({ try Store.open(file) }, actor: coordinator, scripts: Self.scripts)
        let asked = try screens({ try PostgresStore.open(location, holdingEveryOffer: false) }, actor: coordinator, scripts: Self.scripts)
        for (n, script) in Self.scripts.enumerated() {
            #expect(asked[n] == inMemory[n], "coordinator, keys \(script.debugDescription)")
        }
        #expect(inMemory[1].contains("Œuvres numérisées à 100 %") && inMemory[1].contains("Catalogue d'une œuvre"))
        #expect(inMemory[3].contains("Œuvres numérisées") && !inMemory[3].contains("Inventaire 100_pour_cent"))
        #expect(inMemory[4].contains("Inventaire 100_pour_cent") && !inMemory[4].contains("Œuvres numérisées"))

        // A student sees the open and filled offers alone, on both.
        let student = Actor.student("lmoreau")
        let scripts = ["", "/archiv\r", "s", "ss", "t", "\r"]
        let studentInMemory = try screens({ try Store.open(file) }, actor: student, scripts: scripts)
        let studentAsked = try screens({ try PostgresStore.open(location, scope: .student("lmoreau"), holdingEveryOffer: false) },
                                       actor: student, scripts: scripts)
        for (n, script) in scripts.enumerated() {
            #expect(studentAsked[n] == studentInMemory[n], "student, keys \(script.debugDescription)")
        }
    }

    /// Its own changes: an edited title found by its new words, a withdrawn offer leaving the counts, a new offer, on both.
    @Test func aSessionsOwnChangesShowAsInMemory() throws {
        let stores = try BothStores(try records(), self)
        defer { withExtendedLifetime(stores) {} }  // the server runs to the test's end
        let file = stores.file, location = stores.location
        func keys(_ text: String) -> [Key] { text.map { $0 == "\r" ? .enter : .character($0) } }
        let scripts: [[Key]] = [
            keys("e") + [.end] + keys(" zzunique") + [.function(2)] + keys("/zzunique\r"),
            keys("e") + [.end] + keys(" zzunique") + [.function(2)] + keys("t"),
            keys("x"), keys("xs"), keys("jjx") + keys("/musee\r"),
            keys("c") + [.end] + keys(" (copie)") + [.function(2)] + keys("/copie\r"),
        ]
        let coordinator = Actor.coordinator(DemoData.coordinator.login)
        var first: [String] = []
        for script in scripts {
            var screens: [String] = []
            for open in [{ try Store.open(file) as any RecordStore }, { try PostgresStore.open(location, holdingEveryOffer: false) }] {
                let store = try open()
                let terminal = HeadlessTerminal(width: size.width, height: size.height)
                var runtime = AppRuntime(state: AppState(data: store.base, actor: coordinator, language: .fr, today: today,
                                                         storeName: "stages", size: terminal.size, clock: { Date(timeIntervalSince1970: 1_795_900_000) },
                                                         newID: { "\($0)-new" }), store: store)
                terminal.press(script)
                EventLoop.run(&runtime, on: terminal)
                screens.append(terminal.screen)
            }
            #expect(screens[1] == screens[0], "keys \(script)")
            first.append(screens[0])
        }
        #expect(first[0].contains("zzunique") && first[0].contains("1 sur 48"))
        #expect(first[2].contains("Offre retirée") && first[3].contains("[x] Ouverte") && first[3].contains("[ ] Retirée"))
        #expect(first[5].contains("/ copie") && first[5].contains("1 sur 49"))
    }

    @Test func aSessionHoldsWhatItShowsAndSeesOthersChanges() throws {
        let (server, location) = try database(DemoData.scaled(offers: 3_000))
        defer { server.stop() }
        let store = try PostgresStore.open(location, holdingEveryOffer: false)
        let linked = Set(store.base.placements.values.compactMap(\.offerID))
        let terminal = HeadlessTerminal(width: 120, height: 30)
        var runtime = AppRuntime(state: AppState(data: store.base, actor: .coordinator(DemoData.coordinator.login), language: .fr,
                                                 today: today, storeName: "stages", size: terminal.size), store: store)
        EventLoop.run(&runtime, on: terminal)
        // The first page of ids, and the list's length from the counts.
        #expect(runtime.state.visibleOfferIDs().count == OfferCatalogState.page)
        let other = try PostgresStore.open(location)
        let notWithdrawn = other.base.offers.values.filter { $0.effectiveStatus(today: today) != .withdrawn }.count
        #expect(terminal.screen.contains("\(notWithdrawn) sur 3000"))
        terminal.press(.end)
        EventLoop.run(&runtime, on: terminal)
        // The first screen and the last: two windows of rows, and the offers the placements link to.
        #expect(runtime.state.data.offers.count <= 2 * 25 + linked.count)
        #expect(store.base.offers.count == runtime.state.data.offers.count)
        #expect(runtime.state.offers.selection.index == notWithdrawn - 1)

        // A search finding more than a page says so, and reads the rest when the screen goes there.
        let archives = other.base.offers.values.filter { offer in
            offer.effectiveStatus(today: today) != .withdrawn && SearchIndex.fold([offer.title, other.base.organizations[offer.organizationID]?.name ?? "", offer.city, offer.description]
                .joined(separator: " ")).contains("archiv")
        }.count
        #expect(archives > OfferCatalogState.page)
        terminal.type("/archiv")
        terminal.press(.enter)
        EventLoop.run(&runtime, on: terminal)
        #expect(terminal.screen.contains("\(OfferCatalogState.page)+ sur 3000"))
        terminal.press(.end)
        EventLoop.run(&runtime, on: terminal)
        #expect(terminal.screen.contains("\(archives) sur 3000"))
        #expect(runtime.state.offers.selection.index == archives - 1)
        terminal.press(.escape)
        terminal.press(.escape)
        EventLoop.run(&runtime, on: terminal)

        // Another session renames an organisation: searching its new name finds its offers here.
        var changed = other.base
        var org = try #require(changed.organizations.values.sorted { $0.id < $1.id }.first)
        org.name = "Médiathèque Zoé Œcuménique"
        try changed.save(org, by: .coordinator("collegue"), at: Date())
        _ = try other.save(changed)
        // Heard (NOTIFY), then taken in as the session would at its next look.
        let deadline = Date().addingTimeInterval(5)
        while !store.changedOnDisk, Date() < deadline { usleep(20_000) }
        terminal.press(.control("r"))
        terminal.type("/oecumenique")
        terminal.press(.enter)
        EventLoop.run(&runtime, on: terminal)
        let count = other.base.offers.values.filter { $0.organizationID == org.id }.count
        #expect(count > 0)
        #expect(runtime.state.visibleOfferIDs().count == count)
        #expect(terminal.screen.contains("Médiathèque Zoé Œcu…"))  // the column cuts it
    }

    /// A student's request may link the offers they were shown: the choice grows as offers are taken in,
    /// and the one chosen is the one read back, however the choice grew meanwhile.
    @Test func aStudentsRequestLinksAnOfferTheyWereShown() throws {
        let (server, location) = try database(try records())
        defer { server.stop() }
        let store = try PostgresStore.open(location, scope: .student("fbertrand"), holdingEveryOffer: false)
        let terminal = HeadlessTerminal(width: 120, height: 30)
        var runtime = AppRuntime(state: AppState(data: store.base, actor: .student("fbertrand"), language: .fr, today: today,
                                                 storeName: "stages", size: terminal.size), store: store)
        func offerChoice() -> (options: [String], ids: [String]) {
            guard let editor = runtime.state.request,
                  let field = editor.form.fields.first(where: { $0.id == "offer" }), case .choice(let choice) = field.input else { return ([], []) }
            return (choice.options, editor.offerChoices)
        }
        #expect(offerChoice().options.count == 1)  // "none": no offer shown yet
        terminal.type("2")
        terminal.press(.enter)  // the first offer's detail
        EventLoop.run(&runtime, on: terminal)
        let shown = try #require(runtime.state.visibleOfferIDs().first)
        let (options, ids) = offerChoice()
        #expect(ids.contains(shown) && options.count == ids.count + 1)
        #expect(ids.allSatisfy { runtime.state.offerAsShown($0) != nil })
        var editor = try #require(runtime.state.request)
        let at = try #require(editor.form.fields.firstIndex { $0.id == "offer" })
        editor.form.fields[at].input = .choice(ChoiceField(options: options, selected: try #require(ids.firstIndex(of: shown)) + 1))
        // More offers taken in after the choice was made: it still names the same offer.
        terminal.press(.escape)
        terminal.press(.end)
        EventLoop.run(&runtime, on: terminal)
        PlacementEditor.followOffers(&editor, runtime.state)
        #expect(editor.offerChoices.count > ids.count)
        #expect(PlacementEditor.read(editor, runtime.state).placement.offerID == shown)
    }

    /// F3 on a student's request's offer asks the database as they type: an offer never shown before is found,
    /// chosen, and read back by the request, as the same keys do on the JSON store.
    @Test func aStudentsOfferChooserAsksTheDatabaseAsTheyType() throws {
        let stores = try BothStores(try records(), self)
        defer { withExtendedLifetime(stores) {} }
        var chosen: [String?] = [], screens: [String] = [], offeredAtFirst: [Int] = []
        for open in [{ try Store.open(stores.file) as any RecordStore },
                     { try PostgresStore.open(stores.location, scope: .student("fbertrand"), holdingEveryOffer: false) }] {
            let store = try open()
            let terminal = HeadlessTerminal(width: 120, height: 30)
            var runtime = AppRuntime(state: AppState(data: store.base, actor: .student("fbertrand"), language: .fr, today: today,
                                                     storeName: "stages", size: terminal.size), store: store)
            terminal.type("3")
            EventLoop.run(&runtime, on: terminal)
            offeredAtFirst.append(runtime.state.request?.offerChoices.count ?? -1)
            for _ in 0..<14 { terminal.press(.tab) }  // the request's offer
            terminal.press(.function(3))
            terminal.type("musee")
            EventLoop.run(&runtime, on: terminal)
            screens.append(terminal.screen)
            terminal.press(.down)
            terminal.press(.enter)
            EventLoop.run(&runtime, on: terminal)
            let request = try #require(runtime.state.request)
            chosen.append(PlacementEditor.read(request, runtime.state).placement.offerID)
            #expect(request.form.value("subject") == chosen.last!.flatMap { runtime.state.data.offers[$0]?.title })
        }
        #expect(screens[1] == screens[0])
        #expect(screens[0].contains("Choisir l'offre") && screens[0].contains("Musée des Confluences"))
        #expect(chosen[0] != nil && chosen[1] == chosen[0])
        #expect(offeredAtFirst[0] > 0 && offeredAtFirst[1] == 0)  // the database's session had been shown no offer
    }

    @Test func aDatabaseOfTheFirstSchemaIsBroughtUpToDateAndSearched() throws {
        let data = try records()
        let (server, location) = try database(data)
        defer { server.stop() }
        // The first schema: no list columns, no search text.
        _ = try server.psql("""
            DROP TABLE offer_list; ALTER TABLE organizations DROP COLUMN name_text; UPDATE stages_schema SET version = 1;
            """, database: "stages")
        #expect(throws: StoreError.self) { try PostgresStore.open(location) }
        try PostgresStore.initialise(location)
        let store = try PostgresStore.open(location, holdingEveryOffer: false)
        let found = try store.offerIDs(OfferQuery(words: ["oeuvre"], order: .title, today: today), first: nil)
        let expected = data.offers.values.filter { offer in
            SearchIndex.fold([offer.title, data.organizations[offer.organizationID]?.name ?? "", offer.city, offer.description]
                .joined(separator: " ")).contains("oeuvre")
        }.sorted { (Folding.fold($0.title), $0.id) < (Folding.fold($1.title), $1.id) }.map(\.id)
        #expect(found == expected)
        #expect(found.contains("off-try-0") && found.contains("off-try-3"))
        let org = try #require(data.organizations.values.sorted { $0.id < $1.id }.first)
        let named = try store.offerIDs(OfferQuery(words: SearchIndex.fold(org.name).split(separator: " ").map(String.init).suffix(1),
                                                  organizationID: org.id, today: today), first: nil)
        #expect(named.count == data.offers.values.filter { $0.organizationID == org.id }.count)
        #expect(try store.offerSummary(today: today, words: []).count() == data.offers.count)
        try expectEveryOrderAsInMemory(store, data)
    }

    /// A database of the second schema (no sort keys beside the list's columns) sorts by every column once `init`
    /// has brought it up to date.
    @Test func aDatabaseOfTheSecondSchemaSortsByEveryColumnOnceUpToDate() throws {
        let data = try records()
        let (server, location) = try database(data)
        defer { server.stop() }
        _ = try server.psql("""
            ALTER TABLE offer_list DROP COLUMN title_text, DROP COLUMN city_text, DROP COLUMN weeks, DROP COLUMN stipend_rank;
            UPDATE stages_schema SET version = 2;
            """, database: "stages")
        #expect(throws: StoreError.self) { try PostgresStore.open(location) }
        try PostgresStore.initialise(location)
        try expectEveryOrderAsInMemory(try PostgresStore.open(location, holdingEveryOffer: false), data)
    }

    /// Every order, either way, as the database gives it and as the keys sort in memory.
    func expectEveryOrderAsInMemory(_ store: PostgresStore, _ data: Dataset) throws {
        let names = data.organizations.mapValues { Folding.bytes($0.name) }
        for order in OfferQuery.Order.allCases {
            let keyed = data.offers.values.map { offer in
                (order.key(of: offer, organizationText: names[offer.organizationID] ?? [], earliestStart: data.programme.earliestStart,
                           today: today), offer.id)
            }
            let ascending = keyed.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.1)
            // Descending: the offers with a key turned round, those without last (turned round too), as a spreadsheet's blanks.
            let keyless = Set(keyed.filter { $0.0 == .none }.map(\.1))
            let descending = ascending.filter { !keyless.contains($0) }.reversed() + ascending.filter(keyless.contains).reversed()
            #expect(try store.offerIDs(OfferQuery(order: order, today: today), first: nil) == ascending, "\(order)")
            #expect(try store.offerIDs(OfferQuery(order: order, descending: true, today: today), first: nil) == descending,
                    "\(order) descending")
        }
    }
}
