/// Text that came from elsewhere (a file, a store, a path), made safe to write
/// to a terminal: no control character in it can move the cursor, clear the
/// screen, set the clipboard or the window title.
public enum TerminalSafe {
    /// `text` with every control character a terminal could obey replaced by a
    /// visible stand-in, everything else left exactly as it was:
    ///
    /// - C0 controls U+0000–U+001F become their control pictures U+2400–U+241F
    ///   (ESC `␛`, BEL `␇`, BS `␈`, a lone CR `␍`…), except line feed and tab,
    ///   which stay, and a carriage return just before a line feed (a CRLF line
    ///   ending), which stays too: it only ends the line.
    /// - DEL U+007F becomes `␡` (U+2421).
    /// - C1 controls U+0080–U+009F (U+009B is CSI, U+009D OSC to some terminals)
    ///   become the text `\u{9B}`, in Swift's notation.
    /// - Bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E,
    ///   U+2066–U+2069) become the same notation: they move no cursor, but they
    ///   make text read otherwise than it is ("Trojan Source").
    ///
    /// What it leaves is printable, so the result never holds an escape
    /// sequence, whatever `text` held.
    public static func neutralise(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            switch scalar.value {
            case 0x0A, 0x09:
                out.append(scalar)
            case 0x0D where index != scalars.endIndex && scalars[index] == "\n":
                out.append(scalar)
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F, 0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a terminal could act on `scalar` (line feed and tab aside).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
