import StagesCore

extension Strings {
    /// The words of Screens/Editors.
    enum Editors {
        static let requiredField = LocalizedText(fr: "Champ obligatoire.", en: "Required field.")
        static let dateRequiredDdMmYyyy = LocalizedText(fr: "Date obligatoire (JJ/MM/AAAA).", en: "Date required (DD/MM/YYYY).")
        static let writeTheDateDdMm = LocalizedText(
            fr: "Date à écrire JJ/MM/AAAA, par exemple 08/04/2027.",
            en: "Write the date DD/MM/YYYY, e.g. 08/04/2027.")
        static let anAmountIsExpectedE = LocalizedText(
            fr: "Nombre attendu, par exemple 4,50.",
            en: "A number is expected, e.g. 4.50.")
        static let actualEndDate = LocalizedText(fr: "Date de fin effective", en: "Actual end date")
        static let reason = LocalizedText(fr: "Motif", en: "Reason")
        static let offerFilled = LocalizedText(fr: "Offre pourvue", en: "Offer filled")
        static let by = LocalizedText(fr: "Par", en: "By")
        static let someoneElse = LocalizedText(fr: "(une personne extérieure)", en: "(someone else)")

        static func impossibleDate(_ shown: String) -> LocalizedText {
            LocalizedText(fr: "Date impossible : le \(shown) n'existe pas.",
                          en: "Impossible date: \(shown) does not exist.")
        }
        static func wholeNumber(in range: ClosedRange<Int>) -> LocalizedText {
            LocalizedText(fr: "Nombre entier attendu, entre \(range.lowerBound) et \(range.upperBound).",
                          en: "A whole number between \(range.lowerBound) and \(range.upperBound) is expected.")
        }

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            requiredField, dateRequiredDdMmYyyy, writeTheDateDdMm, anAmountIsExpectedE, actualEndDate, reason,
            offerFilled, by, someoneElse,
        ]
    }
}
