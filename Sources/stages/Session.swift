#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import StagesCore
import StagesStore

/// `stages session LOGIN`: the forced command of each key in the service
/// account's authorized_keys. The login comes from the key, never from the
/// client: whatever command the client asked for (`SSH_ORIGINAL_COMMAND`)
/// changes nothing. A coordinator gets the coordinator's application, a
/// student their own, anyone else a message.
struct Session: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "L'application de LOGIN, comme commande forcée de SSH (écrite par « stages access »). / LOGIN's application, as SSH's forced command.")

    @Argument(help: "L'identifiant attaché à la clé SSH.") var login: String
    @OptionGroup var options: CommonOptions

    func run() throws {
        let lang = options.language
        let fr = lang == .fr
        if let database = options.database {
            // Read as the student's session first; a coordinator's shows its first screen while it reads the rest.
            let scoped = try options.openStore(student: login, session: true)
            guard scoped.base.programme.coordinator(login) != nil else { return try Self.session(scoped, login: login, language: lang) }
            let store = try options.openFirstScreen(database)
            guard let actor = store.base.actor(for: login), actor.isCoordinator else { throw ExitCode(Identity.refused) }
            try Self.requireTerminal(fr)
            Self.limitMemory()
            return try Open.coordinatorApplication(firstScreenOf: store, actor: actor, language: lang)
        }
        let url = options.storeURL
        let opening: StoreOpening
        do { opening = try StoreOpening(url) } catch { throw fail(error, lang) }
        // A coordinator is named in the programme, read first: their offers list comes before the rest of the store.
        if let coordinator = opening.preview?.actor(for: login), coordinator.isCoordinator {
            try Self.requireTerminal(fr)
            Self.limitMemory()
            return try Open.coordinatorApplication(opening, url: url, actor: coordinator, language: lang)
        }
        let store: Store
        do { store = try opening.finish() } catch { throw fail(error, lang) }
        try Self.session(store, login: login, language: lang)
    }

    /// The session of `login` on a store read whole: their application, or a word and exit 77.
    static func session(_ store: any RecordStore, login: String, language lang: Language) throws {
        let fr = lang == .fr
        guard let actor = store.base.actor(for: login) else {
            Console.err(fr ? "« \(login) » n'a pas de place dans les stages de \(store.base.programme.academicYearLabel) : voyez le responsable des stages."
                           : "“\(login)” has no place in the \(store.base.programme.academicYearLabel) internships: see the internship coordinator.")
            throw ExitCode(Identity.refused)
        }
        try Self.requireTerminal(fr)
        Self.limitMemory()
        if actor.isCoordinator {
            try Open.coordinatorApplication(store, actor: actor, language: lang, storeName: Open.shortPath(store.name))
        } else {
            try StudentCommand.application(store, actor: actor, language: lang)
        }
    }

    /// A session needs a terminal: `ssh` with a command and no `-t`, sftp and scp get a word and status 2.
    static func requireTerminal(_ fr: Bool) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.err(fr ? "stages a besoin d'un terminal : connectez-vous avec « ssh -t »."
                           : "stages needs a terminal: connect with “ssh -t”.")
            throw ExitCode(2)
        }
    }

    /// One person's session may not take the server's memory: a client can
    /// announce any window size while connected, and ncurses sizes its windows by it.
    /// Data beyond this limit is refused to the process, never to its neighbours.
    static let memoryLimit: rlim_t = 2 << 30

    static func limitMemory() {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit) == 0 else { return }
        if limit.rlim_max > memoryLimit { limit.rlim_max = memoryLimit }
        if limit.rlim_cur > memoryLimit { limit.rlim_cur = memoryLimit }
        _ = setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit)
    }
}
