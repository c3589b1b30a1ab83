import Foundation

/// Writes the convention's parties, its fifteen mentions (D124-4) and its signature blocks,
/// or an avenant, in the context's language.
struct ConventionWriter {
    let c: ConventionText.Context

    init(_ context: ConventionText.Context) {
        c = context
    }

    private var fr: Bool { c.language == .fr }
    private func t(_ fr: String, _ en: String) -> String { self.fr ? fr : en }
    private func date(_ day: CivilDate) -> String { Format.date(day, c.language) }
    /// Amounts and hours never cut at a line's end ("2 110,50 €" stays whole).
    private func money(_ amount: Decimal) -> String { Format.money(amount, c.language).replacingOccurrences(of: " ", with: "\u{00A0}") }
    private func hours(_ value: Decimal) -> String { Format.hours(value, c.language).replacingOccurrences(of: " ", with: "\u{00A0}") }
    /// A value the records lack, shown as such in a draft.
    private func filled(_ value: String?) -> String {
        guard let value, !value.isBlank else { return t("[à compléter]", "[to be completed]") }
        return value
    }
    private func line(_ fr: String, _ en: String, _ value: String?) -> ConventionText.Line {
        ConventionText.Line(label: t(fr, en), value: filled(value))
    }

    func convention() -> ConventionText {
        let p = c.placement
        return ConventionText(
            title: t("Convention de stage", "Internship agreement"),
            subtitle: subtitle(),
            reference: c.reference, version: c.version,
            parties: parties(), articles: articles(p), signers: signers(p.convention?.signatures ?? Signatures()),
            footer: (c.draft ? t("PROJET — ", "DRAFT — ") : "")
                + t("Convention \(c.reference) · version \(c.version)", "Agreement \(c.reference) · version \(c.version)"),
            language: c.language, isDraft: c.draft, amendment: nil)
    }

    func amendment(_ a: ConventionAmendment) -> ConventionText {
        let changes = a.changes.map { change -> String in
            let field = AmendedField(rawValue: change.field).map(label) ?? change.field
            return t("\(field) : avant « \(shown(change.before, change.field)) », après « \(shown(change.after, change.field)) ».",
                     "\(field): before “\(shown(change.before, change.field))”, after “\(shown(change.after, change.field))”.")
        }
        let articles = [
            ConventionText.Article(heading: t("Article 1 — Objet", "Article 1 — Purpose"), paragraphs: [
                t("Le présent avenant n° \(a.number), établi le \(date(a.date)), modifie la convention de stage \(c.reference) comme suit ; ses autres clauses demeurent inchangées.",
                  "This amendment no. \(a.number), made on \(date(a.date)), changes internship agreement \(c.reference) as follows; its other clauses stand.")]),
            ConventionText.Article(heading: t("Article 2 — Clauses modifiées", "Article 2 — Clauses changed"), paragraphs: changes),
        ]
        return ConventionText(
            title: t("Avenant n° \(a.number) à la convention de stage", "Amendment no. \(a.number) to the internship agreement"),
            subtitle: subtitle(), reference: c.reference, version: c.version,
            parties: parties(), articles: articles, signers: signers(a.signatures),
            footer: t("Convention \(c.reference) · avenant n° \(a.number)", "Agreement \(c.reference) · amendment no. \(a.number)"),
            language: c.language, isDraft: false, amendment: a.number)
    }

    private func subtitle() -> String {
        let year = Programme.academicYear(of: c.placement.start)
        return t("Année universitaire \(year)–\(year + 1) · référence \(c.reference) · version \(c.version)",
                 "Academic year \(year)–\(year + 1) · reference \(c.reference) · version \(c.version)")
    }

    // MARK: The parties

    private func parties() -> [ConventionText.Party] {
        let s = c.settings, o = c.organization, st = c.student, p = c.placement
        let address = o.map { [$0.address, "\($0.postcode) \($0.city)".trimmed, $0.country].filter { !$0.isBlank }.joined(separator: ", ") }
        return [
            ConventionText.Party(heading: t("L'établissement d'enseignement", "The university"), lines: [
                line("Établissement", "University", s.university),
                line("Adresse", "Address", s.universityAddress),
                line("Représenté par", "Represented by", [s.representative, s.representativeFunction].filter { !$0.isBlank }.joined(separator: ", ")),
                line("Composante", "Department", s.department),
            ]),
            ConventionText.Party(heading: t("L'organisme d'accueil", "The host organisation"), lines: [
                line("Organisme", "Organisation", o?.name),
                line("SIRET", "SIRET", o?.siret),
                line("Adresse", "Address", address),
                line("Représenté par", "Represented by", [o?.representative ?? "", o?.representativeFunction ?? ""].filter { !$0.isBlank }.joined(separator: ", ")),
            ]),
            ConventionText.Party(heading: t("L'étudiant·e", "The student"), lines: [
                line("Nom", "Name", st?.fullName ?? p.studentLogin),
                line("Numéro d'étudiant", "Student number", st?.studentNumber),
                line("Courriel", "Email", st?.email),
                line("Téléphone", "Telephone", st?.phone),
            ]),
        ]
    }

