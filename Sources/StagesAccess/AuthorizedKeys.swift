import Foundation

/// The service account's `authorized_keys`, with one block that `stages
/// access` owns. Every entry there forces `stages session LOGIN`, whatever
/// command the client asks for; every line outside the block is kept byte for byte.
public struct AuthorizedKeys: Equatable, Sendable {
    public static let begin = "# >>> stages: managed by `stages access`; do not edit by hand >>>"
    public static let end = "# <<< stages <<<"

    /// One person's key, and the command that key is held to.
    public struct Entry: Equatable, Sendable {
        public let login: String
        public let command: String
        public let key: PublicKey
        /// Its line in the file, 1-based (0 for one not written yet).
        public var line: Int

        public init(login: String, command: String, key: PublicKey, line: Int = 0) {
            self.login = login
            self.command = command
            self.key = key
            self.line = line
        }

        var text: String {
            "restrict,pty,command=\"\(command)\" \(key.type) \(key.blob) \(login)"
        }
    }

    /// What comes before the block, and after it, exactly as read.
    public private(set) var before: String
    public private(set) var after: String
    public private(set) var entries: [Entry]
    /// Keys outside the block, with their line: sshd would use them first.
    public let foreignKeys: [(key: PublicKey, line: Int)]

    public static func == (a: Self, b: Self) -> Bool {
        a.before == b.before && a.after == b.after && a.entries == b.entries
    }

    /// Reads the file's text; a block that is opened and never closed is an error.
    public init(text: String) throws(AccessProblem) {
        var before = "", after = "", entries: [Entry] = [], foreign: [(PublicKey, Int)] = []
        var state = 0  // 0 before the block, 1 in it, 2 after it
        var number = 0
        var rest = Substring(text)
        // Lines end at "\n" alone, by scalar: "\r\n" is one Character to Swift.
        while !rest.isEmpty {
            let cut = rest.unicodeScalars.firstIndex(of: "\n").map { rest.unicodeScalars.index(after: $0) } ?? rest.endIndex
            let raw = rest[..<cut]
            rest = rest[cut...]
            number += 1
            let line = raw.unicodeScalars.last == "\n" ? Substring(raw.unicodeScalars.dropLast()) : raw
            switch state {
            case 0 where line == Self.begin: state = 1
            case 1 where line == Self.end: state = 2
            case 1:
                guard let entry = Self.entry(line, number: number) else { throw .unreadableBlockLine(number) }
                entries.append(entry)
            default:
                if let key = Self.keyOutsideBlock(line) { foreign.append((key, number)) }
                if state == 0 { before += raw } else { after += raw }
            }
        }
        if state == 1 { throw .unclosedBlock }
        self.before = before
        self.after = after
        self.entries = entries
        foreignKeys = foreign
    }

    /// The file's text: the lines outside the block as they were, the block after them
    /// (or where it was).
    public var text: String {
        var out = before
        if !out.isEmpty, out.unicodeScalars.last != "\n" { out += "\n" }
        out += Self.begin + "\n"
        for entry in entries { out += entry.text + "\n" }
        out += Self.end + "\n"
        return out + after
    }

    public func entries(of login: String) -> [Entry] { entries.filter { $0.login == login } }

    /// Gives `key` to `login`, held to `command`. Adding a key they already have changes nothing.
    /// Returns whether anything changed.
    @discardableResult
    public mutating func add(_ key: PublicKey, for login: String, command: String) throws(AccessProblem) -> Bool {
        if let other = entries.first(where: { $0.key.blob == key.blob }) {
            guard other.login == login else { throw .keyTaken(by: other.login, line: other.line) }
            return false
        }
        if let outside = foreignKeys.first(where: { $0.key.blob == key.blob }) { throw .keyOutsideBlock(line: outside.line) }
        entries.append(Entry(login: login, command: command, key: key))
        return true
    }

    /// Takes every key of `login` away; returns how many there were.
    @discardableResult
    public mutating func remove(_ login: String) -> Int {
        let count = entries.count
        entries.removeAll { $0.login == login }
        return count - entries.count
    }

