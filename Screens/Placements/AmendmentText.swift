import Foundation
import StagesCore

/// An amendment as the placement's history shows it:
/// "Avenant — Hélène Carpentier (hcarpentier), 12/05/2027 : fin 30/06/2027 → 15/07/2027".
extension AppState {
    func amendment(_ step: Transition) -> String {
        let changes = (step.changes ?? []).map(changeText)
        return t(Strings.Placements.amendment(by: step.person.label, on: date(step.at),
                                              changes: changes.joined(separator: t(Strings.Placements.amendmentSeparator))))
    }

    /// One field's change: "fin 30/06/2027 → 15/07/2027".
    func changeText(_ change: FieldChange) -> String {
        let field = AmendedField(rawValue: change.field)
        let label = field.map { t(Self.label($0)).lowercased() } ?? change.field
        return "\(label) \(amendedValue(change.before, field)) → \(amendedValue(change.after, field))"
    }

    /// A value as kept (ISO dates, numbers with a point, raw choices) written for the reader; "—" when empty.
    private func amendedValue(_ value: String, _ field: AmendedField?) -> String {
        guard !value.isEmpty else { return "—" }
        switch field {
        case .start?, .end?, .interruptions?:
            return value.replacing(/\d{4}-\d{2}-\d{2}/) { match in
                CivilDate(iso: String(match.output)).map { date($0) } ?? String(match.output)
            }
        case .weeklyHours?, .stipend?:
            return Decimal(string: value).map { Format.number($0, language) } ?? value
        case .origin?:
            return PlacementOrigin(rawValue: value).map { t($0.label) } ?? value
        case .stipendUnit?:
            return StipendUnit(rawValue: value).map { t($0.label) } ?? value
        case .confidential?:
            return t(value == "true" ? Strings.Placements.yes : Strings.Common.no)
        default:
            return value
        }
    }

    /// The form's own label for each field.
    static func label(_ field: AmendedField) -> LocalizedText {
        switch field {
        case .student: Strings.Common.student
        case .organization: Strings.Placements.hostOrganisation
        case .offer: Strings.Common.offer
        case .origin: Strings.Placements.origin
        case .tutorName: Strings.Placements.tutor
        case .tutorFunction: Strings.Placements.tutorsPosition
        case .tutorEmail: Strings.Placements.tutorsEmail
        case .tutorPhone: Strings.Placements.tutorsPhone
        case .referentName: Strings.Placements.referentTeacher
        case .referentEmail: Strings.Placements.referentsEmail
        case .subject: Strings.Placements.subject
        case .activities: Strings.Placements.activities
        case .skills: Strings.Placements.skillsToAcquire
        case .start: Strings.Common.start
        case .end: Strings.Common.end
        case .interruptions: Strings.Placements.interruptions
        case .weeklyHours: Strings.Common.hoursPerWeek
        case .daysPerWeek: Strings.Placements.daysPerWeek
        case .stipend: Strings.Common.stipend
        case .stipendUnit: Strings.Common.unit
        case .benefits: Strings.Placements.benefits
        case .confidential: Strings.Placements.confidential
        }
    }
}
