import StagesCore
import TerminalKit

/// What each detail screen says about its record.
extension DetailView {
    /// The offer as the reader may see it (`offerAsShown`): a student's lacks who filled it and the tags.
    static func offer(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let o = state.offerAsShown(id) else { return [] }
        let t: (String, String) -> String = state.t
        var b = Builder(width: width)
        b.paragraph(o.title, style: Theme.title)
        b.field(t("Organisme", "Organisation"), state.organizationName(o.organizationID))
        b.field(t("Lieu", "Place"), [o.postcode, o.city].filter { !$0.isEmpty }.joined(separator: " ")
                + (o.remotePossible ? t(" (télétravail possible)", " (remote possible)") : ""))
        b.field(t("Domaine", "Domain"), state.t(o.domain.label))
        b.field(t("Statut", "Status"), state.t(o.effectiveStatus(today: state.today).label)
                + (o.filledBy.map { t(" par ", " by ") + state.fullName($0) } ?? ""))
        let start: String = switch o.start {
        case .fromEarliest: t("dès le ", "from ") + state.date(state.data.programme.earliestStart)
        case .on(let day): state.date(day)
        }
        b.field(t("Début", "Start"), start)
        b.field(t("Durée", "Length"), o.durationWeeks.map { t("\($0) semaines", "\($0) weeks") } ?? "")
        b.field(t("Heures par semaine", "Hours per week"), o.weeklyHours.map { Format.hours($0, state.language) } ?? "")
        b.field(t("Gratification", "Stipend"), OffersView.stipend(o.stipend, state))
        b.field(t("Reçue le", "Received on"), state.date(o.receivedOn))
        b.field(t("Date limite", "Apply by"), state.date(o.applyBy))
        b.field(t("Source", "Source"), state.t(o.source.label))
        b.field(t("Étiquettes", "Tags"), o.tags.joined(separator: ", "))
        b.heading(t("Missions", "Missions"))
        b.paragraph(o.description)
        if !o.skills.isEmpty {
            b.heading(t("Compétences", "Skills"))
            b.paragraph(o.skills)
        }
        b.heading(t("Candidater", "How to apply"))
        b.field(t("Comment", "How"), o.howToApply)
        b.field(t("Contact", "Contact"), [o.contact.name, o.contact.email, o.contact.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        return b.lines
    }

    static func placement(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let p = state.data.placements[id] else { return [] }
        let t: (String, String) -> String = state.t
        let book = state.index.facts.book
        let duration = StageDuration(p)
        let stipend = book.stipendAssessment(for: p)
        var b = Builder(width: width)
        b.paragraph("\(state.fullName(p.studentLogin)) — \(state.organizationName(p.organizationID))", style: Theme.title)
        b.field(t("Statut", "Status"), state.t(p.status.label))
        if let comment = p.history.lastComment, p.status == .returned {
            b.field(t("Commentaire", "Comment"), state.signedComment(comment), style: Theme.warning)
        }
        b.field(t("Sujet", "Subject"), p.subject)
        b.field(t("Dates", "Dates"), "\(state.date(p.start)) → \(state.date(p.end))")
        if let rupture = p.rupture {
            b.field(t("Rupture", "Rupture"), "\(state.date(rupture.date)) : \(rupture.reason)", style: Theme.warning)
        }
        b.field(t("Durée", "Length"), "\(Format.weeks(duration, state.language)) · \(Format.legalDuration(duration, state.language))")
        b.field(t("Présence", "Presence"), t("\(Format.number(duration.presenceDays, .fr)) jours, \(Format.hours(duration.hours, .fr))",
                                             "\(Format.number(duration.presenceDays, .en)) days, \(Format.hours(duration.hours, .en))"))
        b.field(t("Horaires", "Schedule"), t("\(Format.number(p.weeklyHours, .fr)) h sur \(p.daysPerWeek) jours par semaine",
                                             "\(Format.number(p.weeklyHours, .en)) h over \(p.daysPerWeek) days a week"))
        b.field(t("Minimum légal", "Legal minimum"), stipend.isMandatory
                ? state.money(stipend.minimumTotal) + " (" + stipend.minimumHourlyByYear.sorted { $0.key < $1.key }
                    .map { "\(state.money($0.value))/h \($0.key)" }.joined(separator: ", ") + ")"
                : t("pas de gratification obligatoire (308 h au plus)", "no stipend required (308 h at most)"))
        b.field(t("Gratification", "Stipend"), p.stipend.map {
            "\(Format.number($0.amount, state.language)) \(state.t($0.unit.label)) ≈ \(state.money(stipend.agreedTotal ?? 0))"
        } ?? t("aucune", "none"))
        b.field(t("Avantages", "Benefits"), p.benefits)
        b.heading(t("Règles", "Rules"))
        b.findings(state.index.facts.findings(id), state,
                   none: t("Toutes les règles sont respectées.", "Every rule is met."))
        b.heading(t("Tuteur et référent", "Tutor and referent"))
        b.field(t("Tuteur·rice", "Tutor"), [p.tutor.name, p.tutor.function].filter { !$0.isEmpty }.joined(separator: ", "))
        b.field(t("Contact tuteur", "Tutor contact"), [p.tutor.email, p.tutor.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        b.field(t("Référent·e", "Referent"), [p.referent?.name ?? "", p.referent?.email ?? ""].filter { !$0.isEmpty }.joined(separator: " · "))
        b.heading(t("Activités", "Activities"))
        b.paragraph(p.activities)
        b.heading(t("Compétences visées", "Skills to acquire"))
        b.paragraph(p.skills)
        b.heading(t("Historique", "History"))
        b.history(p.history, state) { PlacementStatus(rawValue: $0).map { state.t($0.label) } ?? $0 }
        return b.lines
    }

    static func alternance(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let c = state.data.alternances[id] else { return [] }
        let t: (String, String) -> String = state.t
        var b = Builder(width: width)
        b.paragraph("\(state.fullName(c.studentLogin)) — \(state.organizationName(c.employerID))", style: Theme.title)
        b.field(t("Contrat", "Contract"), state.t(c.kind.label))
        b.field(t("Statut", "Status"), state.t(c.status.label))
        if let rupture = c.rupture {
            b.field(t("Rupture", "Rupture"), "\(state.date(rupture.date)) : \(rupture.reason)", style: Theme.warning)
        }
        b.field(t("Dates", "Dates"), "\(state.date(c.start)) → \(state.date(c.end))")
        b.field(t("Rythme", "Rhythm"), c.rhythm)
        b.field(t("CFA", "Training centre"), c.trainingBody)
        b.field("OPCO", c.opco)
        if let tutor = c.tutor {
            b.field(t("Maître d'apprentissage", "Apprenticeship master"),
                    [tutor.name, tutor.function, tutor.email, tutor.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let findings = state.index.facts.book.findings(for: c)
        b.heading(t("Règles", "Rules"))
        b.findings(findings, state, none: t("Rien à signaler.", "Nothing to report."))
        b.heading(t("Historique", "History"))
        b.history(c.history, state) { AlternanceStatus(rawValue: $0).map { state.t($0.label) } ?? $0 }
        return b.lines
    }

    static func student(_ login: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let s = state.data.students[login] else { return [] }
        let t: (String, String) -> String = state.t
        var b = Builder(width: width)
        b.paragraph(s.fullName, style: Theme.title)
        b.field(t("Identifiant", "Login"), s.login)
        b.field(t("Numéro", "Number"), s.studentNumber)
        b.field(t("Courriel", "Email"), s.email)
        b.field(t("Téléphone", "Phone"), s.phone)
        b.field(t("Groupe", "Group"), s.group)
        b.field(t("Année", "Year"), s.year)
        b.field(t("Parcours", "Track"), state.t(s.track.label))
        b.field(t("Domaines", "Domains"), s.domains.map { state.t($0.label) }.joined(separator: ", "))
        b.field(t("Situation", "Situation"), state.index.situations[login]?.label(state.language) ?? "")
        b.field(t("Notes", "Notes"), s.notes)
        if let p = state.data.activePlacement(of: login) {
            b.heading(t("Stage", "Placement"))
            b.field(t("Organisme", "Organisation"), state.organizationName(p.organizationID))
            b.field(t("Dates", "Dates"), "\(state.date(p.start)) → \(state.date(p.end))")
            b.field(t("Statut", "Status"), state.t(p.status.label))
        }
        if let c = state.data.alternance(of: login) {
            b.heading(t("Alternance", "Work-study"))
            b.contractSummary(c, state)
        }
        return b.lines
    }
}

extension DetailView.Builder {
    /// Employer, kind and status of a contract: the lines a student's record and situation share.
    mutating func contractSummary(_ c: Alternance, _ state: AppState) {
        field(state.t("Employeur", "Employer"), state.organizationName(c.employerID))
        field(state.t("Contrat", "Contract"), state.t(c.kind.label))
        field(state.t("Statut", "Status"), state.t(c.status.label))
    }
}
