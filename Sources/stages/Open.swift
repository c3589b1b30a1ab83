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
                                         with: DemoData.make(academicYear: Programme.academicYear(of: .today())))
                storeName = fr ? "démo" : "demo"
            } else {
                let url = options.storeURL
                if !FileManager.default.fileExists(atPath: url.path) {
                    guard offerToCreate(url, fr) else { throw ExitCode(1) }
                    _ = try Store.create(url, with: Dataset(programme: .current(on: .today())))
                }
                store = try Store.open(url)
                storeName = Self.shortPath(url.path)
            }
        } catch let error as StoreError {
            throw fail(error, lang)
        }
        let login = ProcessInfo.processInfo.environment["USER"] ?? "coordinateur"
        try Interactive.run(store, french: fr) { size in
            AppState(data: store.base, actor: .coordinator(login), language: lang, today: .today(), storeName: storeName, size: size,
                     editorDrafts: FormDrafts(store: store).loadAll(prefix: login + "."))
        }
    }

    /// Says where the store was looked for and, at a terminal, offers to start an empty one there.
    private func offerToCreate(_ url: URL, _ fr: Bool) -> Bool {
        let said = fr ? "Aucun fichier de données à \(url.path)." : "No store at \(url.path)."
        guard isatty(STDIN_FILENO) == 1 else {
            FileHandle.standardError.write(Data((said + (fr ? " Créez-le avec : stages init --store \(url.path)\n"
                                                         : " Create it with: stages init --store \(url.path)\n")).utf8))
            return false
        }
        FileHandle.standardOutput.write(Data((said + (fr ? " En créer un vide ici ? [o/N] " : " Create an empty one here? [y/N] ")).utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["o", "oui", "y", "yes"].contains(answer)
    }

    /// "~/.local/share/stages/store.json"
    static func shortPath(_ path: String) -> String {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }
}