    /// `restrict,pty,command="… session LOGIN …" TYPE KEY LOGIN`
    private static func entry(_ line: Substring, number: Int) -> Entry? {
        let prefix = "restrict,pty,command=\""
        guard line.hasPrefix(prefix), let close = line.dropFirst(prefix.count).firstIndex(of: "\"") else { return nil }
        let command = String(line[line.index(line.startIndex, offsetBy: prefix.count)..<close])
        let words = command.split(separator: " ")
        guard let at = words.firstIndex(of: "session"), at + 1 < words.count,
              let key = try? PublicKey(line: line[line.index(after: close)...].drop(while: { $0 == " " }))
        else { return nil }
        return Entry(login: String(words[at + 1]), command: command, key: key, line: number)
    }

    /// A key on a line of its own, after any options: what sshd would match.
    private static func keyOutsideBlock(_ line: Substring) -> PublicKey? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        if let key = try? PublicKey(line: trimmed) { return key }
        // Options come first, up to the first space outside quotes.
        var quoted = false
        for index in trimmed.indices {
            let c = trimmed[index]
            if c == "\"" { quoted.toggle() }
            if c == " ", !quoted { return try? PublicKey(line: trimmed[trimmed.index(after: index)...]) }
        }
        return nil
    }
}

/// The forced command an entry holds a person to.
public enum SessionCommand {
    /// `'/usr/local/bin/stages' session LOGIN --store '/srv/stages/store.json'`, quoting only what needs it.
    public static func make(binary: String, login: String, store: String) throws(AccessProblem) -> String {
        guard Login.isValid(login) else { throw .badLogin(login) }
        for path in [binary, store] where path.contains(where: { "\"'\\\n\r".contains($0) || $0.asciiValue.map { $0 < 0x20 } == true }) {
            throw .unsafePath(path)
        }
        return "\(quote(binary)) session \(login) --store \(quote(store))"
    }

    private static func quote(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) } ? path : "'\(path)'"
    }
}

public enum Login {
    /// Letters, digits, `.`, `_`, `-`, not starting with `-`: safe in a command line and a file name.
    public static func isValid(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 64 && login.first != "-" && login.first != "."
            && login.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

/// Why the access file or a request to change it is refused.
public enum AccessProblem: Error, Equatable, Sendable {
    case unclosedBlock
    case unreadableBlockLine(Int)
    case keyTaken(by: String, line: Int)
    case keyOutsideBlock(line: Int)
    case badLogin(String)
    case unsafePath(String)

    public func message(french: Bool) -> String {
        switch self {
        case .unclosedBlock:
            return french ? "le bloc de stages est ouvert (« \(AuthorizedKeys.begin) ») mais jamais fermé ; corrigez le fichier à la main"
                          : "stages' block is opened (“\(AuthorizedKeys.begin)”) and never closed; fix the file by hand"
        case .unreadableBlockLine(let line):
            return french ? "ligne \(line) : illisible dans le bloc de stages (modifiée à la main ?)"
                          : "line \(line): unreadable in stages' block (edited by hand?)"
        case .keyTaken(let login, let line):
            let fr = line > 0 ? " (ligne \(line))" : " (dans cette même demande)", en = line > 0 ? " (line \(line))" : " (in this same request)"
            return french ? "cette clé est déjà celle de « \(login) »\(fr)" : "this key already belongs to “\(login)”\(en)"
        case .keyOutsideBlock(let line):
            return french ? "cette clé est déjà à la ligne \(line), hors du bloc de stages : sshd utiliserait cette ligne-là ; retirez-la d'abord"
                          : "this key is already on line \(line), outside stages' block: sshd would use that line; remove it first"
        case .badLogin(let login):
            return french ? "identifiant « \(login) » invalide : lettres, chiffres, . _ - seulement"
                          : "invalid login “\(login)”: letters, digits, . _ - only"
        case .unsafePath(let path):
            return french ? "chemin « \(path) » inutilisable dans une commande forcée (guillemet, barre oblique inverse ou caractère de contrôle)"
                          : "path “\(path)” cannot go in a forced command (quote, backslash or control character)"
        }
    }
}
