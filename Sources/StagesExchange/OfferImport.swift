import Foundation
import StagesCore

/// What an import would do: the records to add, the organisations to create,
/// the lines already in the store, and every problem with its line and field.
public struct ImportPlan<R: Record>: Sendable {
    public internal(set) var records: [(line: Int, record: R)] = []
    public internal(set) var newOrganizations: [Organization] = []
    public internal(set) var duplicates: [(line: Int, what: String)] = []
    public internal(set) var problems: [ImportProblem] = []
    public internal(set) var unknownColumns: [String] = []
    /// A plan that starts with what the header says: unknown columns, and a
    /// problem for each required column the file lacks.
    init(header: HeaderMap) {
        unknownColumns = header.unknown
        problems = header.missing.map { column in
            ImportProblem(line: 1, field: column.label.fr, message: LocalizedText(
                fr: "colonne obligatoire absente (\(column.names.prefix(3).joined(separator: ", ")))",
                en: "required column missing (\(column.names.prefix(3).joined(separator: ", ")))"))
        }
    }

}

/// Offers from a spreadsheet: columns found by their French or English names.
public enum OfferImport {
    static let columns: [ImportColumn] = [
        ImportColumn(key: "title", label: LocalizedText(fr: "titre", en: "title"), names: ["titre", "title", "intitulé", "intitulé du stage", "poste", "offre"], required: true),
        ImportColumn(key: "organization", label: LocalizedText(fr: "organisme", en: "organisation"), names: ["organisme", "organisation", "organization", "structure", "entreprise", "employeur", "établissement", "structure d'accueil"], required: true),
        ImportColumn(key: "domain", label: LocalizedText(fr: "domaine", en: "domain"), names: ["domaine", "domain"], required: false),
        ImportColumn(key: "city", label: LocalizedText(fr: "ville", en: "city"), names: ["ville", "city", "lieu", "commune"], required: false),
        ImportColumn(key: "postcode", label: LocalizedText(fr: "code postal", en: "postcode"), names: ["code postal", "cp", "postcode", "zip", "postal code"], required: false),
        ImportColumn(key: "description", label: LocalizedText(fr: "description", en: "description"), names: ["description", "missions", "mission", "descriptif"], required: true),
        ImportColumn(key: "skills", label: LocalizedText(fr: "compétences", en: "skills"), names: ["compétences", "skills", "profil", "profile"], required: false),
        ImportColumn(key: "start", label: LocalizedText(fr: "début", en: "start"), names: ["début", "date de début", "start", "start date", "debut du stage"], required: false),
        ImportColumn(key: "weeks", label: LocalizedText(fr: "durée", en: "length"), names: ["durée", "durée (semaines)", "semaines", "weeks", "duration", "length"], required: false),
        ImportColumn(key: "weeklyHours", label: LocalizedText(fr: "heures par semaine", en: "weekly hours"), names: ["heures", "heures par semaine", "heures hebdomadaires", "weekly hours", "hours"], required: false),
        ImportColumn(key: "stipend", label: LocalizedText(fr: "gratification", en: "stipend"), names: ["gratification", "stipend", "rémunération", "indemnité"], required: false),
        ImportColumn(key: "remote", label: LocalizedText(fr: "télétravail", en: "remote"), names: ["télétravail", "remote"], required: false),
        ImportColumn(key: "howToApply", label: LocalizedText(fr: "candidature", en: "how to apply"), names: ["candidature", "comment postuler", "how to apply", "modalités"], required: false),
        ImportColumn(key: "contactName", label: LocalizedText(fr: "contact", en: "contact"), names: ["contact", "nom du contact", "contact name", "interlocuteur"], required: true),
        ImportColumn(key: "contactEmail", label: LocalizedText(fr: "courriel", en: "email"), names: ["courriel", "email", "e-mail", "mail", "contact email", "adresse électronique"], required: false),
        ImportColumn(key: "contactPhone", label: LocalizedText(fr: "téléphone", en: "phone"), names: ["téléphone", "tél", "tel", "phone", "contact phone"], required: false),
        ImportColumn(key: "receivedOn", label: LocalizedText(fr: "reçue le", en: "received on"), names: ["reçue le", "reçu le", "date de réception", "réception", "received", "received on"], required: false),
        ImportColumn(key: "applyBy", label: LocalizedText(fr: "date limite", en: "apply by"), names: ["date limite", "limite", "apply by", "deadline", "date limite de candidature"], required: false),
        ImportColumn(key: "tags", label: LocalizedText(fr: "étiquettes", en: "tags"), names: ["étiquettes", "tags", "mots-clés"], required: false),
    ]

