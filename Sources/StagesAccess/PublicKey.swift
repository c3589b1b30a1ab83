import Foundation

/// An OpenSSH public key as a `.pub` file holds it: "ssh-ed25519 AAAA… comment".
public struct PublicKey: Hashable, Sendable {
    public let type: String
    /// The key itself, in base64, as written.
    public let blob: String
    public let comment: String

    /// The key types OpenSSH accepts for users.
    public static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// Reads one key line, or says what is wrong with it.
    public init(line: some StringProtocol) throws(KeyProblem) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first else { throw .empty }
        guard Self.types.contains(String(first)) else {
            throw first.contains("=") || first.contains(",") ? .options(String(first.prefix(40))) : .unknownType(String(first.prefix(40)))
        }
        guard words.count >= 2 else { throw .missingKey }
        let blob = String(words[1])
        // The key's own bytes start with its type, as a length-prefixed string.
        guard let bytes = Data(base64Encoded: blob), bytes.count > 4 else { throw .notBase64 }
        let length = bytes.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        guard bytes.count >= 4 + length, String(decoding: bytes.dropFirst(4).prefix(length), as: UTF8.self) == String(first)
        else { throw .typeMismatch(String(first)) }
        type = String(first)
        self.blob = blob
        comment = words.dropFirst(2).joined(separator: " ")
    }

    /// "ssh-ed25519 …Xy12ab" : enough to tell keys apart in a list.
    public var short: String { "\(type) …\(blob.suffix(12))" }
}

/// Why a line is not a public key.
public enum KeyProblem: Error, Equatable, Sendable {
    case empty, missingKey, notBase64
    case unknownType(String), options(String), typeMismatch(String)

    public func message(french: Bool) -> String {
        let list = PublicKey.types.sorted().joined(separator: ", ")
        switch self {
        case .empty: return french ? "aucune clé" : "no key"
        case .missingKey: return french ? "le type est là, mais pas la clé qui le suit" : "the type is there, but not the key after it"
        case .notBase64: return french ? "la clé n'est pas du base64 valide" : "the key is not valid base64"
        case .unknownType(let word):
            return french ? "« \(word) » n'est pas un type de clé OpenSSH (\(list)) ; donnez le fichier .pub"
                          : "“\(word)” is not an OpenSSH key type (\(list)); give the .pub file"
        case .options(let word):
            return french ? "la ligne commence par des options (« \(word) ») : donnez le fichier .pub, pas une ligne d'authorized_keys"
                          : "the line starts with options (“\(word)”): give the .pub file, not an authorized_keys line"
        case .typeMismatch(let type):
            return french ? "la clé ne correspond pas à son type \(type) (copie tronquée ?)" : "the key does not match its type \(type) (cut short?)"
        }
    }
}
