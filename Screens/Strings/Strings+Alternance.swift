import StagesCore

extension Strings {
    /// The words of Screens/Alternance.
    enum Alternance {
        static let contract = LocalizedText(fr: "Contrat", en: "Contract")
        static let rhythm = LocalizedText(fr: "Rythme", en: "Rhythm")
        static let trainingCentre = LocalizedText(fr: "CFA", en: "Training centre")
        static let apprenticeshipMaster = LocalizedText(fr: "Maître d'apprentissage", en: "Apprenticeship master")
        static let nothingToReport = LocalizedText(fr: "Rien à signaler.", en: "Nothing to report.")
        static let employer = LocalizedText(fr: "Employeur", en: "Employer")
        static let chooseTheEmployer = LocalizedText(fr: "Choisir l'employeur par une recherche (nom, SIRET, ville)",
                                                     en: "Choose the employer with a search (name, SIRET, city)")
        static let theirPosition = LocalizedText(fr: "Sa fonction", en: "Their position")
        static let theirEmail = LocalizedText(fr: "Son courriel", en: "Their email")
        static let theirPhone = LocalizedText(fr: "Son téléphone", en: "Their phone")
        static let cfaOrTrainingBody = LocalizedText(fr: "CFA ou organisme", en: "Training centre")
        static let contractStart = LocalizedText(fr: "Début du contrat", en: "Contract start")
        static let contractEnd = LocalizedText(fr: "Fin du contrat", en: "Contract end")
        static let newWorkStudyContract = LocalizedText(fr: "Nouveau contrat d'alternance", en: "New work-study contract")
        static let contractSaved = LocalizedText(fr: "Contrat enregistré.", en: "Contract saved.")
        static let openTheContract = LocalizedText(fr: "Ouvrir le contrat", en: "Open the contract")
        static let newContract = LocalizedText(fr: "Nouveau contrat", en: "New contract")
        static let editTheContract = LocalizedText(fr: "Modifier le contrat", en: "Edit the contract")
        static let breakTheContractDateAnd = LocalizedText(
            fr: "Rompre le contrat (date et motif)",
            en: "Break the contract (date and reason)")
        static let signed = LocalizedText(fr: "signé", en: "signed")
        static let markSigned = LocalizedText(fr: "Marquer signé", en: "Mark signed")
        static let breakText = LocalizedText(fr: "rompre", en: "break")
        static let contractSigned = LocalizedText(fr: "Contrat signé.", en: "Contract signed.")
        static let contractOngoing = LocalizedText(fr: "Contrat en cours.", en: "Contract ongoing.")
        static let contractCompleted = LocalizedText(fr: "Contrat terminé.", en: "Contract completed.")
        static let kind = LocalizedText(fr: "Type", en: "Kind")
        static let apprent = LocalizedText(fr: "Apprent.", en: "Apprent.")
        static let prof = LocalizedText(fr: "Pro.", en: "Prof.")
        static let noContractMatches = LocalizedText(fr: "Aucun contrat ne correspond.", en: "No contract matches.")

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            chooseTheEmployer,
            contract, rhythm, trainingCentre, apprenticeshipMaster, nothingToReport, employer, theirPosition,
            theirEmail, theirPhone, cfaOrTrainingBody, contractStart, contractEnd, newWorkStudyContract, contractSaved,
            openTheContract, newContract, editTheContract, breakTheContractDateAnd, signed, markSigned, breakText,
            contractSigned, contractOngoing, contractCompleted, kind, apprent, prof, noContractMatches,
        ]
    }
}