    public static func plan(_ table: CSVTable, into data: Dataset, by actor: Actor, at now: Date) -> ImportPlan<Offer> {
        let header = HeaderMap(table.header, columns: columns)
        var plan = ImportPlan<Offer>(header: header)
        guard header.missing.isEmpty else { return plan }
        // Known organisations by name, as `Dataset.organization(siret:name:)` matches them (the smallest id among namesakes).
        var organizations = Dictionary(data.organizations.values.map { (Organization.nameKey($0.name), $0) },
                                       uniquingKeysWith: { a, b in a.id <= b.id ? a : b })
        var seen = Set(data.offers.values.map { key(Organization.nameKey(data.organizations[$0.organizationID]?.name ?? ""), $0.title, $0.start) })
        let stamp = Stamp(by: actor.login, at: now)
        for (line, fields) in table.rows {
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func value(_ key: String) -> String { header.value(key, in: fields) }
            var problems: [ImportProblem] = []
            func problem(_ key: String, _ message: LocalizedText) {
                let label = columns.first { $0.key == key }!.label
                problems.append(ImportProblem(line: line, field: label.fr, message: message))
            }
            let required = LocalizedText(fr: "valeur obligatoire manquante", en: "required value missing")
            for key in ["title", "organization", "description", "contactName"] where value(key).isEmpty { problem(key, required) }
            var domain = Domain.other
            if !value("domain").isEmpty {
                if let d = Cells.domain(value("domain")) { domain = d } else {
                    problem("domain", LocalizedText(fr: "domaine inconnu : « \(value("domain")) » (documentation, archives, données, autre)",
                                                    en: "unknown domain: “\(value("domain"))” (documentation, archives, data, other)"))
                }
            }
            func date(_ key: String) -> CivilDate? {
                switch Cells.date(value(key)) {
                case .success(let day): return day
                case .failure(let error): problem(key, error.message); return nil
                }
            }
            let start = date("start"), received = date("receivedOn"), applyBy = date("applyBy")
            var weeks: Int?
            if !value("weeks").isEmpty {
                weeks = Int(value("weeks").filter(\.isNumber))
                if weeks == nil { problem("weeks", LocalizedText(fr: "nombre de semaines illisible : « \(value("weeks")) »", en: "unreadable number of weeks: “\(value("weeks"))”")) }
            }
            var stipend: AnnouncedStipend?
            switch Cells.stipend(value("stipend")) {
            case .success(let s): stipend = s
            case .failure(let error): problem("stipend", error.message)
            }
            let email = value("contactEmail")
            if !email.isEmpty, !FieldFormats.isValidEmail(email) {
                problem("contactEmail", LocalizedText(fr: "adresse électronique mal formée : « \(email) »", en: "malformed email address: “\(email)”"))
            }
            guard problems.isEmpty else {
                plan.problems += problems
                continue
            }
            let orgKey = Organization.nameKey(value("organization"))
            let org = organizations[orgKey] ?? {
                let created = Organization(name: value("organization"), postcode: value("postcode"), city: value("city"), createdBy: actor.login)
                organizations[orgKey] = created
                plan.newOrganizations.append(created)
                return created
            }()
            let offerStart: OfferStart = start.map { .on($0) } ?? .fromEarliest
            let offerKey = key(orgKey, value("title"), offerStart)
            guard !seen.contains(offerKey) else {
                plan.duplicates.append((line, "\(value("title")) — \(value("organization"))"))
                continue
            }
            seen.insert(offerKey)
            plan.records.append((line, Offer(
                title: value("title"), organizationID: org.id, domain: domain, city: value("city"), postcode: value("postcode"),
                remotePossible: Cells.yes(value("remote")), description: value("description"), skills: value("skills"),
                start: offerStart, durationWeeks: weeks, weeklyHours: Cells.decimal(value("weeklyHours")), stipend: stipend,
                howToApply: value("howToApply"),
                contact: Contact(name: value("contactName"), email: email, phone: value("contactPhone")),
                source: .mail, receivedOn: received, applyBy: applyBy,
                tags: value("tags").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                created: stamp)))
        }
        return plan
    }

    /// Same organisation, title and start: the same offer.
    static func key(_ organization: String, _ title: String, _ start: OfferStart) -> String {
        let day: String = if case .on(let d) = start { d.iso } else { "earliest" }
        return "\(organization)\u{0}\(Cells.fold(title))\u{0}\(day)"
    }

    /// Adds what the plan holds (lines with problems left out) as `actor`.
    public static func apply(_ plan: ImportPlan<Offer>, to data: inout Dataset, by actor: Actor, at now: Date) throws(ModelError) {
        for org in plan.newOrganizations { try data.save(org, by: actor) }
        for (_, offer) in plan.records { try data.save(offer, by: actor, at: now) }
    }
}
