/// The 30 students of the demo year and the tutors they meet.
enum DemoStudents {
    static let names: [(String, String, String)] = [
        ("lmoreau", "Léa", "Moreau"), ("tgarcia", "Théo", "Garcia"), ("mpetit", "Manon", "Petit"),
        ("crobert", "Chloé", "Robert"), ("jrichard", "Jules", "Richard"), ("adurand", "Anaïs", "Durand"),
        ("nleroy", "Noé", "Leroy"), ("ebonnet", "Élise", "Bonnet"), ("hfaure", "Hugo", "Faure"),
        ("ymercier", "Yasmine", "Mercier"), ("sblanc", "Sacha", "Blanc"), ("ogirard", "Océane", "Girard"),
        ("pandre", "Paul", "André"), ("mlefevre", "Maëlys", "Lefèvre"), ("ggauthier", "Gaëlle", "Gauthier"),
        ("rlambert", "Raphaël", "Lambert"), ("cdupont", "Céline", "Dupont"), ("fbertrand", "François", "Bertrand"),
        ("zroux", "Zoé", "Roux"), ("kvincent", "Kylian", "Vincent"), ("ijoly", "Inès", "Joly"),
        ("amarchand", "Aurélien", "Marchand"), ("ndavid", "Nolwenn", "David"), ("emorin", "Éloïse", "Morin"),
        ("ifontaine", "Ilyès", "Fontaine"), ("rchevalier", "Rose", "Chevalier"), ("lrousseau", "Louis", "Rousseau"),
        ("vmuller", "Valentin", "Müller"), ("cperrin", "Camille", "Perrin"), ("bmasson", "Bérénice", "Masson"),
    ]

    /// The five signed or searching alternance students; bmasson's contract was broken.
    static let alternance: Set<String> = ["ifontaine", "rchevalier", "lrousseau", "vmuller", "cperrin"]

    static func all(year: Int) -> [Student] {
        names.enumerated().map { n, entry in
            let (login, first, last) = entry
            let domains: [Domain] = [[.archives], [.documentation], [.data], [.archives, .data], [.documentation, .data]][n % 5]
            return Student(login: login, studentNumber: String(22_100_000 + n * 37), lastName: last, firstName: first,
                           email: "\(login)@etu.iut.example.fr", phone: n % 4 == 0 ? "06 12 34 \(10 + n) 78" : "",
                           group: n < 15 ? "IDN-A" : "IDN-B", year: "\(year)-\(year + 1)",
                           track: alternance.contains(login) ? .alternance : .stage, domains: domains,
                           notes: login == "bmasson" ? "Contrat rompu en octobre : cherche un stage." : "")
        }
    }

    static let tutors: [Tutor] = [
        Tutor(name: "Hélène Dubois", function: "Directrice adjointe des archives", email: "helene.dubois@rhone.example.fr", phone: "04 72 35 35 01"),
        Tutor(name: "Olivier Lemaître", function: "Conservateur, département des manuscrits", email: "olivier.lemaitre@bnf.example.fr"),
        Tutor(name: "Sophie Nguyen", function: "Documentaliste audiovisuelle", email: "snguyen@ina.example.fr"),
        Tutor(name: "Karim Benali", function: "Data engineer", email: "karim@datacoeur.example.fr"),
        Tutor(name: "Agnès Perret", function: "Responsable des fonds patrimoniaux", email: "a.perret@montpellier.example.fr"),
        Tutor(name: "Jérôme Caillaux", function: "Chargé des collections numériques", email: "j.caillaux@confluences.example.fr"),
        Tutor(name: "Martine Lagarde", function: "Archiviste", email: "martine.lagarde@laposte.example.fr"),
        Tutor(name: "Dr Claire Vasseur", function: "Responsable du centre de documentation", email: "c.vasseur@ch-valence.example.fr"),
        Tutor(name: "Thomas Riviera", function: "Gérant", email: "thomas@numerilab.example.fr"),
        Tutor(name: "Françoise Garçon", function: "Directrice éditoriale", email: "f.garcon@editions-garcon.example.fr"),
        Tutor(name: "Benoît Charrier", function: "Responsable de la bibliothèque numérique", email: "benoit.charrier@univ-lyon2.example.fr"),
    ]
}
