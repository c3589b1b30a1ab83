import StagesCore
import TerminalKit

/// What an offer's detail says.
extension DetailView {
    /// The offer as the reader may see it (`offerAsShown`): a student's lacks who filled it and the tags.
    static func offer(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let o = state.offerAsShown(id) else { return [] }
        let t = state.translate
        var b = Builder(width: width)
        b.paragraph(o.title, style: Theme.title)
        b.field(t(Strings.Common.organisation), state.organizationName(o.organizationID))
        b.field(t(Strings.Offers.place), [o.postcode, o.city].filter { !$0.isEmpty }.joined(separator: " ")
                + (o.remotePossible ? t(Strings.Offers.remotePossible) : ""))
        b.field(t(Strings.Offers.domain), state.t(o.domain.label))
        b.field(t(Strings.Common.status), state.t(o.effectiveStatus(today: state.today).label)
                + (o.filledBy.map { t(Strings.Offers.by) + state.fullName($0) } ?? ""))
        let start: String = switch o.start {
        case .fromEarliest: t(Strings.Offers.from) + state.date(state.data.programme.earliestStart)
        case .on(let day): state.date(day)
        }
        b.field(t(Strings.Common.start), start)
        b.field(t(Strings.Common.length), o.durationWeeks.map { t(Strings.Offers.weeks($0)) } ?? "")
        b.field(t(Strings.Common.hoursPerWeek), o.weeklyHours.map { Format.hours($0, state.language) } ?? "")
        b.field(t(Strings.Common.stipend), OffersView.stipend(o.stipend, state))
        b.field(t(Strings.Offers.receivedOn), state.date(o.receivedOn))
        b.field(t(Strings.Offers.applyBy), state.date(o.applyBy))
        b.field(t(Strings.Offers.source), state.t(o.source.label))
        b.field(t(Strings.Offers.tags), o.tags.joined(separator: ", "))
        if o.recurring == true { b.field(t(Strings.Offers.recurring), t(Strings.Offers.everyYear)) }
        b.heading(t(Strings.Offers.missions))
        b.paragraph(o.description)
        if !o.skills.isEmpty {
            b.heading(t(Strings.Offers.skills))
            b.paragraph(o.skills)
        }
        b.heading(t(Strings.Offers.howToApply))
        b.field(t(Strings.Offers.how), o.howToApply)
        b.field(t(Strings.Offers.contact), [o.contact.name, o.contact.email, o.contact.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        return b.lines
    }
}
