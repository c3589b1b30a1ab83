import Foundation
import StagesCore

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

    /// What comes before the block, and after it, byte for byte as read.
    public private(set) var before: Data
    public private(set) var after: Data
    public private(set) var entries: [Entry]
    /// Keys outside the block, with their line: sshd would use them first.
    public let foreignKeys: [(key: PublicKey, line: Int)]

    public static func == (a: Self, b: Self) -> Bool {
        a.before == b.before && a.after == b.after && a.entries == b.entries
    }

    public init(text: String) throws(AccessProblem) {
        try self.init(bytes: Data(text.utf8))
    }

    /// Reads the file's bytes; a block opened and never closed, or a line in it
    /// that is not exactly what `stages access` writes, is an error.
    public init(bytes: Data) throws(AccessProblem) {
        var before = Data(), after = Data(), entries: [Entry] = [], foreign: [(PublicKey, Int)] = []
        var state = 0  // 0 before the block, 1 in it, 2 after it
        var opened = 0
        var number = 0
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let cut = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
            let raw = bytes[start..<cut]
            start = cut
            number += 1
            // The line's text without its end, "\r\n" or "\n": a file edited on Windows still reads.
            var content = raw
            while let last = content.last, last == 0x0A || last == 0x0D { content = content.dropLast() }
            let line = String(decoding: content, as: UTF8.self)
            switch state {
            case 0 where line == Self.begin: state = 1; opened = number
            case 1 where line == Self.end: state = 2
            case 1:
                guard let entry = Self.entry(line, number: number) else { throw .unreadableBlockLine(number) }
                entries.append(entry)
            default:
                if let key = Self.keyOutsideBlock(Substring(line)) { foreign.append((key, number)) }
                if state == 0 { before += raw } else { after += raw }
            }
        }
        if state == 1 { throw .unclosedBlock(line: opened) }
        self.before = before
        self.after = after
        self.entries = entries
        foreignKeys = foreign
    }

    /// The file's bytes: the lines outside the block as they were, the block where it was
    /// (or after them).
    public var bytes: Data {
        var out = before
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        var block = Self.begin + "\n"
        for entry in entries { block += entry.text + "\n" }
        block += Self.end + "\n"
        out += Data(block.utf8)
        return out + after
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func entries(of login: String) -> [Entry] { entries.filter { $0.login == login } }

    /// Gives `key` to `login`, held to `command`. Adding a key they already have changes nothing.
    /// Returns whether anything changed.
    @discardableResult
    public mutating func add(_ key: PublicKey, for login: String, command: String) throws(AccessProblem) -> Bool {
        if let other = entries.first(where: { $0.key == key }) {
            guard other.login == login else { throw .keyTaken(by: other.login, line: other.line) }
            return false
        }
        if let outside = foreignKeys.first(where: { $0.key == key }) { throw .keyOutsideBlock(line: outside.line) }
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

    /// `restrict,pty,command="BINARY session LOGIN --store STORE" TYPE KEY LOGIN`, exactly
    /// as `SessionCommand.make` and `Entry.text` write it; anything else is not ours.
    private static func entry(_ line: String, number: Int) -> Entry? {
        let prefix = "restrict,pty,command=\""
        guard line.hasPrefix(prefix) else { return nil }
        let rest = line.dropFirst(prefix.count)
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        let command = String(rest[..<close])
        guard let words = SessionCommand.words(command), words.count == 5, words[1] == "session", words[3] == "--store",
              (try? SessionCommand.make(binary: words[0], login: words[2], store: words[4])) == command,
              let key = try? PublicKey(line: rest[rest.index(after: close)...].drop(while: { $0 == " " }))
        else { return nil }
        let entry = Entry(login: words[2], command: command, key: key, line: number)
        return entry.text == line ? entry : nil
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

    /// The words of a command `make` wrote: plain words, or words in single quotes.
    static func words(_ command: String) -> [String]? {
        var words: [String] = [], word = "", quoted = false, inWord = false
        for c in command {
            if c == "'" { quoted.toggle(); inWord = true }
            else if c == " ", !quoted { if inWord { words.append(word); word = ""; inWord = false } }
            else { word.append(c); inWord = true }
        }
        guard !quoted else { return nil }
        if inWord { words.append(word) }
        return words
    }
}

/// Why the access file or a request to change it is refused.
public enum AccessProblem: Error, Equatable, Sendable {
    case unclosedBlock(line: Int)
    case unreadableBlockLine(Int)
    case keyTaken(by: String, line: Int)
    case keyOutsideBlock(line: Int)
    case badLogin(String)
    case unsafePath(String)

    public func message(french: Bool) -> String {
        switch self {
        case .unclosedBlock(let line):
            return french ? "ligne \(line) : le bloc de stages s'ouvre ici mais ne se ferme jamais ; corrigez le fichier à la main"
                          : "line \(line): stages' block opens here and is never closed; fix the file by hand"
        case .unreadableBlockLine(let line):
            return french ? "ligne \(line) : pas une ligne écrite par « stages access » dans son bloc (modifiée à la main ?) ; corrigez ou retirez-la"
                          : "line \(line): not a line “stages access” wrote in its block (edited by hand?); fix or remove it"
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
