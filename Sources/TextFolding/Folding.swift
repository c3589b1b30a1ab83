import Foundation

/// Text as search and matching compare it: "Œuvres  ÉCRITES" → "oeuvres  ecrites".
/// Case and accents go (as Foundation's `folding` does it), and the ligatures
/// œ and æ become "oe" and "ae", so "oeuvre" finds "œuvre". Letters of the
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
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii {
            for byte in text.utf8 { out.append(lowerASCII[Int(byte)]) }
            return out
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(lowerASCII[Int(value)])
            } else if value >= 0x300, value <= 0x36F {
                continue  // a combining accent of a decomposed letter
            } else if value < tableEnd {
                out.append(contentsOf: latin[Int(value - 0x80)])
            } else {
                out.append(contentsOf: String(scalar).folding(options: options, locale: nil).utf8)
            }
        }
        return out
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
        default:
            guard let scalar = Unicode.Scalar(value) else { return [] }
            return Array(String(scalar).folding(options: options, locale: nil).utf8)
        }
    }
}
