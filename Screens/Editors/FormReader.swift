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

    private func t(_ text: LocalizedText) -> String { text(language) }

    mutating func note(_ id: F, _ message: String) {
        if problems[id.rawValue] == nil { problems[id.rawValue] = message }
    }

    func problem(_ id: F) -> String? { problems[id.rawValue] }

    func text(_ id: F) -> String { form.value(id.rawValue).trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The text, nil when nothing is typed: a value not known yet.
    func optionalText(_ id: F) -> String? {
        let value = text(id)
        return value.isEmpty ? nil : value
    }

    mutating func required(_ id: F) -> String {
        let value = text(id)
        if value.isEmpty { note(id, t(Strings.Editors.requiredField)) }
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
            if required { note(id, t(Strings.Editors.dateRequiredDdMmYyyy)) }
            return nil
        case .success(let value?):
            return CivilDate(year: value.year, month: value.month, day: value.day)
        case .failure(.malformed):
            note(id, t(Strings.Editors.writeTheDateDdMm))
        case .failure(.impossible(let d, let m, let y)):
            let shown = DateField.format(day: d, month: m, year: y)
            note(id, t(Strings.Editors.impossibleDate(shown)))
        }
        return nil
    }

    mutating func integer(_ id: F, in range: ClosedRange<Int>) -> Int? {
        let value = text(id)
        if value.isEmpty { return nil }
        guard let n = Int(value.filter { $0 != " " }), range.contains(n) else {
            note(id, t(Strings.Editors.wholeNumber(in: range)))
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
            note(id, t(Strings.Editors.anAmountIsExpectedE))
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
