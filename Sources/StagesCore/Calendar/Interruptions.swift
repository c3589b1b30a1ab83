import Foundation

/// A placement's interruptions as people type them in one line:
/// "01/05/2027-03/05/2027, 20/05/2027-20/05/2027". A period whose end comes
/// before its start is read as typed: the rules report it (`interruptionOrder`).
public enum Interruptions {
    /// The periods of `text`, in the order typed; none for blank text. Blank
    /// pieces between commas are skipped; anything else that is not two days
    /// joined by "-" is refused with the piece at fault.
    /// More periods than a placement could hold would only slow every reader down.
    public static let maxPeriods = 20

    public static func parse(_ text: String) -> Result<[DateRange], InterruptionsError> {
        var periods: [DateRange] = []
        for piece in text.split(separator: ",") {
            let period = piece.trimmed
            if period.isEmpty { continue }
            guard periods.count < maxPeriods else {
                return .failure(InterruptionsError(period: String(period.prefix(40)), reason: .tooMany))
            }
            let ends = period.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.trimmed }
            guard ends.count == 2 else { return .failure(InterruptionsError(period: period, reason: .notAPeriod)) }
            guard let start = CivilDate(french: ends[0]) else {
                return .failure(InterruptionsError(period: period, reason: .badDate(ends[0])))
            }
            guard let end = CivilDate(french: ends[1]) else {
                return .failure(InterruptionsError(period: period, reason: .badDate(ends[1])))
            }
            periods.append(DateRange(start: start, end: end))
        }
        return .success(periods)
    }

    /// The text `parse` reads back: "01/05/2027-03/05/2027, 20/05/2027-20/05/2027".
    public static func text(_ periods: [DateRange]) -> String {
        periods.map { "\($0.start.french)-\($0.end.french)" }.joined(separator: ", ")
    }
}

/// Why a line of interruptions cannot be read.
public struct InterruptionsError: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// Not two ends joined by one "-".
        case notAPeriod
        /// This end is not JJ/MM/AAAA, or no such day exists.
        case badDate(String)
        /// More than `Interruptions.maxPeriods` periods.
        case tooMany
    }

    /// The period at fault, as typed.
    public let period: String
    public let reason: Reason

    /// What to write instead.
    public var message: LocalizedText {
        reason == .tooMany
            ? LocalizedText(fr: "Au plus \(Interruptions.maxPeriods) périodes d'interruption.",
                            en: "At most \(Interruptions.maxPeriods) periods of interruption.")
            : LocalizedText(fr: "Écrire les périodes JJ/MM/AAAA-JJ/MM/AAAA, séparées par des virgules.",
                            en: "Write periods DD/MM/YYYY-DD/MM/YYYY, separated by commas.")
    }
}

extension CivilDate {
    /// Parses "08/04/2027", also "8/4/2027" and "08.04.2027": one or two
    /// digits of day and month, four of year. Nil for anything else and for
    /// a day that does not exist (31/04/2027).
    public init?(french text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "." })
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
