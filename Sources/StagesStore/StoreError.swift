import Foundation
import StagesCore

/// Why the store could not be read or written. Every message names the file,
/// and a corrupt file is described by line and column.
public enum StoreError: Error, Equatable, Sendable {
    case notFound(path: String)
    case empty(path: String)
    case corrupt(path: String, line: Int, column: Int, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case notAStore(path: String)
    case io(path: String, operation: String, reason: String)
    /// A symbolic link where the store reads or writes one of its files or folders:
    /// the program never makes one, so it is refused, neither followed nor removed.
    case symbolicLink(path: String)
    /// Something other than a regular file (a folder, a FIFO, a device) where the store keeps a file.
    case notAFile(path: String, kind: EntryKind = .other)
    /// Something other than a folder where the store keeps a folder.
    case notADirectory(path: String)
    /// A folder of the store's that belongs to another user (`owner` is its uid).
    case notOwned(path: String, owner: Int)
    /// The store's folder can be written by other users (`mode` is its permission bits).
    case folderWritableByOthers(path: String, mode: Int)
    /// Something is already where a new store would be made: it is left as it is.
    case alreadyThere(path: String, kind: EntryKind)
    /// A journal with no document beside it, found when making a new store: it is left as it is.
    case strayJournal(path: String)
    /// A database store (PostgreSQL) that could not be reached or used, named by its URL without password.
    case database(name: String, problem: DatabaseProblem)
    /// The store is the archive of a finished year: nothing is saved to it.
    case archived(name: String, year: String)

    /// What sits at a path, as the messages name it.
    public enum EntryKind: Equatable, Sendable {
        case file, folder, symbolicLink, other

        var name: (fr: String, en: String) {
            switch self {
            case .file: ("un fichier", "a file")
            case .folder: ("un dossier", "a folder")
            case .symbolicLink: ("un lien symbolique", "a symbolic link")
            case .other: ("un fichier spécial", "a special file")
            }
        }
    }

    public var message: LocalizedText {
        switch self {
        case .notFound(let path):
            LocalizedText(fr: "\(path) : aucun fichier de données ici.", en: "\(path): no store file here.")
        case .empty(let path):
            LocalizedText(fr: "\(path) : le fichier est vide ; il n'a pas été modifié.",
                          en: "\(path): the file is empty; it was left untouched.")
        case .corrupt(let path, let line, let column, let reason):
            LocalizedText(fr: "\(path):\(line):\(column) : fichier illisible (\(reason)) ; il n'a pas été modifié.",
                          en: "\(path):\(line):\(column): unreadable file (\(reason)); it was left untouched.")
        case .newerVersion(let path, let found, let supported):
            LocalizedText(fr: "\(path) : format version \(found), plus récent que celui de ce programme (\(supported)) ; mettez stages à jour.",
                          en: "\(path): format version \(found) is newer than this program's (\(supported)); update stages.")
        case .notAStore(let path):
            LocalizedText(fr: "\(path) : ce fichier JSON n'est pas un fichier de données de stages.",
                          en: "\(path): this JSON file is not a stages store.")
        case .io(let path, let operation, let reason):
            LocalizedText(fr: "\(path) : échec \(Self.french(operation: operation)) : \(Self.french(reason: reason)).",
                          en: "\(path): \(operation) failed: \(reason).")
        case .symbolicLink(let path):
            LocalizedText(fr: "\(path) : lien symbolique que ce programme n'a pas créé ; refusé, rien n'a été lu ni écrit à travers lui. Vérifiez qui l'a posé là, puis supprimez le lien.",
                          en: "\(path): a symbolic link this program did not make; refused, nothing was read or written through it. Check who put it there, then remove the link.")
        case .notAFile(let path, .folder):
            LocalizedText(fr: "\(path) : c'est un dossier, pas un fichier ; refusé, il n'a pas été modifié. Vérifiez le chemin donné par --store ou $STAGES_STORE.",
                          en: "\(path): a folder, not a file; refused, it was left untouched. Check the path given by --store or $STAGES_STORE.")
        case .notAFile(let path, _):
            LocalizedText(fr: "\(path) : ce n'est pas un fichier ordinaire ; refusé, il n'a pas été modifié.",
                          en: "\(path): not a regular file; refused, it was left untouched.")
        case .notADirectory(let path):
            LocalizedText(fr: "\(path) : ce n'est pas un dossier ; refusé, il n'a pas été modifié.",
                          en: "\(path): not a folder; refused, it was left untouched.")
        case .notOwned(let path, let owner):
            LocalizedText(fr: "\(path) : appartient à un autre utilisateur (uid \(owner)) ; refusé, ce programme ne s'en sert pas.",
                          en: "\(path): belongs to another user (uid \(owner)); refused, this program will not use it.")
        case .alreadyThere(let path, let kind):
            LocalizedText(fr: "\(path) : \(kind.name.fr) est déjà là ; rien n'a été créé, remplacé ni supprimé. Choisissez un autre nom avec --store, ou ouvrez ce fichier s'il s'agit déjà d'un store.",
                          en: "\(path): \(kind.name.en) is already there; nothing was created, replaced or removed. Choose another name with --store, or open that file if it is already a store.")
        case .database(let name, let problem):
            LocalizedText(fr: "\(name) : \(problem.message.fr)", en: "\(name): \(problem.message.en)")
        case .archived(let name, let year):
            LocalizedText(fr: "\(name) : archive de l'année \(year), en lecture seule ; rien n'a été enregistré.",
                          en: "\(name): archive of \(year), read-only; nothing was saved.")
        case .strayJournal(let path):
            LocalizedText(fr: "\(path) : un journal est là sans son document ; rien n'a été créé ni supprimé. Il contient peut-être des enregistrements : remettez le document (la copie .bak) à côté, ou déplacez le journal s'il ne sert plus.",
                          en: "\(path): a journal is there without its document; nothing was created or removed. It may hold saved records: put the document (its .bak copy) back beside it, or move the journal away if it is of no use.")
        case .folderWritableByOthers(let path, let mode):
            // A sticky folder such as /tmp is meant for everyone: the store moves, the folder stays as it is.
            if mode & 0o1000 != 0 {
                LocalizedText(fr: "\(path) : dossier modifiable par d'autres utilisateurs (mode \(Self.octal(mode))) ; un autre compte pourrait y remplacer les fichiers du store. Placez le store dans un dossier à vous (mkdir -m 700 …).",
                              en: "\(path): folder writable by other users (mode \(Self.octal(mode))); another account could replace the store's files there. Keep the store in a folder of your own (mkdir -m 700 …).")
            } else {
                LocalizedText(fr: "\(path) : dossier modifiable par d'autres utilisateurs (mode \(Self.octal(mode))) ; un autre compte pourrait y remplacer les fichiers du store. chmod go-w \(Self.shellQuoted(path))",
                              en: "\(path): folder writable by other users (mode \(Self.octal(mode))); another account could replace the store's files there. chmod go-w \(Self.shellQuoted(path))")
            }
        }
    }

    /// A failed file operation of Foundation's (`Data.write`, `contentsOfDirectory`)
    /// as `.io`, with the system's reason ("Is a directory") rather than
    /// Foundation's number for it ("NSCocoaErrorDomain error 512").
    public static func file(_ path: String, operation: String, _ error: any Error) -> StoreError {
        var next: NSError? = error as NSError
        while let current = next {
            if current.domain == NSPOSIXErrorDomain { return .io(path: path, operation: operation, reason: String(cString: strerror(Int32(current.code)))) }
            next = current.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        // Foundation often keeps the reason to itself: the commonest, a folder where a file goes or the reverse.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT == S_IFDIR) != (operation == "list") {
            return .io(path: path, operation: operation, reason: String(cString: strerror(operation == "list" ? ENOTDIR : EISDIR)))
        }
        if let cocoa = error as? CocoaError {
            let code: Int32? = switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
            case .fileReadNoPermission, .fileWriteNoPermission: EACCES
            case .fileWriteOutOfSpace: ENOSPC
            case .fileWriteVolumeReadOnly: EROFS
            case .fileWriteFileExists: EEXIST
            default: nil
            }
            if let code { return .io(path: path, operation: operation, reason: String(cString: strerror(code))) }
            return .io(path: path, operation: operation, reason: "no reason given by the system (Foundation code \(cocoa.code.rawValue))")
        }
        return .io(path: path, operation: operation, reason: StoreFormat.explain(error))
    }

