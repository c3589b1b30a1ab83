import Foundation

/// The encodings French offices save text in.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// Reads bytes as text: UTF-8 (a byte-order mark is dropped) when they are
    /// valid UTF-8, else Windows-1252 as French Excel writes; or as told.
    public static func decode(_ data: Data, as forced: TextEncoding? = nil) -> (text: String, encoding: TextEncoding)? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        switch forced {
        case .utf8?:
            return String(data: bytes, encoding: .utf8).map { ($0, .utf8) }
        case .windows1252?:
            return String(data: bytes, encoding: .windowsCP1252).map { ($0, .windows1252) }
        case nil:
            if let text = String(data: bytes, encoding: .utf8) { return (text, .utf8) }
            return String(data: bytes, encoding: .windowsCP1252).map { ($0, .windows1252) }
        }
    }
}
