#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import StagesCore
import StagesStore

/// Who runs this process, and what the store lets them do. Locally that is
/// the real Unix user, read from the password database by uid: `$USER` and
/// `$LOGNAME` are the caller's to set, so they decide nothing. Over SSH it is
/// the login written in the forced command (`stages session LOGIN`).
enum Identity {
    /// The real user: login, and the name from the password database's comment field.
    static func unixUser() -> Person {
        guard let entry = getpwuid(getuid()) else { return Person(login: "uid-\(getuid())") }
        let login = String(cString: entry.pointee.pw_name)
        let comment = entry.pointee.pw_gecos.map { String(cString: $0) } ?? ""
        let name = comment.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return Person(login: login, name: name)
    }

    /// The real user's home, from the password database.
    static func homeDirectory() -> String {
        guard let entry = getpwuid(getuid()) else { return NSHomeDirectory() }
        return String(cString: entry.pointee.pw_dir)
    }

    /// `user` as the store knows them. A store that lists no coordinator
    /// (one written before roles lived in the store) is its file owner's.
    static func local(_ user: Person, in store: any RecordStore) -> Actor? { local(user, in: store.base, path: store.name) }

    /// The same from `data`, the records of the store at `path` (or their preview: the programme is what matters).
    static func local(_ user: Person, in data: Dataset, path: String) -> Actor? {
        if let actor = data.actor(for: user.login) { return actor }
        var info = stat()
        if data.programme.coordinators.isEmpty, lstat(path, &info) == 0, info.st_uid == getuid() {
            return .coordinator(user.login, name: user.name)
        }
        return nil
    }

    /// The local user as a coordinator of `store`, or a refusal on standard error and a non-zero exit.
    static func coordinator(of store: any RecordStore, _ language: Language) throws -> Actor {
        if let actor = coordinator(in: store.base, path: store.name) { return actor }
        let user = unixUser()
        let isStudent = store.base.students[user.login] != nil
        Console.err(language == .fr
            ? "« \(user.login) » n'est pas responsable des stages dans \(store.name) : c'est réservé aux responsables."
              + (isStudent ? " Votre demande s'ouvre avec « stages student »." : "")
            : "“\(user.login)” is not an internship coordinator in \(store.name): this is for coordinators only."
              + (isStudent ? " Your own request opens with “stages student”." : ""))
        throw ExitCode(Identity.refused)
    }

    /// The local user as a coordinator of the store at `path` whose records (or preview) are `data`; nil if they are not one.
    static func coordinator(in data: Dataset, path: String) -> Actor? {
        local(unixUser(), in: data, path: path).flatMap { $0.isCoordinator ? $0 : nil }
    }

    /// The exit status of a refusal for lack of rights (sysexits' EX_NOPERM).
    static let refused: Int32 = 77
}