    /// The operations `.io` names, as a French sentence says them.
    private static func french(operation: String) -> String {
        switch operation {
        case "read": "de la lecture"
        case "write": "de l'écriture"
        case "create": "de la création"
        case "open", "open lock": operation == "open" ? "de l'ouverture" : "de l'ouverture du verrou"
        case "lock": "du verrouillage"
        case "truncate": "de la remise à longueur"
        case "rename": "du renommage"
        case "mkdir": "de la création du dossier"
        case "chmod": "du changement de droits"
        case "fstat": "de l'examen du fichier"
        case "list": "de la lecture du dossier"
        case "encode": "de la mise en forme JSON"
        default: "de « \(operation) »"
        }
    }

    /// The system's reasons a person meets (disk full, read-only…), in French;
    /// others as the system gives them.
    private static func french(reason: String) -> String {
        let known: [(Int32, String)] = [
            (ENOSPC, "disque plein"), (EDQUOT, "quota disque dépassé"), (EROFS, "système de fichiers en lecture seule"),
            (EACCES, "permission refusée"), (EPERM, "opération non permise"), (ENOENT, "fichier ou dossier introuvable"),
            (ENOTDIR, "pas un dossier"), (EISDIR, "c'est un dossier"), (EEXIST, "existe déjà"),
            (ENAMETOOLONG, "nom de fichier trop long"), (EIO, "erreur d'entrée-sortie du disque"),
            (EMFILE, "trop de fichiers ouverts"), (ELOOP, "lien symbolique refusé"), (EFBIG, "fichier trop gros"),
        ]
        return known.first { String(cString: strerror($0.0)) == reason }?.1 ?? reason
    }

    /// Permission bits as `ls` and `chmod` write them: 0777, 1777.
    private static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A path as it can be pasted into a shell.
    private static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "/._-+:@%,".unicodeScalars.contains($0)
        }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { message.en }
}
