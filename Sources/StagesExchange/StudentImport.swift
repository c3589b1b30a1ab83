import Foundation
import StagesCore

/// Students from the registry's spreadsheet.
public enum StudentImport {
    static let columns: [ImportColumn] = [
        ImportColumn(key: "login", label: LocalizedText(fr: "identifiant", en: "login"), names: ["identifiant", "login", "uid", "compte", "username"], required: true),
        ImportColumn(key: "number", label: LocalizedText(fr: "numéro", en: "number"), names: ["numéro", "numéro étudiant", "numéro d'étudiant", "student number", "number", "ine"], required: false),
        ImportColumn(key: "lastName", label: LocalizedText(fr: "nom", en: "last name"), names: ["nom", "nom de famille", "last name", "lastname", "surname", "family name"], required: true),
        ImportColumn(key: "firstName", label: LocalizedText(fr: "prénom", en: "first name"), names: ["prénom", "first name", "firstname", "given name"], required: true),
        ImportColumn(key: "email", label: LocalizedText(fr: "courriel", en: "email"), names: ["courriel", "email", "e-mail", "mail", "adresse électronique"], required: true),
        ImportColumn(key: "phone", label: LocalizedText(fr: "téléphone", en: "phone"), names: ["téléphone", "tél", "tel", "phone", "portable"], required: false),
        ImportColumn(key: "group", label: LocalizedText(fr: "groupe", en: "group"), names: ["groupe", "group", "td"], required: false),
        ImportColumn(key: "year", label: LocalizedText(fr: "année", en: "year"), names: ["année", "année universitaire", "year", "academic year"], required: false),
        ImportColumn(key: "track", label: LocalizedText(fr: "parcours", en: "track"), names: ["parcours", "track", "régime", "statut"], required: false),
        ImportColumn(key: "domains", label: LocalizedText(fr: "domaines", en: "domains"), names: ["domaines", "domaine", "domains", "intérêts"], required: false),
        ImportColumn(key: "notes", label: LocalizedText(fr: "notes", en: "notes"), names: ["notes", "remarques", "commentaire"], required: false),
    ]

    public static func plan(_ table: CSVTable, into data: Dataset) -> ImportPlan<Student> {
        let header = HeaderMap(table.header, columns: columns)
        var plan = ImportPlan<Student>(header: header)
        guard header.missing.isEmpty else { return plan }
        var seen = Set(data.students.keys)
        for (line, fields) in table.rows {
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func value(_ key: String) -> String { header.value(key, in: fields) }
            var problems: [ImportProblem] = []
            func problem(_ key: String, _ fr: String, _ en: String) {
                problems.append(ImportProblem(line: line, field: columns.first { $0.key == key }!.label.fr,
                                              message: LocalizedText(fr: fr, en: en)))
            }
            for key in ["login", "lastName", "firstName", "email"] where value(key).isEmpty {
                problem(key, "valeur obligatoire manquante", "required value missing")
            }
            if !value("login").isEmpty, !Login.isValid(value("login")) {
                problem("login", "identifiant invalide : lettres sans accent, chiffres, . _ - seulement (il nomme aussi l'accès SSH)",
                        "invalid login: plain letters, digits, . _ - only (it also names the SSH access)")
            }
            let email = value("email")
            if !email.isEmpty, !FieldFormats.isValidEmail(email) {
                problem("email", "adresse électronique mal formée : « \(email) »", "malformed email address: “\(email)”")
            }
            var track = Track.stage
            let trackText = Cells.fold(value("track"))
            if trackText.hasPrefix("altern") || trackText.hasPrefix("appren") || trackText.hasPrefix("work") {
                track = .alternance
            } else if !trackText.isEmpty, !trackText.hasPrefix("stage"), !trackText.hasPrefix("intern") {
                problem("track", "parcours inconnu : « \(value("track")) » (stage ou alternance)",
                        "unknown track: “\(value("track"))” (internship or work-study)")
            }
            guard problems.isEmpty else {
                plan.problems += problems
                continue
            }
            let login = value("login")
            guard !seen.contains(login) else {
                plan.duplicates.append((line, login))
                continue
            }
            seen.insert(login)
            let domains = value("domains").split(whereSeparator: { ",;/".contains($0) }).compactMap { Cells.domain(String($0)) }
            plan.records.append((line, Student(
                login: login, studentNumber: value("number"), lastName: value("lastName"), firstName: value("firstName"),
                email: email, phone: value("phone"), group: value("group"),
                year: value("year").isEmpty ? data.programme.academicYearLabel : value("year"),
                track: track, domains: domains, notes: value("notes"))))
        }
        return plan
    }

    public static func apply(_ plan: ImportPlan<Student>, to data: inout Dataset, by actor: Actor) throws(ModelError) {
        for (_, student) in plan.records { try data.save(student, by: actor) }
    }
}

/// Records in the store's own JSON shape: an array of offers, students or placements.
public enum JSONRecords {
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Decodes the array, or one problem naming the record and field at fault.
    public static func read<R: Record>(_ type: R.Type, from data: Data) -> Result<[R], ImportProblemList> {
        do {
            return .success(try decoder().decode([R].self, from: data))
        } catch let error as DecodingError {
            let path: [CodingKey]
            let reason: String
            switch error {
            case .keyNotFound(let key, let context): (path, reason) = (context.codingPath + [key], "missing")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                (path, reason) = (context.codingPath, context.debugDescription)
            @unknown default: (path, reason) = ([], "\(error)")
            }
            let record = path.first?.intValue.map { $0 + 1 } ?? 0
            let field = path.dropFirst().map(\.stringValue).joined(separator: ".")
            return .failure(ImportProblemList([ImportProblem(line: record, field: field.isEmpty ? "JSON" : field, message: LocalizedText(
                fr: "enregistrement n° \(record) : \(reason)", en: "record #\(record): \(reason)"))]))
        } catch {
            return .failure(ImportProblemList([ImportProblem(line: 0, field: "JSON", message: LocalizedText(
                fr: "JSON illisible : \(error.localizedDescription)", en: "unreadable JSON: \(error.localizedDescription)"))]))
        }
    }
}

/// Problems as an error, for `Result`.
public struct ImportProblemList: Error, Sendable {
    public let problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems
    }
}
