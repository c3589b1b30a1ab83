import Foundation

/// A fresh folder in the temporary folder that only its owner may enter (0700), as a store's
/// folder must be; the caller removes it (`defer`).
public func privateFolder(_ prefix: String = "stages-test") throws -> URL {
    let url = unusedPath(prefix)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return url
}

/// A name in the temporary folder that nothing holds yet, and that is not created:
/// for the program under test to make.
public func unusedPath(_ prefix: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
}

/// Removes the folder holding `file` (a store, say), with everything in it.
public func removeFolder(of file: String) {
    try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent)
}