    // MARK: The fifteen mentions of D124-4, in order

    private func articles(_ p: Placement) -> [ConventionText.Article] {
        let s = c.settings
        let duration = StageDuration(p)
        let assessment = RuleBook(c.data).stipendAssessment(for: p)
        var n = 0
        func article(_ fr: String, _ en: String, _ paragraphs: [String]) -> ConventionText.Article {
            n += 1
            return ConventionText.Article(heading: t("Article \(n) — \(fr)", "Article \(n) — \(en)"), paragraphs: paragraphs)
        }
        func clause(_ fixed: FixedClause) -> [String] { [s.text(fixed)(c.language)] }
        let teaching = s.teachingHours.map { Format.number(Decimal($0), c.language) }
        return [
            article("Formation", "Programme", [t("Formation : \(filled(s.programmeTitle)), \(filled(teaching)) heures d'enseignement dans l'année.",
                                                 "Programme: \(filled(s.programmeTitle)), \(filled(teaching)) teaching hours in the year.")]),
            article("Enseignant·e référent·e et tuteur", "Referent teacher and tutor", [
                t("Enseignant·e référent·e : \(filled(p.referent?.name))\(p.referent.map { $0.email.isBlank ? "" : " (\($0.email))" } ?? "").",
                  "Referent teacher: \(filled(p.referent?.name))\(p.referent.map { $0.email.isBlank ? "" : " (\($0.email))" } ?? "")."),
                t("Tuteur ou tutrice dans l'organisme : \(filled(p.tutor.name)), \(filled(p.tutor.function)) — \(filled(p.tutor.email)), \(filled(p.tutor.phone)).",
                  "Tutor in the organisation: \(filled(p.tutor.name)), \(filled(p.tutor.function)) — \(filled(p.tutor.email)), \(filled(p.tutor.phone))."),
            ]),
            article("Compétences à acquérir ou à développer", "Skills to acquire or develop", [filled(p.skills)]),
            article("Activités confiées", "Activities entrusted", [t("Sujet : \(filled(p.subject)).", "Subject: \(filled(p.subject))."), filled(p.activities)]),
            article("Dates et durée", "Dates and duration", [
                t("Du \(date(p.start)) au \(date(p.end)).", "From \(date(p.start)) to \(date(p.end))."),
                t("Durée totale de présence : \(Format.number(duration.presenceDays, c.language)) jours, \(hours(duration.hours)), soit \(Format.legalDuration(duration, c.language)) (article D124-6 du code de l'éducation).",
                  "Total presence: \(Format.number(duration.presenceDays, c.language)) days, \(hours(duration.hours)), that is \(Format.legalDuration(duration, c.language)) (Education Code D124-6)."),
            ] + interruptions(p)),
            article("Temps de présence", "Hours of presence", [
                t("\(hours(p.weeklyHours)) par semaine sur \(p.daysPerWeek) jours, du lundi au vendredi. Aucune présence de nuit, le dimanche ou un jour férié n'est prévue.",
                  "\(hours(p.weeklyHours)) a week over \(p.daysPerWeek) days, Monday to Friday. No presence at night, on Sundays or on public holidays is planned."),
            ]),
            article("Encadrement et suivi", "Supervision and follow-up", clause(.supervision)),
            article("Gratification", "Stipend", stipend(p, assessment)),
            article("Protection sociale et responsabilité civile", "Social security and civil liability", clause(.socialCover)),
            article("Avantages", "Benefits", [p.benefits.isBlank ? t("Aucun avantage en nature n'est prévu.", "No benefits are planned.") : p.benefits]),
            article("Attestation de stage", "Internship certificate", clause(.certificate)),
            article("Suspension et résiliation", "Suspension and termination", clause(.suspension)),
            article("Validation en cas d'interruption", "Validation if interrupted", clause(.interruption)),
            article("Règlement intérieur", "Internal rules", clause(.internalRules)),
            article("Congés et absences", "Leave and absences", clause(.absences)),
        ]
    }

