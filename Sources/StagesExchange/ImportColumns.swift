import Foundation
import StagesCore
import TextFolding

/// A column an import understands: its key, the header names it answers to
/// in French and English, and whether a file must have it.
struct ImportColumn: Sendable {
    let key: String
    let label: LocalizedText
    let names: [String]
    let required: Bool

    /// "Date de début" → "datededebut": how headers are compared.
    static func normalise(_ header: String) -> String {
        Folding.fold(header).filter { $0.isLetter || $0.isNumber }
    }
}

/// Where each known column is in a file's header, and which headers are unknown.
struct HeaderMap {
    let index: [String: Int]
    let unknown: [String]
    let missing: [ImportColumn]

    init(_ header: [String], columns: [ImportColumn]) {
        var index: [String: Int] = [:]
        var unknown: [String] = []
        for (i, name) in header.enumerated() {
            let normal = ImportColumn.normalise(name)
            if let column = columns.first(where: { $0.names.map(ImportColumn.normalise).contains(normal) }), index[column.key] == nil {
                index[column.key] = i
            } else if !normal.isEmpty {
                unknown.append(name)
            }
        }
        self.index = index
        self.unknown = unknown
        missing = columns.filter { $0.required && index[$0.key] == nil }
    }

    func value(_ key: String, in fields: [String]) -> String {
        guard let i = index[key], i < fields.count else { return "" }
        return fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What is wrong with one line of an imported file.
public struct ImportProblem: Hashable, Sendable {
    public let line: Int
    public let field: String
    public let message: LocalizedText

    public func text(_ language: Language) -> String {
        language == .fr ? "ligne \(line), \(field) : \(message.fr)" : "line \(line), \(field): \(message.en)"
    }
}

/// Why a cell cannot be read.
struct CellError: Error {
    let message: LocalizedText

    init(fr: String, en: String) {
        message = LocalizedText(fr: fr, en: en)
    }
}

/// Reading the values people type in spreadsheets.
enum Cells {
    static func fold(_ text: String) -> String {
        Folding.fold(text)
    }

    /// "08/04/2027", "8/4/2027", "2027-04-08"; nil for empty; throws for anything else.
    static func date(_ text: String) -> Result<CivilDate?, CellError> {
        if text.isEmpty { return .success(nil) }
        if let iso = CivilDate(iso: text) { return .success(iso) }
        let parts = text.split(whereSeparator: { "/.-".contains($0) }).compactMap { Int($0) }
        if parts.count == 3, text.split(whereSeparator: { "/.-".contains($0) }).count == 3, parts[2] >= 1000,
           let day = CivilDate(year: parts[2], month: parts[1], day: parts[0]) {
            return .success(day)
        }
        return .failure(CellError(fr: "date impossible ou illisible : « \(text) » (attendu JJ/MM/AAAA)",
                                      en: "impossible or unreadable date: “\(text)” (expected DD/MM/YYYY)"))
    }

    static func decimal(_ text: String) -> Decimal? {
        let cleaned = text.replacingOccurrences(of: "\u{A0}", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "€", with: "").replacingOccurrences(of: ",", with: ".")
        return cleaned.isEmpty ? nil : Decimal(string: cleaned).flatMap { cleaned.allSatisfy { $0.isNumber || $0 == "." } ? $0 : nil }
    }

    static func yes(_ text: String) -> Bool {
        ["oui", "o", "yes", "y", "vrai", "true", "1", "x", "possible"].contains(fold(text))
    }

    static func domain(_ text: String) -> Domain? {
        let f = fold(text)
        if f.isEmpty { return nil }
        if f.hasPrefix("doc") { return .documentation }
        if f.hasPrefix("archiv") { return .archives }
        if f.hasPrefix("donn") || f == "data" { return .data }
        if f.hasPrefix("autre") || f.hasPrefix("other") { return .other }
        return nil
    }

    /// "minimum légal", "4,50 €/h", "700 €/mois", "700 € par mois", "4.5"
    static func stipend(_ text: String) -> Result<AnnouncedStipend?, CellError> {
        let f = fold(text)
        if f.isEmpty { return .success(nil) }
        if f.contains("legal") || f.contains("minimum") { return .success(.legalMinimum) }
        let unit: StipendUnit = f.contains("mois") || f.contains("month") || f.contains("/m") ? .perMonth : .perHour
        let number = f.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == " " || $0 == "\u{A0}" }
        guard let amount = decimal(String(number)) else {
            return .failure(CellError(fr: "gratification illisible : « \(text) »", en: "unreadable stipend: “\(text)”"))
        }
        return .success(.amount(Stipend(amount: amount, unit: unit)))
    }
}
