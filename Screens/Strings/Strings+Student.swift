import StagesCore

extension Strings {
    /// The words of Screens/Student.
    enum Student {
        static let myRequest = LocalizedText(fr: "ma demande", en: "my request")
        static let openMyPlacementRequestOr = LocalizedText(
            fr: "Ouvrir ma demande de stage (ou mon alternance)",
            en: "Open my placement request (or my work-study)")
        static let youAreInWorkStudy = LocalizedText(
            fr: "Vous êtes en alternance : salarié·e de votre entreprise, vous ne faites pas de stage et ne participez pas aux projets tutorés.",
            en: "You are in work-study: an employee of your company, you do no internship and take no part in the tutored projects.")
        static let myPlacementRequest = LocalizedText(fr: "Ma demande de stage", en: "My placement request")
        static let organisation = LocalizedText(fr: "Structure", en: "Organisation")
        static let lastComment = LocalizedText(fr: "Dernier commentaire", en: "Last comment")
        static let whatIsMissing = LocalizedText(fr: "Ce qui manque", en: "What is missing")
        static let nothingTheRequestMeetsEvery = LocalizedText(
            fr: "Rien : la demande respecte toutes les règles.",
            en: "Nothing: the request meets every rule.")
        static let myWorkStudy = LocalizedText(fr: "Mon alternance", en: "My work-study")
        static let youAreInWorkStudyDeclareInTab4 = LocalizedText(
            fr: "Vous êtes en alternance : pas de demande de stage. Vous êtes salarié·e de votre entreprise ; votre contrat se déclare dans l'onglet 4.",
            en: "You are in work-study: no placement request. You are an employee of your company; declare your contract in tab 4.")
        static let newRequestEveryChangeIs = LocalizedText(
            fr: "Nouvelle demande : chaque modification est gardée comme brouillon. F5 la soumet.",
            en: "New request: every change is kept as a draft. F5 submits it.")
        static let draftEveryChangeIsKept = LocalizedText(
            fr: "Brouillon : chaque modification est gardée. F5 soumet la demande.",
            en: "Draft: every change is kept. F5 submits the request.")
        static let sentBack = LocalizedText(fr: "Renvoyée.", en: "Sent back.")
        static let correctItThenSubmitAgain = LocalizedText(
            fr: "Corrigez puis soumettez à nouveau avec F5.",
            en: "Correct it, then submit again with F5.")
        static let requestSubmittedWaitingForThe = LocalizedText(
            fr: "Demande soumise : en attente de la réponse du responsable des stages (lecture seule).",
            en: "Request submitted: waiting for the coordinator's answer (read-only).")
        static let signedOrLookingForAn = LocalizedText(
            fr: "Vous avez signé (ou cherchez) un contrat d'apprentissage ou de professionnalisation ? Déclarez-le ici ; F2 enregistre.",
            en: "Signed (or looking for) an apprenticeship or professionalisation contract? Declare it here; F2 saves.")
        static let readOnly = LocalizedText(fr: "lecture seule", en: "read-only")
        static let requiredF2SaveF5Submit = LocalizedText(
            fr: "* obligatoire · F2 enregistrer · F5 soumettre",
            en: "* required · F2 save · F5 submit")
        static let requiredF2Save = LocalizedText(fr: "* obligatoire · F2 enregistrer", en: "* required · F2 save")
        static let saveTheDraft = LocalizedText(fr: "Enregistrer le brouillon", en: "Save the draft")
        static let saveTheDeclaration = LocalizedText(fr: "Enregistrer la déclaration", en: "Save the declaration")
        static let submit = LocalizedText(fr: "soumettre", en: "submit")
        static func draftKept(on moment: String) -> LocalizedText {
            LocalizedText(fr: "Brouillon de votre demande gardé le \(moment), pas encore enregistré : Entrée pour le reprendre.",
                          en: "A draft of your request kept on \(moment), not saved yet: Enter to take it up.")
        }
        static let submitAgain = LocalizedText(fr: "Soumettre à nouveau", en: "Submit again")
        static let submitTheRequestQuestion = LocalizedText(fr: "Soumettre la demande ?", en: "Submit the request?")
        static let submittedCannotChange = LocalizedText(
            fr: "Elle part au responsable des stages : vous ne pourrez plus la modifier, sauf s'il vous la renvoie.",
            en: "It goes to the placement coordinator: you can no longer change it unless it is sent back to you.")
        static let replyToTheComment = LocalizedText(fr: "Une réponse au commentaire du responsable peut accompagner la demande.",
                                                     en: "A reply to the coordinator's comment may go with the request.")
        static let replyOptional = LocalizedText(fr: "Votre réponse (facultative) · F2 soumettre", en: "Your reply (optional) · F2 to submit")
        static let submitButton = LocalizedText(fr: "Soumettre", en: "Submit")
        static let submitTheRequestToThe = LocalizedText(
            fr: "Soumettre la demande au responsable des stages",
            en: "Submit the request to the coordinator")
        static let mySituation = LocalizedText(fr: "ma situation", en: "my situation")
        static let backToMySituationThe = LocalizedText(
            fr: "Revenir à ma situation (le brouillon est gardé), d'où 1 à 4 changent d'onglet",
            en: "Back to my situation (the draft is kept), where 1 to 4 change tabs")
        static let quitWhenNotTypingThe = LocalizedText(
            fr: "Quitter, hors saisie (le brouillon est gardé ; Ctrl-C partout)",
            en: "Quit, when not typing (the draft is kept; Ctrl-C anywhere)")
        static let draftKeptAsTypedTo = LocalizedText(
            fr: "Brouillon gardé tel que saisi ; à corriger pour l'enregistrer : ",
            en: "Draft kept as typed; to fix before it can be saved: ")
        static let requestSavedDraft = LocalizedText(fr: "Demande enregistrée (brouillon).", en: "Request saved (draft).")
        static let requestSubmittedToTheCoordinator = LocalizedText(
            fr: "Demande soumise au responsable des stages.",
            en: "Request submitted to the coordinator.")
        static let workStudyDeclared = LocalizedText(fr: "Alternance déclarée.", en: "Work-study declared.")

