/// Finds where a JSON document goes wrong, as a line and column, for the
/// messages about a corrupt store. Foundation's decoder says *that* a file is
/// broken but not *where*; this scanner is only run once decoding has failed.
struct JSONFaultLocator {
    struct Fault: Error, Equatable {
        let offset: Int
        let reason: String
    }

    enum PathStep: Equatable {
        case key(String)
        case index(Int)
    }

    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first syntax fault, or nil when the text is well-formed JSON.
    static func syntaxFault(in bytes: [UInt8]) -> Fault? {
        var scanner = JSONFaultLocator(bytes)
        do throws(Fault) {
            scanner.skipWhitespace()
            try scanner.skipValue()
            scanner.skipWhitespace()
            if scanner.i < bytes.count {
                // Two documents end to end, or trailing text: the file holds more than one document says.
                let second = bytes[scanner.i] == UInt8(ascii: "{") || bytes[scanner.i] == UInt8(ascii: "[")
                throw Fault(offset: scanner.i, reason: second ? "a second document after the first" : "unexpected text after the document")
            }
            return nil
        } catch {
            return error
        }
    }

    /// The offset of the value at `path` or, when a step is missing, of the
    /// object or array that should have held it.
    static func offset(of path: [PathStep], in bytes: [UInt8]) -> Int {
        var scanner = JSONFaultLocator(bytes)
        scanner.skipWhitespace()
        var found = scanner.i
        for step in path {
            guard let next = try? scanner.descend(step) else { break }
            found = next
        }
        return found
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(min(offset, bytes.count)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // count UTF-8 lead bytes only
                column += 1
            }
        }
        return (line, column)
    }

    // MARK: Scanning

    private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipWhitespace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 }
    }

    private func fault(_ reason: String) -> Fault {
        Fault(offset: i, reason: i >= bytes.count ? "the file ends too early" : reason)
    }

    private mutating func skipValue() throws(Fault) {
        guard let c = current else { throw fault("value expected") }
        switch c {
        case UInt8(ascii: "{"): try skipObject()
        case UInt8(ascii: "["): try skipArray()
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try skipLiteral("true")
        case UInt8(ascii: "f"): try skipLiteral("false")
        case UInt8(ascii: "n"): try skipLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw fault("unexpected character “\(Character(Unicode.Scalar(c)))”")
        }
    }

    private mutating func skipLiteral(_ word: String) throws(Fault) {
        for expected in word.utf8 {
            guard current == expected else { throw fault("“\(word)” expected") }
            i += 1
        }
    }

    private mutating func skipNumber() throws(Fault) {
        let start = i
        if current == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        while let c = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: ".")
            || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) { digits += 1 }
            i += 1
        }
        if digits == 0 {
            i = start
            throw fault("malformed number")
        }
        // Well-formed but beyond any number the program holds (1e400): the decoder refuses it too.
        if let value = Double(String(decoding: bytes[start..<i], as: UTF8.self)), !value.isFinite {
            i = start
            throw fault("number out of range")
        }
    }

    /// Steps over one character written in UTF-8 (two to four bytes), or says where the encoding breaks.
    private mutating func skipMultiByteCharacter(into out: inout [UInt8]) throws(Fault) {
        var parser = Unicode.UTF8.ForwardParser()
        var rest = bytes[i...].makeIterator()
        switch parser.parseScalar(from: &rest) {
        case .valid(let character):
            out.append(contentsOf: character)
            i += character.count
        case .error(let length) where i + length >= bytes.count:
            i = bytes.count
            throw fault("a character cut short")  // the file ends inside it
        default:
            throw fault("invalid UTF-8")
        }
    }

    private mutating func readString() throws(Fault) -> [UInt8] {
        i += 1  // opening quote
        var out: [UInt8] = []
        while let c = current {
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                return out
            case UInt8(ascii: "\\"):
                i += 2
                out.append(c)
            case 0x00..<0x20:
                throw fault("control character inside a string")
            case 0x80...:
                try skipMultiByteCharacter(into: &out)
            default:
                out.append(c)
                i += 1
            }
        }
        throw fault("unterminated string")
    }

    private mutating func skipObject() throws(Fault) {
        try forEachMember { (_: [UInt8], scanner: inout JSONFaultLocator) throws(Fault) -> Bool in
            try scanner.skipValue()
            return true
        }
    }

    private mutating func skipArray() throws(Fault) {
        try forEachElement { (_: Int, scanner: inout JSONFaultLocator) throws(Fault) -> Bool in
            try scanner.skipValue()
            return true
        }
    }

    /// Calls `body` with the scanner on each member's value; `body` returns false to stop.
    private mutating func forEachMember(_ body: ([UInt8], inout JSONFaultLocator) throws(Fault) -> Bool) throws(Fault) {
        i += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") { i += 1; return }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw fault("a quoted key expected") }
            let key = try readString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw fault("“:” expected after a key") }
            i += 1
            skipWhitespace()
            guard try body(key, &self) else { return }
            skipWhitespace()
            if current == UInt8(ascii: ",") { i += 1; continue }
            if current == UInt8(ascii: "}") { i += 1; return }
            throw fault("“,” or “}” expected")
        }
    }

    private mutating func forEachElement(_ body: (Int, inout JSONFaultLocator) throws(Fault) -> Bool) throws(Fault) {
        i += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") { i += 1; return }
        var index = 0
        while true {
            skipWhitespace()
            guard try body(index, &self) else { return }
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: ",") { i += 1; continue }
            if current == UInt8(ascii: "]") { i += 1; return }
            throw fault("“,” or “]” expected")
        }
    }

    /// Moves to the value at `step` inside the current container; returns its offset.
    private mutating func descend(_ step: PathStep) throws(Fault) -> Int? {
        var found: Int?
        switch (step, current) {
        case (.key(let name), UInt8(ascii: "{")?):
            let wanted = Array(name.utf8)
            try forEachMember { (key: [UInt8], scanner: inout JSONFaultLocator) throws(Fault) -> Bool in
                if key == wanted { found = scanner.i; return false }
                try scanner.skipValue()
                return true
            }
        case (.index(let n), UInt8(ascii: "[")?):
            try forEachElement { (index: Int, scanner: inout JSONFaultLocator) throws(Fault) -> Bool in
                if index == n { found = scanner.i; return false }
                try scanner.skipValue()
                return true
            }
        default:
            return nil
        }
        if let found { i = found }
        return found
    }
}
