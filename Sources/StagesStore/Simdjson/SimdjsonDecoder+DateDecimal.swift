import CSimdjson
import Foundation
import StagesCore

/// The two types JSONDecoder reads its own way for the store: `Date` by the
/// `.iso8601` strategy, `Decimal` from the number's text. Anything this reads
/// differently from JSONDecoder is refused here and left to JSONDecoder.
extension SimdjsonDecoder {
    /// The form the store's encoder writes, `2026-09-01T10:00:00Z`, read by
    /// arithmetic; any other form of ISO 8601 is left to JSONDecoder.
    func readDate() throws -> Date {
        let text = try read(String.self)
        guard let date = Self.internetDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Expected date string to be ISO8601-formatted."))
        }
        return date
    }

    static func internetDate(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                  b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z") else { return nil }
            func number(_ at: Int, _ digits: Int) -> Int? {
                var n = 0
                for byte in b[at..<(at + digits)] {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                    n = n * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return n
            }
            // Years the Gregorian calendar covers the same way in Foundation and here.
            guard let year = number(0, 4), (1900...9999).contains(year), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), hour < 24, let minute = number(14, 2), minute < 60,
                  let second = number(17, 2), second < 60,
                  let civil = CivilDate(year: year, month: month, day: day) else { return nil }
            let days = CivilDate(year: 1970, month: 1, day: 1)!.days(to: civil)
            return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
        }
    }

    /// Integers exactly; other numbers from the shortest text that reads back
    /// as their double, which is the literal itself for up to 15 significant
    /// digits. A document with longer digit runs is left to JSONDecoder.
    func readDecimal() throws -> Decimal {
        switch csj_type_of(value) {
        case CSJ_INT64:
            var out: Int64 = 0
            _ = csj_int64(value, &out)
            return Decimal(out)
        case CSJ_UINT64:
            var out: UInt64 = 0
            _ = csj_uint64(value, &out)
            return Decimal(out)
        case CSJ_DOUBLE:
            var out = 0.0
            _ = csj_double(value, &out)
            guard !document.hasLongNumbers, let decimal = Decimal(string: out == 0 ? "0" : "\(out)") else {
                throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Decimal left to JSONDecoder"))
            }
            return decimal
        default:
            throw mismatch(Decimal.self)
        }
    }
}
