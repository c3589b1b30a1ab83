#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a person has typed in a form, exactly as typed (an impossible date
/// included), kept in `<store>.drafts/<login>.json` at every change, so a
/// form reopens as it was left even after Ctrl-C or a lost connection.
/// The folder is 0700 and must be this user's own real folder; each draft is
/// 0600, replaced through an exclusive temporary file, read without following
/// a symbolic link.
public struct FormDrafts: Sendable {
    public let directory: String

    public init(store: any RecordStore) {
        directory = store.draftsFolder
    }

    public init(storePath: String) {
        directory = storePath + ".drafts"
    }

    private func path(_ login: String) -> String {
        directory + "/" + login.filter { $0.isLetter || $0.isNumber || "._-".contains($0) } + ".json"
    }

    /// Whether the folder is there and is the one this program makes; a folder
    /// that is not (a symbolic link, someone else's) holds no draft of ours.
    private var folderIsOurs: Bool {
        (try? AtomicFile.checkPrivateDirectory(directory)) == true
    }

    public func load(_ login: String) -> [String: String]? {
        guard folderIsOurs, let data = try? AtomicFile.read(path(login)) else { return nil }
        return try? JSONDecoder().decode([String: String].self, from: data)
    }

    /// When `login`'s draft was last kept; nil when there is none.
    public func date(_ login: String) -> Date? {
        guard folderIsOurs else { return nil }
        return (try? FileManager.default.attributesOfItem(atPath: path(login)))?[.modificationDate] as? Date
    }

    public func save(_ fields: [String: String], for login: String) throws(StoreError) {
        try AtomicFile.makePrivateDirectory(directory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(fields) else { return }
        try AtomicFile.replace(path(login), with: data, keepBackup: false)
    }

    /// Every draft whose name starts with `prefix`, by the rest of its name.
    public func loadAll(prefix: String) -> [String: [String: String]] {
        guard folderIsOurs else { return [:] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var out: [String: [String: String]] = [:]
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            out[String(stem.dropFirst(prefix.count))] = load(stem)
        }
        return out
    }

    /// Removes the draft itself; a symbolic link there goes, never what it points at.
    public func remove(_ login: String) {
        guard folderIsOurs else { return }
        unlink(path(login))
    }
}
