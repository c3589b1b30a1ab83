import StagesCore
import TerminalKit

/// Choosing an offer in a placement form fills what the offer says: the organisation (linked, or its name
/// and address in a student's form), the tutor (the offer's contact), the subject, the origin, and the
/// dates, hours and stipend it announces. A field is filled when it holds what a new form holds or what
/// the previous offer filled: nothing typed is lost, and everything stays editable.
enum OfferPrefill {
    /// The offer the form's offer choice names now.
    static func chosen(_ editor: Editor) -> String? {
        guard let index = editor.form[PlacementField.offer.rawValue]?.choiceIndex else { return nil }
        return editor.offerChoices[safe: index - 1]
    }

    /// After a key: when the offer chosen changed from `previous`, its fields filled.
    static func follow(_ editor: inout Editor, from previous: String?, _ state: AppState) {
        let now = chosen(editor)
        guard now != previous, let offer = now.flatMap({ state.data.offers[$0] }) else { return }
        let before = previous.flatMap { state.data.offers[$0] }.map { values($0, editor, state) } ?? [:]
        let blank = PlacementEditor.make(nil, state).form
        for (field, text) in values(offer, editor, state) where !text.isEmpty {
            let id = field.rawValue
            guard let current = editor.form[id]?.value else { continue }
            let untouched = current.isEmpty || current == before[field] || current == blank[id]?.value
                || (field == .organization && editor.form[id]?.choiceIndex == 0)
            guard untouched, current != text else { continue }
            editor.form[id]?.setValue(text)
        }
        EditorUpdate.refreshMessages(&editor, state)
    }

    /// What `offer` puts in each field of `editor`, as the field shows it.
    private static func values(_ offer: Offer, _ editor: Editor, _ state: AppState) -> [PlacementField: String] {
        var values: [PlacementField: String] = [
            .subject: offer.title, .origin: state.t(PlacementOrigin.offer.label),
            .tutorName: offer.contact.name, .tutorEmail: offer.contact.email, .tutorPhone: offer.contact.phone,
        ]
        // The dates it announces: from its start, as many whole weeks as it says.
        let start = state.startDay(offer)
        values[.start] = FormText.date(start)
        if let weeks = offer.durationWeeks, weeks > 0 { values[.end] = FormText.date(start.adding(days: weeks * 7 - 1)) }
        if let hours = offer.weeklyHours { values[.weeklyHours] = FormText.number(hours) }
        if case .amount(let stipend)? = offer.stipend {
            values[.stipend] = FormText.number(stipend.amount)
            values[.stipendUnit] = state.t(stipend.unit.label)
        }
        guard let org = state.data.organizations[offer.organizationID] else { return values }
        if editor.form[PlacementField.organization.rawValue] != nil {
            values[.organization] = OrganizationLink.label(org)
        } else {
            values.merge(typed(org)) { $1 }
        }
        return values
    }

    /// An organisation as a student's form types it: name, SIRET and address.
    static func typed(_ org: Organization) -> [PlacementField: String] {
        [.organizationName: org.name, .organizationSiret: org.siret, .organizationAddress: org.address,
         .organizationPostcode: org.postcode, .organizationCity: org.city, .organizationCountry: org.country]
    }
}
