#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import Screens
import StagesCore
import StagesStore

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
        let fr = lang == .fr
        let store: Store
        let storeName: String
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stages-demo-\(getpid())-\(UUID().uuidString.prefix(6))")
        defer { if demo { try? FileManager.default.removeItem(at: folder) } }  // the demo leaves nothing behind
        do {
            if demo {
                store = try Store.create(folder.appendingPathComponent("store.json"),
                                         with: DemoData.make(academicYear: Programme.academicYear(of: .today()),
                                                             runner: Identity.unixUser()))
                storeName = fr ? "démo" : "demo"
            } else {
                let url = options.storeURL
                // Only a store that is really absent is offered; one we may not see is refused by `open`.
                var info = stat()
                if lstat(url.path, &info) != 0, errno == ENOENT {
                    guard offerToCreate(url, fr) else { throw ExitCode(1) }
                    _ = try Store.create(url, with: Init.emptyStore(createdBy: Identity.unixUser()))
                }
                store = try Store.open(url)
                storeName = Self.shortPath(url.path)
            }
        } catch let error as StoreError {
            throw fail(error, lang)
        }
        let actor = try Identity.coordinator(of: store, lang)
        try Self.coordinatorApplication(store, actor: actor, language: lang, storeName: storeName)
    }

    /// The coordinator's application, with the forms they left interrupted last time.
    static func coordinatorApplication(_ store: Store, actor: Actor, language: Language, storeName: String) throws {
        try Interactive.run(store, french: language == .fr) { size in
            AppState(data: store.base, actor: actor, language: language, today: .today(), storeName: storeName, size: size,
                     editorDrafts: FormDrafts(store: store).loadAll(prefix: actor.login + "."))
        }
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
