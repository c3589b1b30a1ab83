import Foundation
import StagesCore
import TerminalKit

/// The offer form's fields; raw values are the ids drafts keep.
enum OfferField: String, FieldID {
    case title, organization, domain, city, postcode, remote, description, skills, start, weeks
    case weeklyHours, stipendKind, stipendAmount, stipendUnit, howToApply
    case contactName = "contact.name", contactEmail = "contact.email", contactPhone = "contact.phone"
    case source, receivedOn, applyBy, tags, recurring
}

/// The offer form: every field of an offer, checked on saving. Its organisation
/// is a link (`OrganizationLink`): chosen, or created in its own form.
enum OfferEditor {
    static func make(_ offer: Offer?, _ state: AppState, duplicate: Bool = false) -> Editor {
        let t = state.translate
        let f = Fields<OfferField>()
        let start: String = if case .on(let day)? = offer?.start { day.french } else { "" }
        let (stipendKind, amount, unit): (Int, Decimal?, Int) = switch offer?.stipend {
        case .none: (0, nil, 0)
        case .legalMinimum?: (1, nil, 0)
        case .amount(let s)?: (2, s.amount, s.unit == .perHour ? 0 : 1)
        }
        let sources = OfferSource.allCases
        let form = Form(fields: [
            f.text(.title, t(Strings.Offers.title), offer?.title ?? "", required: true),
            OrganizationLink.field(OfferField.organization.rawValue, t(Strings.Common.organisation),
                                   selected: offer?.organizationID, linked: offer?.organizationID, state),
            f.choice(.domain, t(Strings.Offers.domain), options: Domain.allCases.map { state.t($0.label) },
                    selected: Domain.allCases.firstIndex(of: offer?.domain ?? .documentation)!),
            f.text(.city, t(Strings.Common.city), offer?.city ?? ""),
            f.text(.postcode, t(Strings.Common.postcode), offer?.postcode ?? "", maxLength: 10),
            f.choice(.remote, t(Strings.Offers.remote), options: [t(Strings.Common.no), t(Strings.Offers.possible)],
                    selected: offer?.remotePossible == true ? 1 : 0),
            f.area(.description, t(Strings.Offers.missions), offer?.description ?? "", rows: 4, required: true),
            f.area(.skills, t(Strings.Offers.skills), offer?.skills ?? "", rows: 2),
            f.date(.start, t(Strings.Offers.startOrEmpty), start, placeholder: state.datePlaceholder),
            f.text(.weeks, t(Strings.Offers.lengthWeeks), offer?.durationWeeks.map(String.init) ?? ""),
            f.text(.weeklyHours, t(Strings.Common.hoursPerWeek), FormText.number(offer?.weeklyHours)),
            f.choice(.stipendKind, t(Strings.Common.stipend),
                    options: [t(Strings.Offers.notStated), t(Strings.Offers.legalMinimum), t(Strings.Offers.amount)],
                    selected: stipendKind),
            f.text(.stipendAmount, t(Strings.Offers.amountField), FormText.number(amount)),
            f.choice(.stipendUnit, t(Strings.Common.unit), options: StipendUnit.allCases.map { state.t($0.label) }, selected: unit),
            f.text(.howToApply, t(Strings.Offers.howToApply), offer?.howToApply ?? ""),
            f.text(.contactName, t(Strings.Offers.contact), offer?.contact.name ?? "", required: true),
            f.text(.contactEmail, t(Strings.Offers.contactEmail), offer?.contact.email ?? ""),
            f.text(.contactPhone, t(Strings.Offers.contactPhone), offer?.contact.phone ?? ""),
            f.choice(.source, t(Strings.Offers.source), options: sources.map { state.t($0.label) },
                    selected: sources.firstIndex(of: offer?.source ?? .mail)!),
            f.date(.receivedOn, t(Strings.Offers.receivedOn), FormText.date(offer?.receivedOn ?? (offer == nil ? state.today : nil)),
                  placeholder: state.datePlaceholder),
            f.date(.applyBy, t(Strings.Offers.applyBy), FormText.date(offer?.applyBy), placeholder: state.datePlaceholder),
            f.text(.tags, t(Strings.Offers.tags), offer?.tags.joined(separator: ", ") ?? ""),
            f.choice(.recurring, t(Strings.Offers.recurring), options: [t(Strings.Common.no), t(Strings.Offers.everyYear)],
                     selected: offer?.recurring == true ? 1 : 0),
        ])
        let title = duplicate ? t(Strings.Offers.copyOfTheOffer)
            : (offer == nil ? t(Strings.Offers.newOffer) : t(Strings.Offers.editTheOffer))
        return Editor(kind: .offer(id: duplicate ? nil : offer?.id), title: title, form: form, newID: state.newID("off"))
    }

    /// The offer the form describes, or the problems found.
    static func read(_ editor: Editor, _ state: AppState) -> (offer: Offer, problems: [String: String]) {
        var r = FormReader<OfferField>(editor.form, state.language)
        let id: String? = if case .offer(let id) = editor.kind { id } else { nil }
        let existing = id.flatMap { state.data.offers[$0] }
        let organizationID = OrganizationLink.read(r.choice(.organization), linked: existing?.organizationID, state)
        let start: OfferStart = r.date(.start).map { .on($0) } ?? .fromEarliest
        let stipend: AnnouncedStipend?
        switch r.choice(.stipendKind) {
        case 1: stipend = .legalMinimum
        case 2:
            let amount = r.decimal(.stipendAmount)
            if amount == nil, r.problem(.stipendAmount) == nil { r.note(.stipendAmount, state.t(Strings.Offers.amountRequired)) }
            stipend = amount.map { .amount(Stipend(amount: $0, unit: StipendUnit.allCases[r.choice(.stipendUnit)])) }
        default: stipend = nil
        }
        let stamp = Stamp(by: state.actor.login, at: state.clock())
        let offer = Offer(
            id: id ?? editor.newID, title: r.required(.title), organizationID: organizationID,
            domain: Domain.allCases[r.choice(.domain)], city: r.text(.city), postcode: r.text(.postcode),
            remotePossible: r.choice(.remote) == 1, description: r.required(.description), skills: r.text(.skills),
            start: start, durationWeeks: r.integer(.weeks, in: 1...52),
            weeklyHours: r.decimal(.weeklyHours), stipend: stipend, howToApply: r.text(.howToApply),
            contact: Contact(name: r.required(.contactName), email: r.text(.contactEmail), phone: r.text(.contactPhone)),
            source: OfferSource.allCases[r.choice(.source)], receivedOn: r.date(.receivedOn), applyBy: r.date(.applyBy),
            status: existing?.status ?? .open, filledBy: existing?.filledBy,
            tags: r.text(.tags).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            created: existing?.created ?? stamp, updated: stamp, history: existing?.history ?? [])
        var read = offer
        read.recurring = r.choice(.recurring) == 1 ? true : (existing?.recurring == nil ? nil : false)
        return (read, r.problems)
    }

    /// Problems of reading plus the rules' findings, by field.
    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (offer, problems) = read(editor, state)
        return FieldMessages.of(state.index.facts.book.findings(for: offer), problems: problems, in: editor.form, state,
                                as: OfferField.self)
    }
}
