import StagesCore

extension Strings {
    /// The words of Screens/Organizations.
    enum Organizations {
        static let tab = LocalizedText(fr: "Structures", en: "Organisations")
        static let organisation = LocalizedText(fr: "Structure", en: "Organisation")
        static let name = LocalizedText(fr: "Nom", en: "Name")
        static let naf = LocalizedText(fr: "Code NAF/APE", en: "NAF/APE code")
        static let kind = LocalizedText(fr: "Type", en: "Kind")
        static let headcount = LocalizedText(fr: "Effectif", en: "Headcount")
        static let address = LocalizedText(fr: "Adresse", en: "Address")
        static let country = LocalizedText(fr: "Pays", en: "Country")
        static let phone = LocalizedText(fr: "Téléphone", en: "Phone")
        static let email = LocalizedText(fr: "Courriel", en: "Email")
        static let website = LocalizedText(fr: "Site web", en: "Website")
        static let offersColumn = LocalizedText(fr: "Offres", en: "Offers")
        static let placementsColumn = LocalizedText(fr: "Stages", en: "Placements")
        static let offers = LocalizedText(fr: "Ses offres", en: "Its offers")
        static let placements = LocalizedText(fr: "Ses stages", en: "Its placements")
        static let contracts = LocalizedText(fr: "Ses contrats d'alternance", en: "Its work-study contracts")
        static let load = LocalizedText(fr: "Accueil", en: "Hosting")
        static let internsPerWeek = LocalizedText(fr: "Stagiaires / semaine", en: "Interns per week")
        static let hoursPerStudent = LocalizedText(fr: "Heures par étudiant·e", en: "Hours per student")
        static let noneYet = LocalizedText(fr: "aucun pour l'instant", en: "none yet")
        static let typedByStudent = LocalizedText(fr: "saisie par un·e étudiant·e, à valider", en: "typed by a student, to be checked")
        static let createdBy = LocalizedText(fr: "Créée par", en: "Created by")
        static let complete = LocalizedText(fr: "Fiche complète", en: "Record complete")
        static let incomplete = LocalizedText(fr: "Fiche à compléter", en: "Record to complete")
        static let noOrganisationMatches = LocalizedText(fr: "Aucune structure ne correspond.", en: "No organisation matches.")
        static let openTheOrganisation = LocalizedText(fr: "Ouvrir la structure", en: "Open the organisation")
        static let newOrganisation = LocalizedText(fr: "Nouvelle structure", en: "New organisation")
        static let editTheOrganisation = LocalizedText(fr: "Modifier la structure", en: "Edit the organisation")
        static let merge = LocalizedText(fr: "fusionner", en: "merge")
        static let mergeAnother = LocalizedText(fr: "Absorber une autre structure (doublon) dans celle-ci",
                                                en: "Absorb another organisation (a duplicate) into this one")
        static let organisationSaved = LocalizedText(fr: "Structure enregistrée.", en: "Organisation saved.")
        static let organisationsMerged = LocalizedText(fr: "Structures fusionnées.", en: "Organisations merged.")
        static let mergeTitle = LocalizedText(fr: "Fusionner deux structures ?", en: "Merge two organisations?")
        static let mergeButton = LocalizedText(fr: "Fusionner", en: "Merge")
        static let whichToAbsorb = LocalizedText(fr: "Quelle structure absorber ?", en: "Which organisation to absorb?")
        static let chooseOrganisation = LocalizedText(fr: "Choisir la structure", en: "Choose the organisation")
        static let linkAtValidation = LocalizedText(fr: "Structure saisie par l'étudiant·e : laquelle ?",
                                                    en: "Organisation typed by the student: which one?")
        static let typeToFilter = LocalizedText(fr: "tapez pour filtrer (nom, SIRET, ville)", en: "type to filter (name, SIRET, city)")
        static let choose = LocalizedText(fr: "choisir", en: "choose")
        static let chooseTheHighlighted = LocalizedText(fr: "Choisir la structure en surbrillance", en: "Choose the highlighted organisation")
        static let createOne = LocalizedText(fr: "créer", en: "create")
        static let createWithItsForm = LocalizedText(fr: "Créer une structure avec son formulaire, et la choisir",
                                                     en: "Create an organisation with its form, and choose it")
        static let search = LocalizedText(fr: "chercher", en: "search")
        static let chooseWithASearch = LocalizedText(fr: "Choisir la structure par une recherche, ou la créer",
                                                     en: "Choose the organisation with a search, or create it")
        static let noneChosen = LocalizedText(fr: "— aucune : F3 pour chercher ou créer —", en: "— none: F3 to search or create —")
        static let moveInTheList = LocalizedText(fr: "Se déplacer dans la liste", en: "Move in the list")
        static let closeWithoutChoosing = LocalizedText(fr: "Fermer sans choisir", en: "Close without choosing")
        static let nameLikeTyped = LocalizedText(fr: "même nom", en: "same name")
        static let organisationLinked = LocalizedText(fr: "Structure choisie.", en: "Organisation chosen.")
        static let lookUpAKnownOne = LocalizedText(fr: "Reprendre une structure connue (nom, SIRET, ville)",
                                                   en: "Fill in a known organisation (name, SIRET, city)")
        static func organisationFilledIn(_ name: String) -> LocalizedText {
            LocalizedText(fr: "Structure reprise : \(name) (nom, SIRET, adresse).", en: "Organisation filled in: \(name) (name, SIRET, address).")
        }
        static let placementValidatedLinked = LocalizedText(fr: "Demande validée ; structure reliée à la fiche connue.",
                                                            en: "Request validated; organisation linked to the known record.")
        static let placementValidatedKept = LocalizedText(fr: "Demande validée ; structure gardée comme nouvelle.",
                                                          en: "Request validated; organisation kept as a new one.")

