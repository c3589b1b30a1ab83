import Foundation

/// The path of a file in `Tests/TestSupport/Fixtures`: spreadsheets as offices write them
/// (encodings, separators, quotes, errors), read by the import tests and the command line's.
public func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
}

/// The bytes of a fixture file.
public func fixture(_ name: String) -> Data {
    FileManager.default.contents(atPath: fixturePath(name))!
}
