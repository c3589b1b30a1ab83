#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import Screens
import StagesCore
import StagesPostgres
import StagesStore
import TerminalKit

/// `stages` with no subcommand: the coordinator's interactive application.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Ouvre l'application (par défaut). / Open the interactive application (the default).")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Sur un fichier de démonstration neuf, dans un dossier temporaire. / On a fresh demo store in a temporary folder.")
    var demo = false

    func run() throws {
        let lang = options.language
        guard demo else { return try runOnStore(lang) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stages-demo-\(getpid())-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: folder) }  // the demo leaves nothing behind
        let store: Store
        do {
            store = try Store.create(folder.appendingPathComponent("store.json"),
                                     with: DemoData.make(academicYear: Programme.academicYear(of: .today()), runner: Identity.unixUser()))
        } catch {
            throw fail(error, lang)
        }
        let actor = try Identity.coordinator(of: store, lang)
        try Self.coordinatorApplication(store, actor: actor, language: lang, storeName: lang == .fr ? "démo" : "demo")
    }

    /// The coordinator's application on the store at `--store`: its offers list is drawn
    /// as soon as they are read, the rest of the store follows (see `StoreOpening`).
    private func runOnStore(_ lang: Language) throws {
        if let database = options.database {
            let store = try options.openFirstScreen(database)
            let actor = try Identity.coordinator(of: store, lang)
            return try Self.coordinatorApplication(firstScreenOf: store, actor: actor, language: lang)
        }
        let url = options.storeURL
        let opening: StoreOpening
        do {
            // Only a store that is really absent is offered; one we may not see is refused by the opening.
            var info = stat()
            if lstat(url.path, &info) != 0, errno == ENOENT {
                guard offerToCreate(url, lang == .fr) else { throw ExitCode(1) }
                _ = try Store.create(url, with: Init.emptyStore(createdBy: Identity.unixUser()))
            }
            opening = try StoreOpening(url)
        } catch let error as StoreError {
            throw fail(error, lang)
        }
        // The coordinators are in the programme, read first; anyone else waits for the rest to be told why not.
        var actor = opening.preview.flatMap { Identity.coordinator(in: $0, path: url.path) }
        if actor == nil {
            let store: Store
            do { store = try opening.finish() } catch { throw fail(error, lang) }
            actor = try Identity.coordinator(of: store, lang)
        }
        guard let actor else { return }
        try Self.coordinatorApplication(opening, url: url, actor: actor, language: lang)
    }

    /// The coordinator's application on a store still being read: its offers list first.
    static func coordinatorApplication(_ opening: StoreOpening, url: URL, actor: Actor, language: Language) throws {
        let storeName = shortPath(url.path)
        try Interactive.run(opening, french: language == .fr, preview: { data, size in
            var state = AppState(data: data, actor: actor, language: language, today: .today(), storeName: storeName, size: size,
                                 editorDrafts: FormDrafts(storePath: url.path).loadAll(prefix: actor.login + "."), preview: true,
                                 offersByReceipt: opening.previewOrder)
            state.pastStatistics = Archives.statistics(in: url.deletingLastPathComponent().appendingPathComponent("archives"), language)
            return state
        }, failed: { fail($0, language) }, makeState: { store, size in
            state(store, actor: actor, language: language, storeName: storeName, size: size)
        })
    }

    /// The coordinator's application on a database opened for its first screen: the rest follows.
    static func coordinatorApplication(firstScreenOf store: PostgresStore, actor: Actor, language: Language) throws {
        try Interactive.run(firstScreenOf: store, french: language == .fr, failed: { fail($0, language) }) { size in
            var state = AppState(data: store.base, actor: actor, language: language, today: .today(), storeName: store.name, size: size,
                                 editorDrafts: FormDrafts(store: store).loadAll(prefix: actor.login + "."), preview: true)
            state.pastStatistics = Archives.statistics(in: Archives.folder(of: store), language)
            return state
        }
    }

    /// The coordinator's application, with the forms they left interrupted last time.
    static func coordinatorApplication(_ store: any RecordStore, actor: Actor, language: Language, storeName: String) throws {
        try Interactive.run(store, french: language == .fr) { size in
            state(store, actor: actor, language: language, storeName: storeName, size: size)
        }
    }

    static func state(_ store: any RecordStore, actor: Actor, language: Language, storeName: String, size: Size) -> AppState {
        var state = AppState(data: store.base, actor: actor, language: language, today: .today(), storeName: storeName, size: size,
                             editorDrafts: FormDrafts(store: store).loadAll(prefix: actor.login + "."))
        state.pastStatistics = Archives.statistics(in: Archives.folder(of: store), language)
        return state
    }

    /// Says where the store was looked for and, at a terminal, offers to start an empty one there.
    private func offerToCreate(_ url: URL, _ fr: Bool) -> Bool {
        let said = fr ? "Aucun fichier de données à \(url.path)." : "No store at \(url.path)."
        guard isatty(STDIN_FILENO) == 1 else {
            Console.err(said + (fr ? " Créez-le avec : stages init --store \(url.path)" : " Create it with: stages init --store \(url.path)"))
            return false
        }
        Console.prompt(said + (fr ? " En créer un vide ici ? [o/N] " : " Create an empty one here? [y/N] "))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["o", "oui", "y", "yes"].contains(answer)
    }

    /// "~/.local/share/stages/store.json"
    static func shortPath(_ path: String) -> String {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }
}
