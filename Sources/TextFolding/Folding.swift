import Foundation

/// Text as search and matching compare it: "Œuvres  ÉCRITES" → "oeuvres  ecrites".
/// Case and accents go (as Foundation's `folding` does it), and the ligatures
/// become their letters (œ, æ, ß, ĳ, ﬁ, ﬂ…), so "oeuvre" finds "œuvre". Letters of the
/// Latin alphabets go through a table built once from Foundation's own folding,
/// so the result is byte for byte the same at a fraction of the cost; anything
/// else (Greek, CJK, emoji) is folded by Foundation, one character at a time.
public enum Folding {
    /// The folded text.
    public static func fold(_ text: String) -> String {
        String(decoding: bytes(text), as: UTF8.self)
    }

    /// The folded text's UTF-8 bytes: what a byte search runs over.
    public static func bytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    /// Appends the folded bytes of each of `parts`, separated by a space: a record's search
    /// text made without building the joined string first.
    public static func bytes(_ parts: String...) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (n, part) in parts.enumerated() {
            if n > 0 { out.append(0x20) }
            append(part, to: &out)
        }
        return out
    }

    /// Appends the folded bytes of `text` to `out`. Read as UTF-8 bytes: ASCII and the
    /// two-byte letters (accented Latin) by table, anything longer by Foundation.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var i = 0
            let count = utf8.count
            while i < count {
                let byte = utf8[i]
                if byte < 0x80 {
                    out.append(lowerASCII[Int(byte)])
                    i += 1
                } else if byte & 0xE0 == 0xC0, i + 1 < count {
                    let value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                    if value < tableEnd {
                        out.append(contentsOf: latin[Int(value - 0x80)])
                    } else if !(0x300...0x36F).contains(value) {  // a combining accent of a decomposed letter goes
                        out.append(contentsOf: slow(Array(utf8[i..<(i + 2)])))
                    }
                    i += 2
                } else {
                    // Three or four bytes (or a stray continuation byte, impossible in a String): one scalar.
                    var end = i + 1
                    while end < count, utf8[end] & 0xC0 == 0x80 { end += 1 }
                    out.append(contentsOf: slow(Array(utf8[i..<end])))
                    i = end
                }
            }
        }
    }

    /// One character outside the table, folded by Foundation after its compatibility decomposition
    /// (the typographic ligatures ﬁ, ﬂ, ﬀ… as their letters, full-width letters as letters).
    private static func slow(_ utf8: [UInt8]) -> [UInt8] {
        Array(String(decoding: utf8, as: UTF8.self).decomposedStringWithCompatibilityMapping.folding(options: options, locale: nil).utf8)
    }

    private static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    /// Latin-1 Supplement, Latin Extended-A and B: the letters of European names and places.
    private static let tableEnd: UInt32 = 0x250

    private static let lowerASCII: [UInt8] = (0..<128).map { byte in
        (0x41...0x5A).contains(byte) ? UInt8(byte + 0x20) : UInt8(byte)
    }

    private static let latin: [[UInt8]] = (UInt32(0x80)..<tableEnd).map { value in
        switch value {
        case 0x152, 0x153: return Array("oe".utf8)  // Œ œ
        case 0xC6, 0xE6: return Array("ae".utf8)  // Æ æ
        case 0xDF: return Array("ss".utf8)  // ß
        case 0x132, 0x133: return Array("ij".utf8)  // Ĳ ĳ
        default:
            guard let scalar = Unicode.Scalar(value) else { return [] }
            return Array(String(scalar).folding(options: options, locale: nil).utf8)
        }
    }
}
