import Foundation

extension Decimal {
    /// Rounded to `scale` decimal places (half away from zero unless told).
    public func rounded(scale: Int, mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, mode)
        return result
    }

    var intValue: Int { Int(truncating: self as NSDecimalNumber) }
}

/// Numbers, money and durations written for a reader of either language:
/// "1 764,00 €" in French, "€1,764.00" in English.
public enum Format {
    public static func money(_ amount: Decimal, _ language: Language) -> String {
        let (whole, cents) = split(amount.rounded(scale: 2), decimals: 2)
        switch language {
        case .fr: return "\(group(whole, " ")),\(cents) €"
        case .en: return "€\(group(whole, ",")).\(cents)"
        }
    }

    /// A number with at most two decimals and no trailing zeros: "392", "32,5".
    public static func number(_ value: Decimal, _ language: Language) -> String {
        let rounded = value.rounded(scale: 2)
        let (whole, cents) = split(rounded, decimals: 2)
        var fraction = cents
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let separator = language == .fr ? "," : "."
        let grouped = group(whole, language == .fr ? " " : ",")
        return fraction.isEmpty ? grouped : grouped + separator + fraction
    }

    /// A number as a spreadsheet reads it from a CSV cell: no grouping, the language's decimal separator,
    /// `decimals` places when given (money: two, "2362,50"), else at most two and no trailing zeros.
    public static func cell(_ value: Decimal, _ language: Language, decimals: Int? = nil) -> String {
        let (whole, digits) = split(value.rounded(scale: decimals ?? 2), decimals: decimals ?? 2)
        var fraction = digits
        if decimals == nil { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = value < 0 && whole == 0 && fraction.contains { $0 != "0" } ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole)\(language == .fr ? "," : ".")\(fraction)"
    }

    public static func hours(_ value: Decimal, _ language: Language) -> String {
        "\(number(value, language)) h"
    }

    /// "2 mois 12 jours 0 heure" / "2 months 12 days 0 hours"
    public static func legalDuration(_ duration: StageDuration, _ language: Language) -> String {
        let (months, days, hours) = duration.legal
        let h = number(hours, language)
        switch language {
        case .fr:
            return "\(months) mois \(days) jour\(days > 1 ? "s" : "") \(h) heure\(hours > 1 ? "s" : "")"
        case .en:
            return "\(months) month\(months == 1 ? "" : "s") \(days) day\(days == 1 ? "" : "s") \(h) hour\(hours == 1 ? "" : "s")"
        }
    }

    /// "12 semaines", "16 semaines et 1 jour"
    public static func weeks(_ duration: StageDuration, _ language: Language) -> String {
        let (weeks, days) = duration.weeks
        switch language {
        case .fr:
            let w = "\(weeks) semaine\(weeks > 1 ? "s" : "")"
            return days == 0 ? w : "\(w) et \(days) jour\(days > 1 ? "s" : "")"
        case .en:
            let w = "\(weeks) week\(weeks == 1 ? "" : "s")"
            return days == 0 ? w : "\(w) and \(days) day\(days == 1 ? "" : "s")"
        }
    }

    public static func date(_ date: CivilDate, _ language: Language) -> String {
        language == .fr ? date.french : date.iso
    }

    /// A month, as contracts are read: "09/2026", "2026-09" (the order of `date`).
    public static func month(_ date: CivilDate, _ language: Language) -> String {
        let month = (date.month < 10 ? "0" : "") + String(date.month)
        return language == .fr ? "\(month)/\(date.year)" : "\(date.year)-\(month)"
    }

    /// A stipend as agreed, in the order money is written: "4,50 €/h", "700,00 €/mois"; "€4.50/h", "€700.00/month".
    public static func stipend(_ stipend: Stipend, _ language: Language) -> String {
        money(stipend.amount, language) + per(stipend.unit, language)
    }

    /// The same, short, for a table's column: cents as money writes them, none when whole ("4,50 €/h", "700 €/m";
    /// "€4.50/h", "€700/mo").
    public static func shortStipend(_ stipend: Stipend, _ language: Language) -> String {
        let rounded = stipend.amount.rounded(scale: 2)
        let (whole, cents) = split(rounded, decimals: 2)
        let amount = cents == "00" ? "\(whole)" : "\(whole)" + (language == .fr ? "," : ".") + cents
        let unit = stipend.unit == .perHour ? "/h" : (language == .fr ? "/m" : "/mo")
        return language == .fr ? "\(amount) €\(unit)" : "€\(amount)\(unit)"
    }

    private static func per(_ unit: StipendUnit, _ language: Language) -> String {
        switch unit {
        case .perHour: "/h"
        case .perMonth: language == .fr ? "/mois" : "/month"
        }
    }

    private static func split(_ value: Decimal, decimals: Int) -> (whole: Int, fraction: String) {
        let negative = value < 0
        let magnitude = negative ? -value : value
        let whole = magnitude.rounded(scale: 0, mode: .down)
        var scale = Decimal(1)
        for _ in 0..<decimals { scale *= 10 }
        let fraction = ((magnitude - whole) * scale).rounded(scale: 0).intValue
        let digits = String(fraction).leftPadded(to: decimals, with: "0")
        return ((negative ? -1 : 1) * whole.intValue, digits)
    }

    private static func group(_ value: Int, _ separator: String) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }
}
