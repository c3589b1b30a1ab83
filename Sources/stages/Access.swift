import ArgumentParser
import Foundation
import StagesAccess
import StagesCore
import StagesStore

/// `stages access`: who may come in through the service account's OpenSSH,
/// written as forced commands in its authorized_keys (one block stages owns).
struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Accès par SSH : clés des personnes et leur rôle. / Who comes in over SSH: keys and roles.",
        discussion: """
            Chaque clé ajoutée ne peut lancer que « stages session LOGIN » (restrict,pty,command=…), quelle que soit \
            la commande demandée par le client. Réservé aux responsables. / Each key may only run \
            “stages session LOGIN”, whatever the client asks for. Coordinators only.
            """,
        subcommands: [Add.self, AddAll.self, Remove.self, List.self])

    /// What every access subcommand shares: the store, the language, the file to maintain.
    struct Target: ParsableArguments {
        @OptionGroup var options: CommonOptions

        @Option(name: .customLong("authorized-keys"),
                help: "Fichier authorized_keys à tenir (par défaut celui du compte : ~/.ssh/authorized_keys). / The file to maintain.")
        var authorizedKeys: String?

        @Option(name: .long, help: "Chemin de stages dans les commandes forcées (par défaut ce programme). / stages' path in the forced commands.")
        var binary: String?

        var keysPath: String { authorizedKeys ?? Identity.homeDirectory() + "/.ssh/authorized_keys" }
        var french: Bool { options.language == .fr }

        /// The store, opened by a coordinator, or the reason it cannot be.
        func openAsCoordinator() throws -> (any RecordStore, Actor) {
            let store = try options.openStore()
            return (store, try Identity.coordinator(of: store, options.language))
        }

        func readKeys() throws -> AuthorizedKeys {
            do { return try AuthorizedKeysFile.read(keysPath) } catch { throw complain(error.message(french: french)) }
        }

        /// Changes the file under its lock: read, `change`, written back when it says so.
        func update<T>(_ change: (inout AuthorizedKeys) throws -> (changed: Bool, result: T)) throws -> T {
            do {
                return try AuthorizedKeysFile.update(keysPath, change)
            } catch let error as AuthorizedKeysFile.Failure {
                throw complain(error.message(french: french))
            }
        }

        /// The forced command: a file store by its absolute path; a database by its URL without
        /// password (the service account's `~/.pgpass` or PGPASSWORD gives it).
        func command(for login: String, _ store: any RecordStore) throws -> String {
            let binary = self.binary ?? (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            do {
                let name = (store as? Store)?.url.standardizedFileURL.path ?? store.name
                return try SessionCommand.make(binary: binary, login: login, store: name)
            } catch {
                throw complain(error.message(french: french))
            }
        }

        /// The keys of a `.pub` file with their lines, or its first bad line named.
        func keys(in file: String) throws -> [(key: PublicKey, line: Int)] {
            let bytes: Data
            do {
                guard let read = try AuthorizedKeysFile.readRegularFile(file) else {
                    throw complain(french ? "\(file) : fichier introuvable." : "\(file): file not found.")
                }
                bytes = read
            } catch let error as AuthorizedKeysFile.Failure {
                throw complain(error.message(french: french))
            }
            var keys: [(PublicKey, Int)] = []
            for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty, !text.hasPrefix("#") else { continue }
                do { keys.append((try PublicKey(line: text), n + 1)) } catch {
                    throw complain("\(file):\(n + 1): \(error.message(french: french))")
                }
            }
            guard !keys.isEmpty else {
                throw complain("\(file): \(KeyProblem.empty.message(french: french))")
            }
            return keys
        }

        /// Gives `keys` to `login` in `file`, or names the line of the key file and of
        /// authorized_keys that make it impossible. Returns how many were new.
        func give(_ keys: [(key: PublicKey, line: Int)], to login: String, from source: String,
                  in file: inout AuthorizedKeys, _ store: any RecordStore) throws -> Int {
            let command = try command(for: login, store)
            var added = 0
            for (key, line) in keys {
                do {
                    if try file.add(key, for: login, command: command) { added += 1 }
                } catch {
                    throw complain("\(source):\(line): \(keysPath), \(error.message(french: french))")
                }
            }
            return added
        }

        /// Refuses a login the store does not know.
        func requireKnown(_ login: String, _ data: Dataset, source: String) throws {
            guard Login.isValid(login) else { throw complain("\(source): \(AccessProblem.badLogin(login).message(french: french))") }
            guard data.actor(for: login) != nil else {
                throw complain(french
                    ? "\(source) : « \(login) » n'est ni étudiant·e ni responsable dans \(options.storeURL.path) ; importez-le d'abord, ou --coordinator."
                    : "\(source): “\(login)” is neither a student nor a coordinator in \(options.storeURL.path); import them first, or --coordinator.")
            }
        }

        func complain(_ message: String) -> ExitCode {
            Console.err(message)
            return ExitCode(1)
        }

        func say(_ fr: String, _ en: String) { Console.out(french ? fr : en) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Donne accès à LOGIN avec sa clé publique. / Give LOGIN access with their public key.")

        @Argument(help: "L'identifiant (étudiant·e du store, ou responsable avec --coordinator).") var login: String
        @Argument(help: "Sa clé publique (fichier .pub).") var key: String
        @Flag(help: "En faire un·e responsable des stages. / Make them an internship coordinator.") var coordinator = false
        @Option(help: "Son nom, pour un·e responsable (« Marie Dupont »). / Their name, for a coordinator.") var name: String?
        @OptionGroup var target: Target

        func run() throws {
            let (store, _) = try target.openAsCoordinator()
            let keys = try target.keys(in: key)
            if coordinator {
                guard Login.isValid(login) else { throw target.complain("LOGIN: " + AccessProblem.badLogin(login).message(french: target.french)) }
            } else {
                try target.requireKnown(login, store.base, source: key)
            }
            let added = try target.update { file in
                let added = try target.give(keys, to: login, from: key, in: &file, store)
                return (added > 0, added)
            }
            if coordinator {
                var data = store.base
                data.programme.appoint(Person(login: login, name: name ?? ""))
                if data.programme != store.base.programme {
                    do { _ = try store.save(data) } catch { throw fail(error, target.options.language) }
                }
            }
            let role = coordinator || store.base.programme.coordinator(login) != nil
            target.say("\(login) : \(added) clé(s) ajoutée(s)\(added < keys.count ? ", \(keys.count - added) déjà là" : "") ; \(role ? "responsable des stages" : "étudiant·e") ; \(target.keysPath).",
                       "\(login): \(added) key(s) added\(added < keys.count ? ", \(keys.count - added) already there" : ""); \(role ? "internship coordinator" : "student"); \(target.keysPath).")
        }
    }

    struct AddAll: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-all",
            abstract: "Donne accès à chaque LOGIN.pub d'un dossier (tout ou rien). / Give access to every LOGIN.pub in a folder (all or nothing).")

        @Argument(help: "Le dossier des clés, une par personne : LOGIN.pub.") var folder: String
        @OptionGroup var target: Target

        func run() throws {
            let (store, _) = try target.openAsCoordinator()
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pub") }.sorted()
            } catch {
                throw target.complain(StoreError.file(folder, operation: "list", error).message(target.french ? .fr : .en))
            }
            guard !names.isEmpty else {
                throw target.complain(target.french ? "\(folder) : aucun fichier LOGIN.pub." : "\(folder): no LOGIN.pub file.")
            }
            var wanted: [(login: String, path: String, keys: [(key: PublicKey, line: Int)])] = []
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                let login = String(name.dropLast(4))
                try target.requireKnown(login, store.base, source: path)
                wanted.append((login, path, try target.keys(in: path)))
            }
            let added = try target.update { file in
                var added = 0
                for person in wanted { added += try target.give(person.keys, to: person.login, from: person.path, in: &file, store) }
                return (added > 0, added)
            }
            target.say("\(names.count) personne(s), \(added) clé(s) ajoutée(s) ; \(target.keysPath).",
                       "\(names.count) people, \(added) key(s) added; \(target.keysPath).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retire l'accès de LOGIN : ses clés et, s'il l'a, son rôle de responsable. / Take LOGIN's access away: keys and coordinator role.")

        @Argument var login: String
        @OptionGroup var target: Target

        func run() throws {
            let (store, actor) = try target.openAsCoordinator()
            var data = store.base
            let wasCoordinator = data.programme.coordinator(login) != nil
            let removed = try target.update { file in
                let removed = file.remove(login)
                return (removed > 0, removed)
            }
            guard removed > 0 || wasCoordinator else {
                throw target.complain(target.french ? "« \(login) » n'a pas d'accès dans \(target.keysPath)." : "“\(login)” has no access in \(target.keysPath).")
            }
            if wasCoordinator {
                data.programme.dismiss(login)
                do { _ = try store.save(data) } catch { throw fail(error, target.options.language) }
            }
            target.say("\(login) : \(removed) clé(s) retirée(s)\(wasCoordinator ? ", n'est plus responsable" : "").",
                       "\(login): \(removed) key(s) removed\(wasCoordinator ? ", no longer a coordinator" : "").")
            if wasCoordinator, login == actor.login {
                target.say("Vous n'êtes plus responsable de ce store.", "You are no longer a coordinator of this store.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste qui a accès, avec son rôle et ses clés. / List who has access, their role and keys.")

        @OptionGroup var target: Target

        func run() throws {
            let (store, _) = try target.openAsCoordinator()
            let file = try target.readKeys()
            let data = store.base
            var logins = Set(file.entries.map(\.login))
            logins.formUnion(data.programme.coordinators.map(\.login))
            for login in logins.sorted() {
                let role = data.programme.coordinator(login).map { (target.french ? "responsable" : "coordinator") + " — " + $0.label }
                    ?? data.students[login].map { (target.french ? "étudiant·e" : "student") + " — " + $0.fullName }
                    ?? (target.french ? "inconnu du store" : "not in the store")
                let keys = file.entries(of: login)
                target.say("\(login)  \(role)", "\(login)  \(role)")
                if keys.isEmpty { target.say("    (aucune clé)", "    (no key)") }
                for entry in keys { target.say("    \(entry.key.short)  ligne \(entry.line)", "    \(entry.key.short)  line \(entry.line)") }
            }
            for (key, line) in file.foreignKeys {
                target.say("hors du bloc de stages, ligne \(line) : \(key.short)", "outside stages' block, line \(line): \(key.short)")
            }
        }
    }
}
