import StagesCore
import TerminalKit

/// What a placement's detail says.
extension DetailView {
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
}
