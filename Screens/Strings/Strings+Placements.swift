import Foundation
import StagesCore

extension Strings {
    /// The words of Screens/Placements.
    enum Placements {
        static let comment = LocalizedText(fr: "Commentaire", en: "Comment")
        static let reply = LocalizedText(fr: "Réponse", en: "Reply")
        static let subject = LocalizedText(fr: "Sujet", en: "Subject")
        static let presence = LocalizedText(fr: "Présence", en: "Presence")
        static let schedule = LocalizedText(fr: "Horaires", en: "Schedule")
        static let legalMinimum = LocalizedText(fr: "Minimum légal", en: "Legal minimum")
        static let noStipendRequired308H = LocalizedText(
            fr: "pas de gratification obligatoire (308 h au plus)",
            en: "no stipend required (308 h at most)")
        static let noneText = LocalizedText(fr: "aucune", en: "none")
        static let benefits = LocalizedText(fr: "Avantages", en: "Benefits")
        static let everyRuleIsMet = LocalizedText(fr: "Toutes les règles sont respectées.", en: "Every rule is met.")
        static let tutorAndReferent = LocalizedText(fr: "Tuteur et référent", en: "Tutor and referent")
        static let tutor = LocalizedText(fr: "Tuteur·rice", en: "Tutor")
        static let tutorContact = LocalizedText(fr: "Contact tuteur", en: "Tutor contact")
        static let referent = LocalizedText(fr: "Référent·e", en: "Referent")
        static let activities = LocalizedText(fr: "Activités", en: "Activities")
        static let skillsToAcquire = LocalizedText(fr: "Compétences visées", en: "Skills to acquire")
        static let hostOrganisation = LocalizedText(fr: "Structure d'accueil", en: "Host organisation")
        static let address = LocalizedText(fr: "Adresse", en: "Address")
        static let country = LocalizedText(fr: "Pays", en: "Country")
        static let headcount = LocalizedText(fr: "Effectif", en: "Headcount")
        static let tutorsPosition = LocalizedText(fr: "Fonction du tuteur", en: "Tutor's position")
        static let tutorsEmail = LocalizedText(fr: "Courriel du tuteur", en: "Tutor's email")
        static let tutorsPhone = LocalizedText(fr: "Téléphone du tuteur", en: "Tutor's phone")
        static let referentTeacher = LocalizedText(fr: "Enseignant·e référent·e", en: "Referent teacher")
        static let referentsEmail = LocalizedText(fr: "Courriel du référent", en: "Referent's email")
        static let origin = LocalizedText(fr: "Origine", en: "Origin")
        static let noneChoice = LocalizedText(fr: "(aucune)", en: "(none)")
        static let chooseTheOffer = LocalizedText(fr: "Choisir l'offre", en: "Choose the offer")
        static let typeToFilterOffers = LocalizedText(fr: "tapez pour filtrer (titre, structure, ville, description)",
                                                      en: "type to filter (title, organisation, city, description)")
        static let searchAnOffer = LocalizedText(fr: "Choisir l'offre par une recherche", en: "Choose the offer with a search")
        static let offerChosen = LocalizedText(fr: "Offre choisie : ses champs sont repris là où rien n'était tapé.",
                                               en: "Offer chosen: its fields are filled where nothing was typed.")
        static let interruptions = LocalizedText(fr: "Interruptions", en: "Interruptions")
        static let daysPerWeek = LocalizedText(fr: "Jours par semaine", en: "Days per week")
        static let confidential = LocalizedText(fr: "Confidentiel", en: "Confidential")
        static let yes = LocalizedText(fr: "oui", en: "yes")
        static let newPlacementRequest = LocalizedText(fr: "Nouvelle demande de stage", en: "New placement request")
        static let placementRequest = LocalizedText(fr: "Demande de stage", en: "Placement request")
        static let openThePlacement = LocalizedText(fr: "Ouvrir le stage", en: "Open the placement")
        static let newPlacementForAStudent = LocalizedText(
            fr: "Nouveau stage pour un·e étudiant·e",
            en: "New placement for a student")
        static let editThePlacement = LocalizedText(fr: "Modifier le stage", en: "Edit the placement")
        static let validate = LocalizedText(fr: "valider", en: "validate")
        static let validateTheRequest = LocalizedText(fr: "Valider la demande", en: "Validate the request")
        static let sendBack = LocalizedText(fr: "renvoyer", en: "send back")
        static let sendBackWithAComment = LocalizedText(fr: "Renvoyer avec un commentaire", en: "Send back with a comment")
        static let sendBackWithARequiredComment = LocalizedText(
            fr: "Renvoyer avec un commentaire (obligatoire)",
            en: "Send back with a comment (required)")
        static let cancelThePlacement = LocalizedText(fr: "Annuler le stage", en: "Cancel the placement")
        static let breakOffDateAndReason = LocalizedText(fr: "Rompre (date et motif)", en: "Break off (date and reason)")
        static let requestValidated = LocalizedText(fr: "Demande validée.", en: "Request validated.")
        static let validateTheRequestQuestion = LocalizedText(fr: "Valider la demande ?", en: "Validate the request?")
        static let validateIt = LocalizedText(fr: "Valider", en: "Validate")
        static func requestWillBeValidated(of name: String, at organization: String, errors: Int, warnings: Int) -> LocalizedText {
            let fr = errors + warnings == 0 ? "aucune remarque des règles." : "\(errors) erreur(s) et \(warnings) avertissement(s) des règles."
            let en = errors + warnings == 0 ? "nothing from the rules." : "\(errors) error(s) and \(warnings) warning(s) from the rules."
            return LocalizedText(fr: "Le stage de \(name) chez \(organization) sera validé : \(fr)",
                                 en: "\(name)'s placement at \(organization) will be validated: \(en)")
        }
        static let placementOngoing = LocalizedText(fr: "Stage en cours.", en: "Placement ongoing.")
        static let placementCompleted = LocalizedText(fr: "Stage terminé.", en: "Placement completed.")
        static let sendTheRequestBack = LocalizedText(fr: "Renvoyer la demande", en: "Send the request back")
        static let sendBackTitle = LocalizedText(fr: "Renvoyer", en: "Send back")
        static let commentRequiredF2ToSend = LocalizedText(
            fr: "Commentaire (obligatoire) — F2 pour envoyer :",
            en: "Comment (required) — F2 to send:")
        static let cancelThePlacementQuestion = LocalizedText(fr: "Annuler le stage ?", en: "Cancel the placement?")
        static let cancelIt = LocalizedText(fr: "Annuler le stage", en: "Cancel it")
        static let keep = LocalizedText(fr: "Garder", en: "Keep")
        static let hours = LocalizedText(fr: "Heures", en: "Hours")
        static let noPlacementMatches = LocalizedText(fr: "Aucun stage ne correspond.", en: "No placement matches.")

