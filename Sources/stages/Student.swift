import ArgumentParser
import Foundation
import Screens
import StagesCore
import StagesStore

/// `stages student`: a student's own application, under their real Unix login.
struct StudentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "student",
        abstract: "L'application de l'étudiant·e : situation, offres, demande de stage, alternance. / The student's application.",
        discussion: """
            L'identifiant est celui de l'utilisateur Unix (pas $USER). --login est réservé aux responsables, \
            et ce qu'ils y font est enregistré à leur nom. / The login is the real Unix user's (not $USER); \
            --login is for coordinators, and what they do there is recorded as theirs.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Voir comme cet·te étudiant·e (responsables seulement). / See as this student (coordinators only).")
    var login: String?

    func run() throws {
        let lang = options.language
        // Seen as themself, a student's session reads only what it shows (on a database).
        let store = try options.openStore(student: login == nil ? Identity.unixUser().login : nil, session: true)
        let actor: Actor
        if let login {
            let coordinator = try Identity.coordinator(of: store, lang)
            guard store.base.students[login] != nil else { throw Self.unknown(login, store, lang) }
            actor = .student(login, seenBy: coordinator.person)
        } else {
            let user = Identity.unixUser()
            guard let student = store.base.students[user.login] else {
                if Identity.local(user, in: store)?.isCoordinator == true {
                    Console.err(lang == .fr
                        ? "« \(user.login) » est responsable des stages : « stages » ouvre votre application ; « stages student --login LOGIN » montre celle d'un·e étudiant·e."
                        : "“\(user.login)” is an internship coordinator: “stages” opens your application; “stages student --login LOGIN” shows a student's.")
                    throw ExitCode(Identity.refused)
                }
                throw Self.unknown(user.login, store, lang)
            }
            actor = .student(student.login, name: student.fullName)
        }
        try Self.application(store, actor: actor, language: lang)
    }

    /// The student's application for `actor`, with their draft as they left it.
    static func application(_ store: any RecordStore, actor: Actor, language: Language) throws {
        try Interactive.run(store, french: language == .fr) { size in
            let drafts = FormDrafts(store: store)
            var state = AppState(data: store.base, actor: actor, language: language, today: .today(),
                                 storeName: Open.shortPath(store.name), size: size, draft: drafts.load(actor.draftName),
                                 declarationDraft: drafts.load(actor.declarationDraftName))
            state.requestDraftKept = drafts.date(actor.draftName)
            return state
        }
    }

    private static func unknown(_ login: String, _ store: any RecordStore, _ language: Language) -> ExitCode {
        Console.err(language == .fr
            ? "Identifiant « \(login) » inconnu dans \(store.name) : demandez au responsable des stages de vous inscrire."
            : "Login “\(login)” is not in \(store.name): ask the internship coordinator to register you.")
        return ExitCode(Identity.refused)
    }
}
