import StagesCore

extension Strings {
    /// The words of Screens/Dashboard.
    enum Dashboard {
        static let studentsBySituation = LocalizedText(fr: "Étudiant·es par situation", en: "Students by situation")
        static let nothingYet = LocalizedText(fr: "Sans solution encore", en: "Nothing yet")
        static let offersByDomain = LocalizedText(fr: "Offres par domaine", en: "Offers by domain")
        static let placementsByStatus = LocalizedText(fr: "Stages par statut", en: "Placements by status")
        static let errorsToDealWith = LocalizedText(fr: "Erreurs à traiter", en: "Errors to deal with")
        static let noneText = LocalizedText(fr: "Aucune.", en: "None.")
        static let validatedToReview = LocalizedText(fr: "À revoir : stages déjà validés en erreur",
                                                     en: "To review: placements already validated, now in error")
        /// Before what is said of someone: French puts a space before the colon.
        static let colon = LocalizedText(fr: " : ", en: ": ")

        static func daysBeforeEarliestStart(_ days: Int, start: String) -> LocalizedText {
            LocalizedText(fr: "J-\(days) avant le premier jour de stage possible (\(start)).",
                          en: "\(days) days before the earliest start date (\(start)).")
        }
        /// After a placement's status: when it was last amended.
        static func amendedOn(_ day: String) -> LocalizedText {
            LocalizedText(fr: ", avenant du \(day)", en: ", amended on \(day)")
        }
        static func placementsStarted(on start: String) -> LocalizedText {
            LocalizedText(fr: "Les stages ont commencé le \(start).",
                          en: "Placements started on \(start).")
        }

        static let statistics = LocalizedText(fr: "Statistiques des stages convenus (cette année et les années archivées)",
                                              en: "Agreed placements in figures (this year and the archived ones)")
        static let fromEntryToEntry = LocalizedText(fr: "D'une entrée à l'autre", en: "From entry to entry")
        static let openWhatTheEntryNames = LocalizedText(fr: "Ouvrir ce que l'entrée nomme (la liste filtrée, le stage)",
                                                         en: "Open what the entry names (the list filtered, the placement)")
        static let agreedPlacements = LocalizedText(fr: "Stages convenus", en: "Agreed placements")
        static func others(_ count: Int) -> LocalizedText {
            LocalizedText(fr: "\(count) autre(s)", en: "\(count) other(s)")
        }
        /// `todayShown`: today falls within the season, marked down the chart.
        static func season(_ count: Int, todayShown: Bool) -> LocalizedText {
            LocalizedText(fr: "La saison, d'avril à août (\(count) stages convenus\(todayShown ? " ; │ aujourd'hui" : ""))",
                          en: "The season, April to August (\(count) agreed placements\(todayShown ? "; │ today" : ""))")
        }
        static func month(_ month: Int) -> LocalizedText {
            let fr = ["avr", "mai", "juin", "juil", "août"], en = ["Apr", "May", "Jun", "Jul", "Aug"]
            return LocalizedText(fr: fr[month - 4], en: en[month - 4])
        }

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            studentsBySituation, nothingYet, offersByDomain, placementsByStatus, errorsToDealWith, noneText, colon,
            validatedToReview, statistics, agreedPlacements, fromEntryToEntry, openWhatTheEntryNames,
        ]
    }
}
