import Foundation
import StagesCore
import TerminalKit

/// Reads typed values out of a form, noting for each field what cannot be
/// read (a missing required value, an impossible date, a number that is not
/// one), in the user's language, so the form can show it under the field.
struct FormReader<F: FieldID> {
    let form: Form
    let language: Language
    private(set) var problems: [String: String] = [:]

    init(_ form: Form, _ language: Language) {
        self.form = form
        self.language = language
    }

    private func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    mutating func note(_ id: F, _ message: String) {
        if problems[id.rawValue] == nil { problems[id.rawValue] = message }
    }

    func problem(_ id: F) -> String? { problems[id.rawValue] }

    func text(_ id: F) -> String { form.value(id.rawValue).trimmingCharacters(in: .whitespacesAndNewlines) }

    mutating func required(_ id: F) -> String {
        let value = text(id)
        if value.isEmpty { note(id, t("Champ obligatoire.", "Required field.")) }
        return value
    }

    func choice(_ id: F) -> Int {
        if case .choice(let choice)? = form[id.rawValue]?.input { return choice.selected }
        return 0
    }

    mutating func date(_ id: F, required: Bool = false) -> CivilDate? {
        guard case .date(let field)? = form[id.rawValue]?.input else { return nil }
        switch field.value {
        case .success(nil):
            if required { note(id, t("Date obligatoire (JJ/MM/AAAA).", "Date required (DD/MM/YYYY).")) }
            return nil
        case .success(let value?):
            return CivilDate(year: value.year, month: value.month, day: value.day)
        case .failure(.malformed):
            note(id, t("Date à écrire JJ/MM/AAAA, par exemple 08/04/2027.", "Write the date DD/MM/YYYY, e.g. 08/04/2027."))
        case .failure(.impossible(let d, let m, let y)):
            let shown = DateField.format(day: d, month: m, year: y)
            note(id, t("Date impossible : le \(shown) n'existe pas.", "Impossible date: \(shown) does not exist."))
        }
        return nil
    }

    mutating func integer(_ id: F, in range: ClosedRange<Int>) -> Int? {
        let value = text(id)
        if value.isEmpty { return nil }
        guard let n = Int(value.filter { $0 != " " }), range.contains(n) else {
            note(id, t("Nombre entier attendu, entre \(range.lowerBound) et \(range.upperBound).",
                       "A whole number between \(range.lowerBound) and \(range.upperBound) is expected."))
            return nil
        }
        return n
    }

    /// "4,50", "4.5", "1 764,00" → a decimal; French commas welcome.
    mutating func decimal(_ id: F) -> Decimal? {
        let value = text(id).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "€", with: "")
            .replacingOccurrences(of: ",", with: ".")
        if value.isEmpty { return nil }
        guard let n = Decimal(string: value), n >= 0, value.allSatisfy({ $0.isNumber || $0 == "." }) else {
            note(id, t("Montant attendu, par exemple 4,50.", "An amount is expected, e.g. 4.50."))
            return nil
        }
        return n
    }
}

/// Field values written back into forms.
enum FormText {
    static func date(_ day: CivilDate?) -> String { day?.french ?? "" }

    static func number(_ value: Decimal?) -> String {
        value.map { Format.number($0, .fr) } ?? ""
    }
}
