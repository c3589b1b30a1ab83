import StagesCore
import TerminalKit

/// What an offer's detail says.
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
}
