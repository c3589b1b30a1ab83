import StagesCore

extension Strings {
    /// Words more than one screen uses.
    enum Common {
        static let status = LocalizedText(fr: "Statut", en: "Status")
        static let rupture = LocalizedText(fr: "Rupture", en: "Rupture")
        static let dates = LocalizedText(fr: "Dates", en: "Dates")
        static let rules = LocalizedText(fr: "Règles", en: "Rules")
        static let history = LocalizedText(fr: "Historique", en: "History")
        static let student = LocalizedText(fr: "Étudiant·e", en: "Student")
        static let workStudyContract = LocalizedText(fr: "Contrat d'alternance", en: "Work-study contract")
        static let newText = LocalizedText(fr: "nouveau", en: "new")
        static let statusShort = LocalizedText(fr: "statut", en: "status")
        static let filterByStatus = LocalizedText(fr: "Filtrer par statut", en: "Filter by status")
        static let edit = LocalizedText(fr: "modifier", en: "edit")
        static let markOngoing = LocalizedText(fr: "Marquer en cours", en: "Mark ongoing")
        static let markCompleted = LocalizedText(fr: "Marquer terminé", en: "Mark completed")
        static let start = LocalizedText(fr: "Début", en: "Start")
        static let end = LocalizedText(fr: "Fin", en: "End")
        static let allText = LocalizedText(fr: "tous", en: "all")
        static let chooseTheStudent = LocalizedText(fr: "Choisir l'étudiant", en: "Choose the student")
        static let chooseTheStudentWithASearch = LocalizedText(fr: "Choisir l'étudiant par une recherche",
                                                               en: "Choose the student with a search")
        static let typeToFilterStudents = LocalizedText(fr: "tapez pour filtrer (nom, identifiant, groupe, courriel)",
                                                        en: "type to filter (name, login, group, email)")
        static let resetTheFilters = LocalizedText(fr: "Tous les filtres à zéro", en: "Reset every filter")
        static let filtersReset = LocalizedText(fr: "Filtres remis à zéro.", en: "Filters reset.")
        static let cancel = LocalizedText(fr: "Annuler", en: "Cancel")
        static let save = LocalizedText(fr: "enregistrer", en: "save")
        static let close = LocalizedText(fr: "fermer", en: "close")
        static let reloadTheDataOthersChanges = LocalizedText(
            fr: "Relire les données (changements des autres)",
            en: "Reload the data (others' changes)")
        static let offer = LocalizedText(fr: "Offre", en: "Offer")
        static let placement = LocalizedText(fr: "Stage", en: "Placement")
        static let organisation = LocalizedText(fr: "Organisme", en: "Organisation")
        static let length = LocalizedText(fr: "Durée", en: "Length")
        static let hoursPerWeek = LocalizedText(fr: "Heures par semaine", en: "Hours per week")
        static let stipend = LocalizedText(fr: "Gratification", en: "Stipend")
        static let city = LocalizedText(fr: "Ville", en: "City")
        static let postcode = LocalizedText(fr: "Code postal", en: "Postcode")
        static let siret = LocalizedText(fr: "SIRET", en: "SIRET")
        static let no = LocalizedText(fr: "non", en: "no")
        static let unit = LocalizedText(fr: "Unité", en: "Unit")
        static let wks = LocalizedText(fr: "Sem.", en: "Wks")
        static let track = LocalizedText(fr: "Parcours", en: "Track")
        static let situation = LocalizedText(fr: "Situation", en: "Situation")

        static func fieldsToCorrect(_ count: Int) -> LocalizedText {
            LocalizedText(fr: "\(count) champ(s) à corriger avant d'enregistrer.",
                          en: "\(count) field(s) to correct before saving.")
        }

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            chooseTheStudent, chooseTheStudentWithASearch, typeToFilterStudents,
            resetTheFilters, filtersReset,
            status, rupture, dates, rules, history, student, workStudyContract, newText, statusShort, filterByStatus,
            edit, markOngoing, markCompleted, start, end, allText, cancel, save, close, reloadTheDataOthersChanges,
            offer, placement, organisation, length, hoursPerWeek, stipend, city, postcode, siret, no, unit, wks, track,
            situation,
        ]
    }
}