        static func noRequestYet(openOffers: Int) -> LocalizedText {
            LocalizedText(fr: "Pas encore de demande. Les offres ouvertes (\(openOffers)) sont dans l'onglet 2 ; la demande se remplit dans l'onglet 3.",
                          en: "No request yet. Open offers (\(openOffers)) are in tab 2; the request is filled in tab 3.")
        }
        static func sentBack(by who: String, on day: String, comment: String) -> LocalizedText {
            LocalizedText(fr: "Renvoyée par \(who) le \(day) : « \(comment) »",
                          en: "Sent back by \(who) on \(day): “\(comment)”")
        }
        static func requestReadOnly(_ status: LocalizedText) -> LocalizedText {
            LocalizedText(fr: "Demande \(status.fr.lowercased()) : elle ne se modifie plus ici (lecture seule).",
                          en: "Request \(status.en.lowercased()): it can no longer be changed here (read-only).")
        }
        static func contractDeclared(_ status: LocalizedText) -> LocalizedText {
            LocalizedText(fr: "Contrat déclaré : \(status.fr.lowercased()). F2 enregistre vos corrections.",
                          en: "Contract declared: \(status.en.lowercased()). F2 saves your corrections.")
        }

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            submitAgain, submitTheRequestQuestion, submittedCannotChange, replyToTheComment, replyOptional, submitButton,
            myRequest, openMyPlacementRequestOr, youAreInWorkStudy, myPlacementRequest, organisation, lastComment,
            whatIsMissing, nothingTheRequestMeetsEvery, myWorkStudy, youAreInWorkStudyDeclareInTab4, newRequestEveryChangeIs,
            draftEveryChangeIsKept, sentBack, correctItThenSubmitAgain, requestSubmittedWaitingForThe,
            signedOrLookingForAn, readOnly, requiredF2SaveF5Submit, requiredF2Save, saveTheDraft, saveTheDeclaration,
            submit, submitTheRequestToThe, mySituation, backToMySituationThe, quitWhenNotTypingThe, draftKeptAsTypedTo,
            requestSavedDraft, requestSubmittedToTheCoordinator, workStudyDeclared,
        ]
    }
}