        static func keepAsNew(_ name: String) -> LocalizedText {
            LocalizedText(fr: "Garder « \(name) » comme nouvelle structure", en: "Keep “\(name)” as a new organisation")
        }

        static func mergeMessage(absorbed: String, kept: String, offers: Int, placements: Int, contracts: Int) -> LocalizedText {
            LocalizedText(
                fr: "« \(absorbed) » sera absorbée par « \(kept) » puis supprimée : \(offers) offre(s), \(placements) stage(s) "
                    + "et \(contracts) contrat(s) passeront à « \(kept) », dont les champs vides seront complétés.",
                en: "“\(absorbed)” will be absorbed into “\(kept)” and removed: \(offers) offer(s), \(placements) placement(s) "
                    + "and \(contracts) contract(s) will move to “\(kept)”, whose empty fields will be completed.")
        }

        static func peak(_ interns: Int, week: String, quota: Int?) -> LocalizedText {
            let limit = quota.map { (fr: " (quota : \($0))", en: " (quota: \($0))") } ?? (fr: " (quota inconnu : effectif non renseigné)", en: " (quota unknown: no headcount)")
            return LocalizedText(fr: "au plus \(interns), semaine du \(week)\(limit.fr)",
                                 en: "at most \(interns), week of \(week)\(limit.en)")
        }

        static func hours(_ hours: String, max: Int, year: Int) -> LocalizedText {
            LocalizedText(fr: "\(hours) / \(max) h en \(year)-\(year + 1)", en: "\(hours) / \(max) h in \(year)-\(year + 1)")
        }

        static func count(_ n: Int) -> LocalizedText {
            LocalizedText(fr: "\(n) structure(s)", en: "\(n) organisation(s)")
        }

        /// Every text above, for the completeness test.
        static let all: [LocalizedText] = [
            tab, organisation, name, naf, kind, headcount, address, country, phone, email, website, offersColumn,
            placementsColumn, offers, placements, contracts, load, internsPerWeek, hoursPerStudent, noneYet, typedByStudent,
            createdBy, complete, incomplete, noOrganisationMatches, openTheOrganisation, newOrganisation,
            editTheOrganisation, merge, mergeAnother, organisationSaved, organisationsMerged, mergeTitle, mergeButton,
            whichToAbsorb, chooseOrganisation, linkAtValidation, typeToFilter, choose, chooseTheHighlighted, createOne,
            createWithItsForm, search, chooseWithASearch, noneChosen, moveInTheList, closeWithoutChoosing, nameLikeTyped,
            organisationLinked, lookUpAKnownOne, organisationFilledIn("x"), placementValidatedLinked, placementValidatedKept,
            keepAsNew("x"), mergeMessage(absorbed: "a", kept: "b", offers: 1, placements: 2, contracts: 3),
            peak(1, week: "w", quota: 3), hours("1", max: 924, year: 2026), count(2),
        ]
    }
}
