import Foundation

/// The convention de stage (or one of its avenants) as text in one language, in the order
/// D124-4 gives its mentions: what a printer lays out, and what the tests read. Made from
/// the records alone, with the rules' own figures (duration in presence, legal minimum).
public struct ConventionText: Sendable {
    public struct Line: Sendable, Equatable {
        public let label: String
        public let value: String
    }
    public struct Party: Sendable, Equatable {
        public let heading: String
        public let lines: [Line]
    }
    public struct Article: Sendable, Equatable {
        public let heading: String
        public let paragraphs: [String]
    }
    public struct Signer: Sendable, Equatable {
        public let role: String
        public let name: String
        /// "Signé le 12/05/2027", nil while not signed.
        public let signed: String?
    }

    public let title: String
    /// The academic year, the reference and the version, under the title.
    public let subtitle: String
    /// "2026-plc-001": the year and the placement.
    public let reference: String
    /// The convention in force: 1, plus one per avenant.
    public let version: Int
    public let parties: [Party]
    public let articles: [Article]
    public let signers: [Signer]
    /// On every page: the reference and version.
    public let footer: String
    public let language: Language
    /// A draft prints "PROJET" across its pages.
    public let isDraft: Bool
    /// The avenant's number; nil for the convention itself.
    public let amendment: Int?

    /// "convention-2026-plc-001.pdf", "…-avenant-1.pdf", "…-projet.pdf": one name however it is printed.
    public var fileName: String {
        "convention-\(reference)\(amendment.map { "-avenant-\($0)" } ?? "")\(isDraft ? "-projet" : "").pdf"
    }
}

extension ConventionText {
    /// The convention of placement `id`. Refused while the rules find errors, before validation
    /// (unless `draft`), or while settings or parties it names are missing (a draft shows them blank).
    public static func convention(_ id: String, in data: Dataset, language: Language, draft: Bool = false) throws(ConventionRefusal) -> ConventionText {
        let context = try Context(id, data, language, draft: draft)
        return ConventionWriter(context).convention()
    }

    /// Avenant `number` of placement `id`: each changed clause, before and after.
    public static func amendment(_ number: Int, of id: String, in data: Dataset, language: Language) throws(ConventionRefusal) -> ConventionText {
        let context = try Context(id, data, language, draft: false)
        guard let amendment = context.placement.convention?.amendments.first(where: { $0.number == number }) else {
            throw .noSuchAmendment(number)
        }
        return ConventionWriter(context).amendment(amendment)
    }

    /// Everything a convention draws on, checked once.
    struct Context {
        let placement: Placement
        let student: Student?
        let organization: Organization?
        let settings: ConventionSettings
        let data: Dataset
        let language: Language
        let draft: Bool

        init(_ id: String, _ data: Dataset, _ language: Language, draft: Bool) throws(ConventionRefusal) {
            guard let placement = data.placements[id] else { throw .notFound(id) }
            let errors = RuleBook(data).findings(for: placement).errors
            guard errors.isEmpty else { throw .ruleErrors(errors) }
            guard draft || placement.status.isPastValidation else { throw .notValidated(placement.status) }
            let organization = data.organizations[placement.organizationID]
            let settings = data.programme.convention
            if !draft {
                var missing = settings.missing.map { key in
                    LocalizedText(fr: "le réglage « \(key) » (stages settings set \(key) …)", en: "the setting “\(key)” (stages settings set \(key) …)")
                }
                if placement.referent?.name.isBlank ?? true {
                    missing.append(LocalizedText(fr: "l'enseignant·e référent·e du stage", en: "the placement's referent teacher"))
                }
                if organization?.representative?.isBlank ?? true {
                    missing.append(LocalizedText(fr: "le représentant de l'organisme d'accueil (sa fiche Structures)",
                                                 en: "the host organisation's representative (its Organisations record)"))
                }
                guard missing.isEmpty else { throw .incomplete(missing) }
            }
            self.placement = placement
            self.student = data.students[placement.studentLogin]
            self.organization = organization
            self.settings = settings
            self.data = data
            self.language = language
            self.draft = draft
        }

        var reference: String { "\(Programme.academicYear(of: placement.start))-\(placement.id)" }
        var version: Int { 1 + (placement.convention?.amendments.count ?? 0) }
    }
}
