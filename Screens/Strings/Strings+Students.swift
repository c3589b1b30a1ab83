import StagesCore

extension Strings {
    /// The words of Screens/Students.
    enum Students {
        static let login = LocalizedText(fr: "Identifiant", en: "Login")
        static let number = LocalizedText(fr: "Numéro", en: "Number")
        static let email = LocalizedText(fr: "Courriel", en: "Email")
        static let phone = LocalizedText(fr: "Téléphone", en: "Phone")
        static let group = LocalizedText(fr: "Groupe", en: "Group")
        static let year = LocalizedText(fr: "Année", en: "Year")
        static let domains = LocalizedText(fr: "Domaines", en: "Domains")
        static let notes = LocalizedText(fr: "Notes", en: "Notes")
        static let workStudy = LocalizedText(fr: "Alternance", en: "Work-study")
        static let loginField = LocalizedText(fr: "Identifiant (login)", en: "Login")
        static let studentNumber = LocalizedText(fr: "Numéro d'étudiant", en: "Student number")
        static let lastName = LocalizedText(fr: "Nom", en: "Last name")
        static let firstName = LocalizedText(fr: "Prénom", en: "First name")
        static let newStudent = LocalizedText(fr: "Nouvel·le étudiant·e", en: "New student")
        static let studentRecord = LocalizedText(fr: "Fiche étudiant·e", en: "Student record")
        static let thisLoginAlreadyExists = LocalizedText(fr: "Cet identifiant existe déjà.", en: "This login already exists.")
        static let recordSaved = LocalizedText(fr: "Fiche enregistrée.", en: "Record saved.")
        static let openTheRecord = LocalizedText(fr: "Ouvrir la fiche", en: "Open the record")
        static let editTheRecord = LocalizedText(fr: "Modifier la fiche", en: "Edit the record")
        static let unplaced = LocalizedText(fr: "sans solution", en: "unplaced")
        static let onlyThoseWithNothingYet = LocalizedText(
            fr: "Seulement celles et ceux sans rien encore",
            en: "Only those with nothing yet")
        static let changeTrackInternshipWorkStudy = LocalizedText(
            fr: "Changer de parcours (stage / alternance)",
            en: "Change track (internship / work-study)")
        static let openPlacementOrContract = LocalizedText(fr: "ouvrir son stage ou contrat", en: "open placement or contract")
        static let openTheirPlacementOrContract = LocalizedText(
            fr: "Ouvrir son stage ou son contrat",
            en: "Open their placement or contract")
        static let changeTrack = LocalizedText(fr: "Changer de parcours ?", en: "Change track?")
        static let change = LocalizedText(fr: "Changer", en: "Change")
        static let noPlacementNorContractYet = LocalizedText(
            fr: "Ni stage ni contrat pour l'instant.",
            en: "No placement nor contract yet.")
        static let filter = LocalizedText(fr: "filtre", en: "filter")
        static let filterByGroup = LocalizedText(fr: "Filtrer par groupe", en: "Filter by group")
        static let filterBySituation = LocalizedText(fr: "Filtrer par situation", en: "Filter by situation")
        static let noGroup = LocalizedText(fr: "(sans groupe)", en: "(no group)")
        static let tick = LocalizedText(fr: "cocher", en: "tick")
        static let tickOrUntick = LocalizedText(fr: "Cocher ou décocher la valeur", en: "Tick or untick the value")
        static let tickAllOrNone = LocalizedText(fr: "Tout cocher ou tout décocher", en: "Tick all or none")
        static let apply = LocalizedText(fr: "appliquer", en: "apply")
        static let showTheRowsTicked = LocalizedText(fr: "Montrer les lignes des valeurs cochées", en: "Show the rows of the values ticked")
        static let pickerFooter = LocalizedText(fr: "Espace cocher · a tout · Entrée appliquer · Échap annuler",
                                                en: "Space tick · a all · Enter apply · Esc cancel")
        static let situationShort = LocalizedText(fr: "situation", en: "situation")
        static let groupShort = LocalizedText(fr: "groupe", en: "group")
        static let nobodyMatches = LocalizedText(fr: "Personne ne correspond.", en: "Nobody matches.")

        static func requestWillBeCancelled(_ status: LocalizedText) -> LocalizedText {
            LocalizedText(fr: "Sa demande de stage (« \(status.fr) ») sera annulée du même coup.",
                          en: "Their internship request (“\(status.en)”) will be cancelled with it.")
        }
        static func contractStaysRecorded(_ status: LocalizedText) -> LocalizedText {
            LocalizedText(fr: "Son alternance (« \(status.fr) ») reste enregistrée.",
                          en: "Their work-study record (“\(status.en)”) stays as it is.")
        }
        static func movesToTrack(_ name: String, _ track: LocalizedText) -> LocalizedText {
            LocalizedText(fr: "\(name) passe en parcours « \(track.fr) ».",
                          en: "\(name) moves to the “\(track.en)” track.")
        }

        /// Every text above, for the completeness test.
            static let all: [LocalizedText] = [
            filterByGroup, filterBySituation, noGroup, tick, tickOrUntick, tickAllOrNone, apply,
            showTheRowsTicked, pickerFooter, situationShort, groupShort,
            login, number, email, phone, group, year, domains, notes, workStudy, loginField, studentNumber, lastName,
            firstName, newStudent, studentRecord, thisLoginAlreadyExists, recordSaved, openTheRecord, editTheRecord,
            unplaced, onlyThoseWithNothingYet, changeTrackInternshipWorkStudy, openPlacementOrContract,
            openTheirPlacementOrContract, changeTrack, change, noPlacementNorContractYet, filter, nobodyMatches,
        ]
    }
}
