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

    public func remove(_ login: String) {
        unlink(path(login))
    }
}
