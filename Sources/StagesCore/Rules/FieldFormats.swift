/// Well-formedness of the identifiers people type: SIRET, email, phone, postcode.
public enum FieldFormats {
    /// 14 digits passing the Luhn check; La Poste's establishments (SIREN
    /// 356000000) instead have a digit sum that is a multiple of 5.
    public static func isValidSIRET(_ raw: String) -> Bool {
        let text = raw.filter { $0 != " " }
        guard text.count == 14, text.allSatisfy(\.isASCIIDigit) else { return false }
        let digits = text.compactMap(\.wholeNumberValue)
        if text.hasPrefix("356000000") {
            return digits.reduce(0, +) % 5 == 0
        }
        return luhn(digits)
    }

    static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            if i % 2 == 1 {
                let doubled = d * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += d
            }
        }
        return sum % 10 == 0
    }

    /// One "@", something before it, a dotted domain after it, no spaces.
    public static func isValidEmail(_ text: String) -> Bool {
        // Nearly every address is ASCII: its bytes are checked directly (the rules check thousands at once).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return isValidASCIIEmail(Array(text.utf8)) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
            && labels.last!.count >= 2 && labels.last!.allSatisfy(\.isLetter)
    }

    /// `isValidEmail` for ASCII text, byte by byte: the same rules.
    private static func isValidASCIIEmail(_ bytes: [UInt8]) -> Bool {
        let at = UInt8(ascii: "@"), dot = UInt8(ascii: ".")
        guard let sign = bytes.firstIndex(of: at), sign > 0, bytes.lastIndex(of: at) == sign,
              !bytes.contains(where: { [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains($0) }) else { return false }
        let labels = bytes[(sign + 1)...].split(separator: dot, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let last = labels.last, last.count >= 2 else { return false }
        return last.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }
    }

    /// A French number (0X XX XX XX XX, +33 X XX XX XX XX) or an international
    /// one (+ and 8 to 15 digits); spaces, dots, dashes and parentheses allowed.
    public static func isValidPhone(_ text: String) -> Bool {
        let kept = text.filter { !" .-()".contains($0) }
        if kept.hasPrefix("+33") {
            let rest = kept.dropFirst(3)
            return rest.count == 9 && rest.allSatisfy(\.isASCIIDigit) && rest.first != "0"
        }
        if kept.hasPrefix("+") {
            let rest = kept.dropFirst()
            return (8...15).contains(rest.count) && rest.allSatisfy(\.isASCIIDigit)
        }
        return kept.count == 10 && kept.allSatisfy(\.isASCIIDigit) && kept.first == "0" && kept.dropFirst().first != "0"
    }

    /// Five digits in France (01000 to 98999); elsewhere up to 10 letters, digits, spaces or dashes.
    public static func isValidPostcode(_ text: String, inFrance: Bool) -> Bool {
        if inFrance {
            guard text.count == 5, text.allSatisfy(\.isASCIIDigit), let n = Int(text) else { return false }
            return (1000...98999).contains(n)
        }
        return !text.isEmpty && text.count <= 10 && text.allSatisfy { $0.isLetter || $0.isASCIIDigit || $0 == " " || $0 == "-" }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