    private func interruptions(_ p: Placement) -> [String] {
        guard !p.interruptions.isEmpty else { return [] }
        let list = p.interruptions.map { t("du \(date($0.start)) au \(date($0.end))", "from \(date($0.start)) to \(date($0.end))") }
            .joined(separator: ", ")
        return [t("Interruptions : \(list).", "Interruptions: \(list).")]
    }

    private func stipend(_ p: Placement, _ a: StipendAssessment) -> [String] {
        let minimum = a.minimumHourlyByYear.sorted { $0.key < $1.key }
            .map { t("\(money($0.value)) de l'heure en \($0.key)", "\(money($0.value)) an hour in \($0.key)") }
            .joined(separator: ", ")
        var out: [String] = []
        if let stipend = p.stipend {
            let unit = stipend.unit == .perHour ? t("de l'heure de présence", "per hour of presence") : t("par mois", "a month")
            out.append(t("Gratification de \(money(stipend.amount)) \(unit), versée mensuellement par virement ; \(money(a.agreedTotal ?? 0)) sur la durée du stage.",
                         "A stipend of \(money(stipend.amount)) \(unit), paid monthly by bank transfer; \(money(a.agreedTotal ?? 0)) over the internship."))
        } else {
            out.append(t("Aucune gratification n'est convenue.", "No stipend is agreed."))
        }
        if a.isMandatory {
            out.append(t("Minimum légal pour ces dates (articles L124-6 et D124-8) : \(minimum), soit \(money(a.minimumTotal)) pour \(hours(a.duration.hours)) de présence.",
                         "Legal minimum for these dates (L124-6, D124-8): \(minimum), that is \(money(a.minimumTotal)) for \(hours(a.duration.hours)) of presence."))
        } else {
            out.append(t("Avec \(hours(a.hoursInOrganization)) de présence dans l'organisme sur l'année, au plus \(c.data.programme.stipendThresholdHours) h, aucune gratification n'est obligatoire (article L124-6).",
                         "With \(hours(a.hoursInOrganization)) of presence in the organisation over the year, at most \(c.data.programme.stipendThresholdHours) h, no stipend is owed (L124-6)."))
        }
        return out
    }

    // MARK: Signatures

    private func signers(_ signatures: Signatures) -> [ConventionText.Signer] {
        let s = c.settings, o = c.organization, p = c.placement
        func signer(_ party: Signatory, _ role: String, _ name: String?) -> ConventionText.Signer {
            ConventionText.Signer(role: role, name: filled(name),
                                  signed: signatures[party].map { t("Signé le \(date($0))", "Signed on \(date($0))") })
        }
        return [
            signer(.student, t("L'étudiant·e", "The student"), c.student?.fullName ?? p.studentLogin),
            signer(.host, t("Pour l'organisme d'accueil", "For the host organisation"),
                   [o?.representative ?? "", o?.representativeFunction ?? ""].filter { !$0.isBlank }.joined(separator: ", ")),
            signer(.university, t("Pour l'établissement", "For the university"),
                   [s.representative, s.representativeFunction].filter { !$0.isBlank }.joined(separator: ", ")),
            signer(.tutor, t("Le tuteur ou la tutrice", "The tutor"), p.tutor.name),
            signer(.referent, t("L'enseignant·e référent·e", "The referent teacher"), p.referent?.name),
        ]
    }

    // MARK: Amended fields

    private func label(_ field: AmendedField) -> String {
        switch field {
        case .start: t("Date de début", "Start date")
        case .end: t("Date de fin", "End date")
        case .interruptions: t("Interruptions", "Interruptions")
        case .weeklyHours: t("Heures par semaine", "Hours a week")
        case .daysPerWeek: t("Jours par semaine", "Days a week")
        case .stipend: t("Gratification", "Stipend")
        case .stipendUnit: t("Unité de la gratification", "Stipend unit")
        case .tutorName: t("Tuteur ou tutrice", "Tutor")
        case .tutorFunction: t("Fonction du tuteur", "Tutor's function")
        case .tutorEmail: t("Courriel du tuteur", "Tutor's email")
        case .tutorPhone: t("Téléphone du tuteur", "Tutor's telephone")
        default: field.rawValue
        }
    }

    /// A history value as the reader reads it: ISO dates in the language's form.
    private func shown(_ value: String, _ field: String) -> String {
        if field == AmendedField.start.rawValue || field == AmendedField.end.rawValue, let day = CivilDate(iso: value) { return date(day) }
        return value.isEmpty ? "—" : value
    }
}
