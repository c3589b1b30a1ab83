import StagesCore

extension Strings {
    /// The words of Screens/Offers.
    enum Offers {
        static let place = LocalizedText(fr: "Lieu", en: "Place")
        static let remotePossible = LocalizedText(fr: " (télétravail possible)", en: " (remote possible)")
        static let domain = LocalizedText(fr: "Domaine", en: "Domain")
        static let by = LocalizedText(fr: " par ", en: " by ")
        static let from = LocalizedText(fr: "dès le ", en: "from ")
        static let receivedOn = LocalizedText(fr: "Reçue le", en: "Received on")
        static let applyBy = LocalizedText(fr: "Date limite", en: "Apply by")
        static let source = LocalizedText(fr: "Source", en: "Source")
        static let tags = LocalizedText(fr: "Étiquettes", en: "Tags")
        static let missions = LocalizedText(fr: "Missions", en: "Missions")
        static let skills = LocalizedText(fr: "Compétences", en: "Skills")
        static let howToApply = LocalizedText(fr: "Candidater", en: "How to apply")
        static let how = LocalizedText(fr: "Comment", en: "How")
        static let contact = LocalizedText(fr: "Contact", en: "Contact")
        static let title = LocalizedText(fr: "Titre", en: "Title")
        static let remote = LocalizedText(fr: "Télétravail", en: "Remote")
        static let possible = LocalizedText(fr: "possible", en: "possible")
        static let startOrEmpty = LocalizedText(fr: "Début (ou vide)", en: "Start (or empty)")
        static let lengthWeeks = LocalizedText(fr: "Durée (semaines)", en: "Length (weeks)")
        static let notStated = LocalizedText(fr: "non précisée", en: "not stated")
        static let legalMinimum = LocalizedText(fr: "minimum légal", en: "legal minimum")
        static let amount = LocalizedText(fr: "montant", en: "amount")
        static let amountField = LocalizedText(fr: "Montant", en: "Amount")
        static let contactEmail = LocalizedText(fr: "Courriel du contact", en: "Contact email")
        static let contactPhone = LocalizedText(fr: "Téléphone du contact", en: "Contact phone")
        static let copyOfTheOffer = LocalizedText(fr: "Copie de l'offre", en: "Copy of the offer")
        static let newOffer = LocalizedText(fr: "Nouvelle offre", en: "New offer")
        static let editTheOffer = LocalizedText(fr: "Modifier l'offre", en: "Edit the offer")
        static let amountRequired = LocalizedText(fr: "Montant obligatoire.", en: "Amount required.")
        static let openTheOffer = LocalizedText(fr: "Ouvrir l'offre", en: "Open the offer")
        static let newText = LocalizedText(fr: "nouvelle", en: "new")
        static let duplicateTheOffer = LocalizedText(fr: "Dupliquer l'offre", en: "Duplicate the offer")
        static let filterByDomain = LocalizedText(fr: "Filtrer par domaine", en: "Filter by domain")
        static let filterByCity = LocalizedText(fr: "Filtrer par ville", en: "Filter by city")
        static let markFilledAndByWhom = LocalizedText(fr: "Marquer pourvue (et par qui)", en: "Mark filled (and by whom)")
        static let withdrawTheOffer = LocalizedText(fr: "Retirer l'offre", en: "Withdraw the offer")
        static let openTheOfferAgain = LocalizedText(fr: "Rouvrir l'offre", en: "Open the offer again")
        static let filled = LocalizedText(fr: "pourvue", en: "filled")
        static let allText = LocalizedText(fr: "toutes", en: "all")
        static let sort = LocalizedText(fr: "Tri : ", en: "Sort: ")
        static let offerWithdrawn = LocalizedText(fr: "Offre retirée.", en: "Offer withdrawn.")
        static let offerOpenAgain = LocalizedText(fr: "Offre rouverte.", en: "Offer open again.")
        static let stipend = LocalizedText(fr: "Gratif.", en: "Stipend")
        static let applyByColumn = LocalizedText(fr: "Lim.", en: "By")
        static let domainShort = LocalizedText(fr: "domaine", en: "domain")
        static let cityShort = LocalizedText(fr: "ville", en: "city")
        static let sortShort = LocalizedText(fr: "tri", en: "sort")
        static let noOfferMatches = LocalizedText(fr: "Aucune offre ne correspond.", en: "No offer matches.")
        static let docs = LocalizedText(fr: "Docu.", en: "Docs")
        static let legalMin = LocalizedText(fr: "min. légal", en: "legal min.")
        static let recurring = LocalizedText(fr: "Récurrente", en: "Recurring")
        static let everyYear = LocalizedText(fr: "oui, reprise chaque année", en: "yes, carried to each new year")

        static func weeks(_ count: Int) -> LocalizedText {
            LocalizedText(fr: "\(count) semaines",
                          en: "\(count) weeks")
        }
        static func offerCount(_ count: Int, atLeast: Bool = false) -> LocalizedText {
            let plus = atLeast ? "+" : ""
            return LocalizedText(fr: "\(count)\(plus) offre(s)",
                                 en: "\(count)\(plus) offer(s)")
        }


        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            place, remotePossible, domain, by, from, receivedOn, applyBy, source, tags, missions, skills, howToApply,
            how, contact, title, remote, possible, startOrEmpty, lengthWeeks,
            notStated, legalMinimum, amount, amountField, contactEmail, contactPhone, copyOfTheOffer, newOffer,
            editTheOffer, amountRequired, openTheOffer, newText, duplicateTheOffer, filterByDomain, filterByCity,
            markFilledAndByWhom, withdrawTheOffer, openTheOfferAgain, filled,
            allText, sort, offerWithdrawn, offerOpenAgain, stipend, applyByColumn, domainShort, cityShort,
            sortShort, noOfferMatches, docs, legalMin, recurring, everyYear,
        ]
    }
}
