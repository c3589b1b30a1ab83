import Foundation
import StagesCore

/// Tables for spreadsheets: one row per record, French column names by
/// default, computed columns for placements (weeks, hours, minimum stipend, errors).
public enum Export {
    public enum Kind: String, CaseIterable, Sendable {
        case offers, placements, students, alternance
        /// The agreed placements counted (see `Statistics`): a row per value, a column per year.
        case stats
    }

    /// The figures of `years` (this one first, then the archived ones): dimension, value, then each year's count.
    public static func statistics(_ years: [Statistics], language: Language) -> (header: [String], rows: [[String]]) {
        let fr = language == .fr
        let header = [fr ? "critère" : "dimension", fr ? "valeur" : "value"] + years.map(\.year)
        var rows = [[fr ? "total" : "total", fr ? "stages convenus" : "agreed placements"] + years.map { String($0.placements) }]
        for dimension in Statistics.Dimension.allCases {
            for row in Statistics.rows(dimension, years) {
                rows.append([dimension.rawValue, row.value] + row.counts.map(String.init))
            }
        }
        return (header, rows)
    }

    /// The same as JSON: one object per year, its counts by dimension and value.
    public static func statisticsJSON(_ years: [Statistics]) throws -> Data {
        struct Year: Encodable {
            let year: String
            let placements: Int
            let counts: [String: [String: Int]]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(years.map { year in
            Year(year: year.year, placements: year.placements,
                 counts: Dictionary(uniqueKeysWithValues: year.counts.map { ($0.key.rawValue, $0.value) }))
        })
    }

    public static func table(_ kind: Kind, _ data: Dataset, language: Language, status: String?, year: Int?,
                             today: CivilDate) -> (header: [String], rows: [[String]]) {
        let fr = language == .fr
        func t(_ f: String, _ e: String) -> String { fr ? f : e }
        func date(_ d: CivilDate?) -> String { d.map { fr ? $0.french : $0.iso } ?? "" }
        // Cells as spreadsheets read them: amounts with two decimals, no number grouped.
        func money(_ d: Decimal) -> String { Format.cell(d, language, decimals: 2) }
        func number(_ d: Decimal) -> String { Format.cell(d, language) }
        func org(_ id: String) -> String { data.organizations[id]?.name ?? "" }
        func inYear(_ day: CivilDate) -> Bool { year.map { Programme.academicYear(of: day) == $0 } ?? true }
        switch kind {
        case .stats:
            return statistics([Statistics(data, language: language)], language: language)
        case .offers:
            let header = [t("identifiant", "id"), t("titre", "title"), t("organisme", "organisation"), t("domaine", "domain"),
                          t("ville", "city"), t("code postal", "postcode"), t("début", "start"), t("durée (semaines)", "weeks"),
                          t("heures par semaine", "weekly hours"), t("gratification", "stipend"), t("télétravail", "remote"),
                          t("description", "description"), t("compétences", "skills"), t("contact", "contact"),
                          t("courriel", "email"), t("téléphone", "phone"), t("reçue le", "received on"), t("date limite", "apply by"),
                          t("statut", "status"), t("étiquettes", "tags")]
            let rows = data.offers.values.sorted { $0.id < $1.id }
                .filter { status == nil || $0.effectiveStatus(today: today).rawValue == status }
                .filter { o in year.map { y in o.receivedOn.map { Programme.academicYear(of: $0) == y } ?? true } ?? true }
                .map { o -> [String] in
                    let start: String = if case .on(let d) = o.start { date(d) } else { "" }
                    let stipend: String = switch o.stipend {
                    case nil: ""
                    case .legalMinimum?: t("minimum légal", "legal minimum")
                    case .amount(let s)?: "\(money(s.amount)) \(s.unit.label(language))"
                    }
                    return [o.id, o.title, org(o.organizationID), o.domain.label(language), o.city, o.postcode, start,
                            o.durationWeeks.map(String.init) ?? "", o.weeklyHours.map(number) ?? "", stipend,
                            o.remotePossible ? t("oui", "yes") : t("non", "no"), o.description, o.skills, o.contact.name,
                            o.contact.email, o.contact.phone, date(o.receivedOn), date(o.applyBy),
                            o.effectiveStatus(today: today).label(language), o.tags.joined(separator: ", ")]
                }
            return (header, rows)
        case .placements:
            let book = RuleBook(data)
            let header = [t("identifiant", "id"), t("étudiant·e", "student"), t("identifiant étudiant", "login"),
                          t("organisme", "organisation"), t("SIRET", "SIRET"), t("ville", "city"), t("sujet", "subject"),
                          t("tuteur", "tutor"), t("courriel du tuteur", "tutor email"), t("début", "start"), t("fin", "end"),
                          t("semaines", "weeks"), t("jours de présence", "presence days"), t("heures", "hours"),
                          t("durée légale", "legal length"), t("gratification convenue (€/h)", "agreed stipend (€/h)"),
                          t("minimum légal (€)", "legal minimum (€)"), t("statut", "status"), t("erreurs", "errors"),
                          t("avertissements", "warnings"), t("détail des erreurs", "error details")]
            let rows = data.placements.values.sorted { $0.id < $1.id }
                .filter { status == nil || $0.status.rawValue == status }
                .filter { inYear($0.start) }
                .map { p -> [String] in
                    let d = StageDuration(p)
                    let stipend = book.stipendAssessment(for: p)
                    let findings = book.findings(for: p)
                    let o = data.organizations[p.organizationID]
                    return [p.id, data.students[p.studentLogin]?.fullName ?? "", p.studentLogin, o?.name ?? "", o?.siret ?? "",
                            o?.city ?? "", p.subject, p.tutor.name, p.tutor.email, date(p.start), date(p.end),
                            number(Decimal(d.calendarDays) / 7), number(d.presenceDays), number(d.hours), Format.legalDuration(d, language),
                            // The legal minimum only where a stipend is owed (over two months in the organisation).
                            stipend.agreedHourly.map(money) ?? "", stipend.isMandatory ? money(stipend.minimumTotal) : "",
                            p.status.label(language), String(findings.errors.count), String(findings.warnings.count),
                            findings.errors.map { $0.message(language) }.joined(separator: " | ")]
                }
            return (header, rows)
        case .students:
            let header = [t("identifiant", "login"), t("numéro", "number"), t("nom", "last name"), t("prénom", "first name"),
                          t("courriel", "email"), t("téléphone", "phone"), t("groupe", "group"), t("année", "year"),
                          t("parcours", "track"), t("situation", "situation"), t("domaines", "domains"), t("notes", "notes")]
            let situations = Situation.all(in: data)
            let rows = data.students.values.sorted { $0.login < $1.login }
                .filter { s in year.map { s.year.hasPrefix(String($0)) } ?? true }
                .filter { status == nil || $0.track.rawValue == status }
                .map { s -> [String] in
                    [s.login, s.studentNumber, s.lastName, s.firstName, s.email, s.phone, s.group, s.year, s.track.label(language),
                     situations[s.login]?.label(language) ?? "", s.domains.map { $0.label(language) }.joined(separator: ", "), s.notes]
                }
            return (header, rows)
        case .alternance:
            let header = [t("identifiant", "id"), t("étudiant·e", "student"), t("identifiant étudiant", "login"), t("contrat", "contract"),
                          t("employeur", "employer"), t("maître d'apprentissage", "apprenticeship master"), t("CFA", "training centre"),
                          t("OPCO", "OPCO"), t("début", "start"), t("fin", "end"), t("rythme", "rhythm"), t("statut", "status"),
                          t("date de rupture", "rupture date"), t("motif de rupture", "rupture reason")]
            let rows = data.alternances.values.sorted { $0.id < $1.id }
                .filter { status == nil || $0.status.rawValue == status }
                .filter { inYear($0.start) }
                .map { c -> [String] in
                    [c.id, data.students[c.studentLogin]?.fullName ?? "", c.studentLogin, c.kind.label(language), org(c.employerID),
                     c.tutor?.name ?? "", c.trainingBody, c.opco, date(c.start), date(c.end), c.rhythm, c.status.label(language),
                     date(c.rupture?.date), c.rupture?.reason ?? ""]
                }
            return (header, rows)
        }
    }

    /// The records themselves, in the store's JSON shape, for `stages import`;
    /// each student also carries their `situation`, which import ignores.
    public static func json(_ kind: Kind, _ data: Dataset, status: String?, year: Int?, today: CivilDate) throws -> Data {
        func inYear(_ day: CivilDate) -> Bool { year.map { Programme.academicYear(of: day) == $0 } ?? true }
        let encoder = JSONRecords.encoder()
        switch kind {
        case .stats:
            return try statisticsJSON([Statistics(data, language: .fr)])
        case .offers:
            return try encoder.encode(data.offers.values.sorted { $0.id < $1.id }
                .filter { status == nil || $0.effectiveStatus(today: today).rawValue == status })
        case .placements:
            return try encoder.encode(data.placements.values.sorted { $0.id < $1.id }
                .filter { (status == nil || $0.status.rawValue == status) && inYear($0.start) })
        case .students:
            let situations = Situation.all(in: data)
            return try encoder.encode(data.students.values.sorted { $0.login < $1.login }
                .filter { status == nil || $0.track.rawValue == status }
                .map { StudentWithSituation(student: $0, situation: situations[$0.login]) })
        case .alternance:
            return try encoder.encode(data.alternances.values.sorted { $0.id < $1.id }
                .filter { (status == nil || $0.status.rawValue == status) && inYear($0.start) })
        }
    }
}

/// A student as the store writes them, with their situation beside:
/// `"situation": {"kind": "placement", "status": "validated"}`.
private struct StudentWithSituation: Encodable {
    let student: Student
    let situation: Situation?

    private enum CodingKeys: String, CodingKey { case situation }

    func encode(to encoder: Encoder) throws {
        try student.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(situation, forKey: .situation)
    }
}
