#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import Screens
import StagesCore
import StagesStore

/// `stages student`: a student's own application, under their Unix login.
struct StudentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "student",
        abstract: "L'application de l'étudiant·e : situation, offres, demande de stage, alternance. / The student's application.",
        discussion: "L'identifiant est celui de la session Unix. / The login is the Unix user name.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Agir pour cet identifiant (essais du responsable). / Act as this login (for the coordinator's testing).")
    var login: String?

    func run() throws {
        let lang = options.language
        let fr = lang == .fr
        let store: Store
        do {
            store = try Store.open(options.storeURL)
        } catch {
            throw fail(error, lang)
        }
        let who = login ?? Self.unixLogin()
        guard store.base.students[who] != nil else {
            let message = fr
                ? "Identifiant « \(who) » inconnu dans \(store.path) : demandez au responsable des stages de vous inscrire.\n"
                : "Login “\(who)” is not in \(store.path): ask the internship coordinator to register you.\n"
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(1)
        }
        try Interactive.run(store, french: fr) { size in
            AppState(data: store.base, actor: .student(who), language: lang, today: .today(),
                     storeName: Open.shortPath(store.path), size: size, draft: FormDrafts(store: store).load(who))
        }
    }

    /// The Unix user name: $USER, else the password database.
    static func unixLogin() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        guard let entry = getpwuid(getuid()) else { return "" }
        return String(cString: entry.pointee.pw_name)
    }
}
