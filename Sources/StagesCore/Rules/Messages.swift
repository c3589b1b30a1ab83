import Foundation

/// The text of every rule finding, in French and English, in one place.
enum Messages {
    static let required = LocalizedText(fr: "Champ obligatoire.", en: "Required field.")
    static let endBeforeStart = LocalizedText(fr: "La date de fin est avant la date de début.",
                                              en: "The end date is before the start date.")
    static let interruptionOrder = LocalizedText(fr: "Une interruption finit avant de commencer.",
                                                 en: "An interruption ends before it starts.")
    static let weeklyHours = LocalizedText(fr: "Les heures par semaine doivent être entre 1 et 48.",
                                           en: "Weekly hours must be between 1 and 48.")
    static let daysPerWeek = LocalizedText(fr: "Les jours par semaine doivent être entre 1 et 6.",
                                           en: "Days per week must be between 1 and 6.")
    static let unknownOrganization = LocalizedText(fr: "Structure d'accueil inconnue.", en: "Unknown host organisation.")
    static let alternanceTrack = LocalizedText(
        fr: "Étudiant·e en alternance : pas de stage (règle du département).",
        en: "Work-study student: no internship (department rule).")

    static func secondActivePlacement(_ status: PlacementStatus, at organization: String) -> LocalizedText {
        LocalizedText(fr: "L'étudiant·e a déjà un stage en cours (« \(status.label.fr) » chez \(organization)) : un seul à la fois.",
                      en: "The student already has an active placement (“\(status.label.en)” at \(organization)): one at a time.")
    }

    static func unknownStudent(_ login: String) -> LocalizedText {
        LocalizedText(fr: "Étudiant·e inconnu·e : « \(login) ».", en: "Unknown student: “\(login)”.")
    }

    static func badEmail(_ text: String) -> LocalizedText {
        LocalizedText(fr: "Adresse électronique mal formée : « \(text) ».", en: "Malformed email address: “\(text)”.")
    }

    static func badPhone(_ text: String) -> LocalizedText {
        LocalizedText(fr: "Numéro de téléphone mal formé : « \(text) » (ex. 01 23 45 67 89 ou +33 1 23 45 67 89).",
                      en: "Malformed phone number: “\(text)” (e.g. 01 23 45 67 89 or +33 1 23 45 67 89).")
    }

    static func badPostcode(_ text: String) -> LocalizedText {
        LocalizedText(fr: "Code postal mal formé : « \(text) » (5 chiffres en France).",
                      en: "Malformed postcode: “\(text)” (5 digits in France).")
    }

    static func badSIRET(_ text: String) -> LocalizedText {
        LocalizedText(fr: "SIRET invalide : « \(text) » (14 chiffres, clé de contrôle fausse ou longueur incorrecte).",
                      en: "Invalid SIRET: “\(text)” (14 digits; wrong check digit or length).")
    }

    static let siretMissing = LocalizedText(fr: "SIRET obligatoire pour une structure en France.",
                                            en: "SIRET required for an organisation in France.")

    static func tooShort(_ d: StageDuration, min: Int) -> LocalizedText {
        LocalizedText(fr: "Le stage dure \(Format.weeks(d, .fr)) ; il doit durer au moins \(min) semaines.",
                      en: "The internship lasts \(Format.weeks(d, .en)); it must last at least \(min) weeks.")
    }

    static func tooLong(_ d: StageDuration, max: Int) -> LocalizedText {
        LocalizedText(fr: "Le stage dure \(Format.weeks(d, .fr)) ; il ne peut dépasser \(max) semaines.",
                      en: "The internship lasts \(Format.weeks(d, .en)); it may not exceed \(max) weeks.")
    }

    static func tooEarly(_ earliest: CivilDate) -> LocalizedText {
        LocalizedText(fr: "Le stage ne peut commencer avant le \(earliest.french).",
                      en: "The internship may not start before \(earliest.iso).")
    }

    static func hoursCap(_ hours: Decimal, cap: Int) -> LocalizedText {
        LocalizedText(fr: "\(Format.hours(hours, .fr)) dans cette structure cette année : au plus \(cap) h (6 mois, L124-5).",
                      en: "\(Format.hours(hours, .en)) in this organisation this year: at most \(cap) h (6 months, L124-5).")
    }

    static func rateUnknown(year: Int, borrowed: Int, rate: Decimal) -> LocalizedText {
        LocalizedText(fr: "Taux \(year) pas encore connu : celui de \(borrowed) est utilisé (\(Format.money(rate, .fr))/h).",
                      en: "The \(year) rate is not known yet: \(borrowed)'s is used (\(Format.money(rate, .en))/h).")
    }

    static func stipendMissing(_ hours: Decimal, threshold: Int) -> LocalizedText {
        LocalizedText(fr: "Gratification obligatoire : \(Format.hours(hours, .fr)) de présence, plus de \(threshold) h (L124-6).",
                      en: "Stipend required: \(Format.hours(hours, .en)) of presence, more than \(threshold) h (L124-6).")
    }

    static func stipendBelow(agreed: Decimal, minimum: Decimal, year: Int) -> LocalizedText {
        LocalizedText(fr: "Gratification de \(Format.money(agreed, .fr))/h sous le minimum légal \(year) de \(Format.money(minimum, .fr))/h (D124-8).",
                      en: "Stipend of \(Format.money(agreed, .en))/h below the \(year) legal minimum of \(Format.money(minimum, .en))/h (D124-8).")
    }

    static func overlap(_ other: DateRange) -> LocalizedText {
        LocalizedText(fr: "Chevauche un autre stage de l'étudiant·e (\(other.start.french) – \(other.end.french)).",
                      en: "Overlaps another internship of the student (\(other.start.iso) – \(other.end.iso)).")
    }

    static func tutorLoad(_ count: Int, max: Int) -> LocalizedText {
        LocalizedText(fr: "Ce tuteur encadre \(count) stagiaires en même temps (au plus \(max), R124-13).",
                      en: "This tutor supervises \(count) interns at once (at most \(max), R124-13).")
    }

    static func quota(_ count: Int, limit: Int, headcount: Int) -> LocalizedText {
        LocalizedText(fr: "\(count) stagiaires une même semaine pour un effectif de \(headcount) : au plus \(limit) (R124-10).",
                      en: "\(count) interns in one week for a headcount of \(headcount): at most \(limit) (R124-10).")
    }

    static let alternanceDates = LocalizedText(fr: "La date de fin du contrat est avant son début.",
                                               en: "The contract ends before it starts.")
    static let trackMismatch = LocalizedText(fr: "Contrat d'alternance actif mais l'étudiant·e est en parcours stage.",
                                             en: "Active work-study contract but the student is on the internship track.")
    static let applyByBeforeReceived = LocalizedText(fr: "Date limite de candidature avant la date de réception.",
                                                     en: "Apply-by date before the date received.")
}
