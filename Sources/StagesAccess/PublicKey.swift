import Foundation

/// An OpenSSH public key as a `.pub` file holds it: "ssh-ed25519 AAAA… comment".
/// Two keys are the same key when their decoded bytes are: a key is accepted
/// only in its one canonical encoding, so the same key cannot pass for two.
public struct PublicKey: Hashable, Sendable {
    public let type: String
    /// The key itself, in base64, as written.
    public let blob: String
    public let comment: String
    /// The key's bytes: what identifies it.
    public let bytes: Data

    /// The key types OpenSSH accepts for users, and the fields their bytes hold after the type.
    static let layouts: [String: [Field]] = [
        "ssh-ed25519": [.bytes(32)],
        "ssh-rsa": [.mpint, .mpint],
        "ecdsa-sha2-nistp256": [.name("nistp256"), .string],
        "ecdsa-sha2-nistp384": [.name("nistp384"), .string],
        "ecdsa-sha2-nistp521": [.name("nistp521"), .string],
        "sk-ssh-ed25519@openssh.com": [.bytes(32), .string],
        "sk-ecdsa-sha2-nistp256@openssh.com": [.name("nistp256"), .string, .string],
    ]
    public static var types: [String] { layouts.keys.sorted() }

    enum Field: Equatable {
        case bytes(Int), mpint, string, name(String)
    }

    /// Reads one key line, or says what is wrong with it.
    public init(line: some StringProtocol) throws(KeyProblem) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
        guard let first = words.first else { throw .empty }
        guard let layout = Self.layouts[String(first)] else {
            throw first.contains("=") || first.contains(",") ? .options : .unknownType
        }
        guard words.count >= 2 else { throw .missingKey }
        let blob = String(words[1])
        guard let bytes = Data(base64Encoded: blob) else { throw .notBase64 }
        guard bytes.base64EncodedString() == blob, Self.isCanonical([UInt8](bytes), type: String(first), layout: layout)
        else { throw .notCanonical(String(first)) }
        type = String(first)
        self.blob = blob
        self.bytes = bytes
        comment = words.dropFirst(2).joined(separator: " ")
    }

    /// The bytes hold the type, then exactly the layout's fields, each in its shortest form.
    private static func isCanonical(_ bytes: [UInt8], type: String, layout: [Field]) -> Bool {
        var at = 0
        func string() -> ArraySlice<UInt8>? {
            guard at + 4 <= bytes.count else { return nil }
            let length = bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
            guard length <= bytes.count - at - 4 else { return nil }
            defer { at += 4 + length }
            return bytes[at + 4..<at + 4 + length]
        }
        guard let name = string(), String(decoding: name, as: UTF8.self) == type else { return false }
        for field in layout {
            guard let value = string() else { return false }
            switch field {
            case .bytes(let count): guard value.count == count else { return false }
            case .name(let expected): guard String(decoding: value, as: UTF8.self) == expected else { return false }
            case .string: guard !value.isEmpty else { return false }
            case .mpint:
                // Positive, with no leading zero byte unless the next byte's high bit needs it.
                guard let head = value.first, head & 0x80 == 0 else { return false }
                if head == 0 { guard value.count > 1, value[value.startIndex + 1] & 0x80 != 0 else { return false } }
            }
        }
        return at == bytes.count
    }

    public static func == (a: PublicKey, b: PublicKey) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    /// "ssh-ed25519 …Xy12ab" : enough to tell keys apart in a list.
    public var short: String { "\(type) …\(blob.suffix(12))" }
}

/// Why a line is not a public key. Nothing of the line is repeated: it may
/// come from a file that is not a key at all.
public enum KeyProblem: Error, Equatable, Sendable {
    case empty, missingKey, notBase64, unknownType, options
    case notCanonical(String)

    public func message(french: Bool) -> String {
        let list = PublicKey.types.joined(separator: ", ")
        switch self {
        case .empty: return french ? "aucune clé" : "no key"
        case .missingKey: return french ? "le type est là, mais pas la clé qui le suit" : "the type is there, but not the key after it"
        case .notBase64: return french ? "la clé n'est pas du base64 valide" : "the key is not valid base64"
        case .unknownType:
            return french ? "le premier mot n'est pas un type de clé OpenSSH (\(list)) ; donnez le fichier .pub"
                          : "the first word is not an OpenSSH key type (\(list)); give the .pub file"
        case .options:
            return french ? "la ligne commence par des options : donnez le fichier .pub, pas une ligne d'authorized_keys"
                          : "the line starts with options: give the .pub file, not an authorized_keys line"
        case .notCanonical(let type):
            return french ? "la clé n'est pas une clé \(type) écrite comme OpenSSH l'écrit (tronquée ou réencodée ?)"
                          : "the key is not a \(type) key as OpenSSH writes it (cut short or re-encoded?)"
        }
    }
}
