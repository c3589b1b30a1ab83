#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a person has typed in a form, exactly as typed (an impossible date
/// included), kept in `<store>.drafts/<login>.json` at every change, so a
/// form reopens as it was left even after Ctrl-C or a lost connection.
public struct FormDrafts: Sendable {
    public let directory: String

    public init(store: Store) {
        directory = store.path + ".drafts"
    }

    private func path(_ login: String) -> String {
        directory + "/" + login.filter { $0.isLetter || $0.isNumber || "._-".contains($0) } + ".json"
    }

    public func load(_ login: String) -> [String: String]? {
        guard let data = FileManager.default.contents(atPath: path(login)) else { return nil }
        return try? JSONDecoder().decode([String: String].self, from: data)
    }

    public func save(_ fields: [String: String], for login: String) throws(StoreError) {
        let mode = AtomicFile.mode(of: directory.replacingOccurrences(of: ".drafts", with: ""))?.mode ?? 0o600
        if !FileManager.default.fileExists(atPath: directory) {
            mkdir(directory, mode & 0o070 != 0 ? 0o770 : 0o700)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(fields) else { return }
        try AtomicFile.replace(path(login), with: data, mode: mode, group: nil, keepBackup: false)
    }

    /// Every draft whose name starts with `prefix`, by the rest of its name.
    public func loadAll(prefix: String) -> [String: [String: String]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var out: [String: [String: String]] = [:]
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            out[String(stem.dropFirst(prefix.count))] = load(stem)
        }
        return out
    }

    public func remove(_ login: String) {
        unlink(path(login))
    }
}