        static func presence(_ duration: StageDuration) -> LocalizedText {
            LocalizedText(fr: "\(Format.number(duration.presenceDays, .fr)) jours, \(Format.hours(duration.hours, .fr))",
                          en: "\(Format.number(duration.presenceDays, .en)) days, \(Format.hours(duration.hours, .en))")
        }
        static func weeklyRhythm(hours: Decimal, days: Int) -> LocalizedText {
            LocalizedText(fr: "\(Format.number(hours, .fr)) h sur \(days) jours par semaine",
                          en: "\(Format.number(hours, .en)) h over \(days) days a week")
        }
        /// Between two fields of an amendment: French puts a space before the semicolon.
        static let amendmentSeparator = LocalizedText(fr: " ; ", en: "; ")
        static func amendment(by person: String, on day: String, changes: String) -> LocalizedText {
            LocalizedText(fr: "Avenant — \(person), \(day) : \(changes)",
                          en: "Amendment — \(person), \(day): \(changes)")
        }
        static func commentReadBy(_ name: String) -> LocalizedText {
            LocalizedText(fr: "Ce commentaire sera lu par \(name).",
                          en: "\(name) will read this comment.")
        }
        static func placementWillBeCancelled(of name: String) -> LocalizedText {
            LocalizedText(fr: "Le stage de \(name) sera annulé (il reste dans l'historique).",
                          en: "\(name)'s placement will be cancelled (it stays in the history).")
        }

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            comment, subject, presence, schedule, legalMinimum, noStipendRequired308H, noneText, benefits,
            everyRuleIsMet, tutorAndReferent, tutor, tutorContact, referent, activities, skillsToAcquire,
            hostOrganisation, address, country, headcount, tutorsPosition, tutorsEmail, tutorsPhone, referentTeacher,
            referentsEmail, origin, noneChoice, reply, validateTheRequestQuestion, validateIt, requestWillBeValidated(of: "x", at: "y", errors: 1, warnings: 0), chooseTheOffer, typeToFilterOffers, searchAnOffer, offerChosen, interruptions, daysPerWeek, confidential, yes, newPlacementRequest,
            placementRequest, openThePlacement, newPlacementForAStudent, editThePlacement, validate,
            validateTheRequest, sendBack, sendBackWithAComment, sendBackWithARequiredComment,
            cancelThePlacement, breakOffDateAndReason, requestValidated, placementOngoing,
            placementCompleted, sendTheRequestBack, sendBackTitle, commentRequiredF2ToSend, cancelThePlacementQuestion, cancelIt,
            keep, hours, noPlacementMatches, amendmentSeparator,
        ]
    }
}
