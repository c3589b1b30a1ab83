/// The host organisations of the demo department.
enum DemoOrganizations {
    /// A SIRET whose last digit makes the Luhn check pass.
    static func siret(_ first13: String) -> String {
        for last in 0...9 where FieldFormats.isValidSIRET(first13 + String(last)) {
            return first13 + String(last)
        }
        return first13 + "0"
    }

    static let all: [Organization] = [
        Organization(id: "org-ad69", name: "Archives départementales du Rhône", siret: siret("2269000010001"),
                     naf: "91.01Z", kind: .administration, headcount: 120, address: "34 rue Général Mouton-Duvernet",
                     postcode: "69003", city: "Lyon", phone: "04 72 35 35 00", email: "archives@rhone.example.fr"),
        Organization(id: "org-bnf", name: "Bibliothèque nationale de France", siret: siret("1800460010001"),
                     naf: "91.01Z", kind: .administration, headcount: 2300, address: "Quai François-Mauriac",
                     postcode: "75013", city: "Paris", phone: "01 53 79 59 59", website: "https://www.bnf.example.fr"),
        Organization(id: "org-ina", name: "Institut national de l'audiovisuel", siret: siret("3020000010002"),
                     naf: "60.20A", kind: .publicCompany, headcount: 950, address: "4 avenue de l'Europe",
                     postcode: "94360", city: "Bry-sur-Marne"),
        Organization(id: "org-datacoeur", name: "Datacœur SAS", siret: siret("8120000020003"),
                     naf: "62.02A", kind: .privateCompany, headcount: 18, address: "12 rue de la Soie",
                     postcode: "69100", city: "Villeurbanne", email: "contact@datacoeur.example.fr"),
        Organization(id: "org-mediatheque", name: "Médiathèque Émile-Zola", siret: siret("2134000010004"),
                     naf: "91.01Z", kind: .administration, headcount: 85, address: "218 boulevard de l'Aéroport-International",
                     postcode: "34000", city: "Montpellier"),
        Organization(id: "org-confluences", name: "Musée des Confluences", siret: siret("2069000030005"),
                     naf: "91.02Z", kind: .administration, headcount: 210, address: "86 quai Perrache",
                     postcode: "69002", city: "Lyon"),
        Organization(id: "org-laposte", name: "La Poste — Direction du patrimoine historique", siret: "35600000049837",
                     naf: "53.10Z", kind: .publicCompany, headcount: 190_000, address: "9 rue du Colonel Pierre-Avia",
                     postcode: "75015", city: "Paris"),
        Organization(id: "org-chu", name: "Centre hospitalier de Valence — Centre de documentation", siret: siret("2626000040006"),
                     naf: "86.10Z", kind: .administration, headcount: 3100, address: "179 boulevard du Maréchal-Juin",
                     postcode: "26000", city: "Valence"),
        Organization(id: "org-numerilab", name: "Numérilab SARL", siret: siret("8450000050007"),
                     naf: "63.11Z", kind: .privateCompany, headcount: 9, address: "3 avenue du Parmelan",
                     postcode: "74000", city: "Annecy"),
        Organization(id: "org-garcon", name: "Éditions Garçon & Fils", siret: siret("4380000060008"),
                     naf: "58.11Z", kind: .privateCompany, headcount: 42, address: "7 place Grenette",
                     postcode: "38000", city: "Grenoble"),
        Organization(id: "org-scd", name: "Université Lumière Lyon 2 — Service commun de la documentation",
                     siret: siret("1969000070009"), naf: "85.42Z", kind: .administration, headcount: 1800,
                     address: "5 avenue Pierre-Mendès-France", postcode: "69500", city: "Bron"),
        Organization(id: "org-memoire", name: "Association Mémoire ouvrière stéphanoise", siret: siret("7840000080001"),
                     naf: "94.99Z", kind: .association, headcount: 4, address: "2 rue Balay",
                     postcode: "42000", city: "Saint-Étienne"),
        Organization(id: "org-besancon", name: "Archives municipales de Besançon", siret: siret("2125000090002"),
                     naf: "84.11Z", kind: .administration, headcount: 35, address: "Rue Mégevand",
                     postcode: "25000", city: "Besançon"),
        Organization(id: "org-region", name: "Région Auvergne-Rhône-Alpes — Direction de la donnée", siret: siret("2000550010003"),
                     naf: "84.11Z", kind: .administration, headcount: 8000, address: "1 esplanade François-Mitterrand",
                     postcode: "69002", city: "Lyon"),
        Organization(id: "org-kbr", name: "Bibliothèque royale de Belgique (KBR)", siret: "", kind: .administration,
                     headcount: 600, address: "Mont des Arts 28", postcode: "1000", city: "Bruxelles", country: "Belgique"),
    ]
}
