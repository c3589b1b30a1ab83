import Foundation

/// The fields of a placement an amendment names, by stable key (the same keys
/// as the placement form's fields). Values are kept as neutral text: dates in
/// ISO form, numbers with a point, choices by their raw value, the organisation
/// and the offer by their name as they were.
public enum AmendedField: String, CaseIterable, Sendable {
    case student, organization, offer, origin
    case tutorName = "tutor.name", tutorFunction = "tutor.function", tutorEmail = "tutor.email", tutorPhone = "tutor.phone"
    case referentName = "referent.name", referentEmail = "referent.email"
    case subject, activities, skills, start, end, interruptions, weeklyHours, daysPerWeek
    case stipend, stipendUnit, benefits, confidential

    /// The field's value in `placement`, as the history keeps it.
    func value(of placement: Placement, in data: Dataset) -> String {
        switch self {
        case .student: placement.studentLogin
        case .organization: data.organizationName(placement.organizationID)
        case .offer: placement.offerID.map { data.offers[$0]?.title ?? $0 } ?? ""
        case .origin: placement.origin.rawValue
        case .tutorName: placement.tutor.name
        case .tutorFunction: placement.tutor.function
        case .tutorEmail: placement.tutor.email
        case .tutorPhone: placement.tutor.phone
        case .referentName: placement.referent?.name ?? ""
        case .referentEmail: placement.referent?.email ?? ""
        case .subject: placement.subject
        case .activities: placement.activities
        case .skills: placement.skills
        case .start: placement.start.iso
        case .end: placement.end.iso
        case .interruptions: placement.interruptions.map { "\($0.start.iso) → \($0.end.iso)" }.joined(separator: ", ")
        case .weeklyHours: "\(placement.weeklyHours)"
        case .daysPerWeek: "\(placement.daysPerWeek)"
        case .stipend: placement.stipend.map { "\($0.amount)" } ?? ""
        case .stipendUnit: placement.stipend?.unit.rawValue ?? ""
        case .benefits: placement.benefits
        case .confidential: placement.confidential ? "true" : "false"
        }
    }
}

extension Dataset {
    /// What changed between two versions of a placement, field by field, in the order of the form.
    /// The organisation and offer are named as `self` knows them (before and after the save alike).
    public func amendments(from old: Placement, to new: Placement) -> [FieldChange] {
        AmendedField.allCases.compactMap { field in
            let before = field.value(of: old, in: self), after = field.value(of: new, in: self)
            return before == after ? nil : FieldChange(field: field.rawValue, before: before, after: after)
        }
    }
}
