import Foundation

/// The offers of the demo year: documentation, archives and data.
enum DemoOffers {
    /// (subject, activities, skills) used by placements too.
    static let subjects: [(String, String, String)] = [
        ("Classement et description d'un fonds de notaires", "Tri, classement, rédaction d'un instrument de recherche en EAD", "Archivistique, normes ISAD(G) et EAD"),
        ("Catalogage de manuscrits du XIXe siècle", "Description dans le catalogue, contrôle des notices d'autorité", "Catalogage, Unimarc, paléographie"),
        ("Indexation d'archives audiovisuelles", "Visionnage, indexation, enrichissement des métadonnées", "Thésaurus, documentation audiovisuelle"),
        ("Qualité des données d'un entrepôt clients", "Profilage des données, règles de qualité, tableaux de bord", "SQL, Python, visualisation"),
        ("Valorisation d'un fonds patrimonial", "Sélection, numérisation, exposition virtuelle", "Médiation, Omeka, droits d'auteur"),
        ("Récolement des collections numériques", "Inventaire, contrôle des fichiers, plan de préservation", "Préservation numérique, OAIS"),
        ("Veille documentaire en santé", "Produits de veille, bulletins, recherche bibliographique", "PubMed, outils de veille"),
    ]

    static let titles: [(Domain, String)] = [
        (.archives, "Classement d'un fonds d'archives privées"),
        (.archives, "Archivage électronique : préparation des versements"),
        (.archives, "Récolement et conditionnement des registres paroissiaux"),
        (.archives, "Numérisation et description de plans anciens"),
        (.archives, "Collecte des archives orales d'une usine textile"),
        (.archives, "Tableau de gestion des archives d'un service"),
        (.archives, "Œuvres et fonds photographiques : inventaire"),
        (.archives, "Préparation d'une exposition sur la mémoire ouvrière"),
        (.archives, "Records management dans une collectivité"),
        (.archives, "Dépouillement de correspondances (1870-1914)"),
        (.archives, "Archives hospitalières : tri et éliminations réglementaires"),
        (.archives, "Archives audiovisuelles : sauvegarde de cassettes"),
        (.archives, "Description en EAD d'un fonds d'architecte"),
        (.archives, "Accueil des chercheurs et communication des documents"),
        (.documentation, "Veille documentaire et produits d'information"),
        (.documentation, "Catalogage et indexation de fonds anciens"),
        (.documentation, "Refonte du portail documentaire d'un centre hospitalier"),
        (.documentation, "Gestion d'une photothèque et droits d'image"),
        (.documentation, "Médiation numérique en médiathèque"),
        (.documentation, "Bibliothèque numérique : contrôle qualité des métadonnées"),
        (.documentation, "Politique documentaire d'un service commun"),
        (.documentation, "Thésaurus métier : mise à jour et alignement"),
        (.documentation, "Documentation juridique : revue de presse quotidienne"),
        (.documentation, "Fonds jeunesse : désherbage et valorisation"),
        (.documentation, "Gestion électronique des documents (GED)"),
        (.documentation, "Knowledge management dans une maison d'édition"),
        (.documentation, "Signalement des thèses dans le catalogue (SUDOC)"),
        (.documentation, "Accueil et formation des usagers à la recherche"),
        (.data, "Qualité et nettoyage de données ouvertes"),
        (.data, "Tableaux de bord de fréquentation (Power BI)"),
        (.data, "Open data : publication de jeux de données régionaux"),
        (.data, "Alignement de référentiels et données liées (RDF)"),
        (.data, "Analyse des usages d'une bibliothèque numérique"),
        (.data, "Gouvernance des données : dictionnaire et glossaire"),
        (.data, "Moissonnage OAI-PMH et enrichissement de notices"),
        (.data, "Data visualisation pour une exposition virtuelle"),
        (.data, "Migration de données vers un nouveau SIGB"),
        (.data, "Annotation de corpus pour l'apprentissage automatique"),
        (.data, "Conformité RGPD d'un registre des traitements"),
        (.data, "Cartographie des flux de données d'un service"),
        (.data, "Référentiel des organisations : déduplication"),
        (.data, "Statistiques d'activité et rapport annuel"),
        (.other, "Communication et médiation culturelle"),
        (.other, "Gestion de projet pour un festival du livre"),
    ]

    static let longDescription = """
        Au sein du service des archives, vous participerez au traitement d'un fonds d'entreprise textile \
        (environ 120 mètres linéaires) entré par don en 2019. Vous réaliserez le tri et le classement selon \
        le cadre de classement défini avec votre tutrice, puis la description des dossiers au niveau de la \
        pièce lorsque c'est nécessaire. Vous rédigerez l'instrument de recherche en EAD et préparerez sa mise \
        en ligne sur le portail des archives.

        Vous contribuerez également aux actions de valorisation : sélection de documents remarquables pour \
        une exposition prévue à l'automne, rédaction de notices et de cartels, participation à l'accueil des \
        publics scolaires. Une attention particulière sera portée au conditionnement (pochettes et boîtes \
        neutres) et au signalement des documents nécessitant une restauration.

        Profil recherché : rigueur, curiosité pour l'histoire industrielle, goût pour le travail en équipe. \
        La maîtrise d'un tableur est indispensable ; la connaissance des normes ISAD(G) et EAD est un plus.
        """

    static func all(academicYear year: Int, organizations: [Organization], now: Date) -> [Offer] {
        let spring = year + 1
        let contacts = DemoStudents.tutors
        return titles.enumerated().map { n, entry in
            let (domain, title) = entry
            let org = organizations[n % organizations.count]
            let status: OfferStatus = n == 5 || n == 20 ? .filled : (n == 33 ? .withdrawn : (n == 12 ? .expired : .open))
            let applyBy = CivilDate(year: spring, month: 1 + n % 4, day: 1 + (n * 7) % 28)!
            let received = CivilDate(year: year, month: 9 + n % 3, day: 1 + (n * 5) % 28)!
            let stipend: AnnouncedStipend? = switch n % 4 {
            case 0: .legalMinimum
            case 1: .amount(Stipend(amount: Decimal(string: "4.50")!, unit: .perHour))
            case 2: .amount(Stipend(amount: 700, unit: .perMonth))
            default: nil
            }
            let contact = contacts[n % contacts.count]
            var offer = Offer(
                id: String(format: "off-%03d", n + 1), title: title, organizationID: org.id, domain: domain,
                city: org.city, postcode: org.postcode, remotePossible: domain == .data && n % 2 == 0,
                description: n == 0 ? longDescription : "\(subjects[n % subjects.count].1). Stage de 12 à 16 semaines au sein de l'équipe.",
                skills: subjects[n % subjects.count].2,
                start: n % 3 == 0 ? .fromEarliest : .on(CivilDate(year: spring, month: 4, day: 8 + n % 20)!),
                durationWeeks: 12 + n % 5, weeklyHours: 35, stipend: stipend,
                howToApply: "CV et lettre de motivation par courriel",
                contact: Contact(name: contact.name, email: contact.email, phone: contact.phone),
                source: [.mail, .website, .partner, .spontaneous][n % 4], receivedOn: received, applyBy: applyBy,
                status: status, filledBy: n == 5 ? "lmoreau" : nil, tags: n % 5 == 0 ? ["prioritaire"] : [],
                created: Stamp(by: DemoData.coordinator.login, at: now), updated: Stamp(by: DemoData.coordinator.login, at: now))
            // A partner's offers come back every year.
            if offer.source == .partner { offer.recurring = true }
            return offer
        }
    }
}
