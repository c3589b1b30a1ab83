import Foundation

/// Where the app prints conventions: `conventions/` beside the store, a private folder
/// (0700, this user's, not a symbolic link) whose files are replaced whole through an
/// exclusive temporary file, never written through a link planted under their name.
public struct ConventionFolder: Sendable {
    public let directory: String

    public init(store: any RecordStore) {
        directory = store.localFolder + "/conventions"
    }

    /// Writes `data` as `name` (a bare file name: no folder part), and returns the file's path.
    public func write(_ data: Data, named name: String) throws(StoreError) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
        guard safe.contains(where: { $0 != "." }) else {
            throw .io(path: directory + "/" + name, operation: "create", reason: "not a file name")
        }
        try AtomicFile.makePrivateDirectory(directory)
        let path = directory + "/" + safe
        try AtomicFile.replace(path, with: data, keepBackup: false)
        return path
    }
}
