import Foundation

/// A placement's agreement once it is issued: its signatures and its amendments
/// (avenants), each with its own signatures. The text itself is not stored: it is
/// made again from the placement and the programme's settings (`ConventionText`).
public struct Convention: Codable, Hashable, Sendable {
    /// The day the convention was first printed for signature (not as a draft).
    public var issued: CivilDate?
    public var signatures: Signatures
    public var amendments: [ConventionAmendment]

    public init(issued: CivilDate? = nil, signatures: Signatures = Signatures(), amendments: [ConventionAmendment] = []) {
        self.issued = issued
        self.signatures = signatures
        self.amendments = amendments
    }
}

/// An avenant: what a change after signature did to the convention's clauses, numbered from 1.
public struct ConventionAmendment: Codable, Hashable, Sendable {
    public var number: Int
    public var date: CivilDate
    /// Who made the change (a login).
    public var by: String
    /// Each changed field, before and after, as the placement's history keeps it (`AmendedField`).
    public var changes: [FieldChange]
    public var signatures: Signatures

    public init(number: Int, date: CivilDate, by: String, changes: [FieldChange], signatures: Signatures = Signatures()) {
        self.number = number
        self.date = date
        self.by = by
        self.changes = changes
        self.signatures = signatures
    }
}

extension AmendedField {
    /// The fields whose change after signature needs an avenant (L124-4's dates, hours, stipend, tutor).
    public var needsAmendment: Bool {
        switch self {
        case .start, .end, .interruptions, .weeklyHours, .daysPerWeek, .stipend, .stipendUnit,
             .tutorName, .tutorFunction, .tutorEmail, .tutorPhone: true
        default: false
        }
    }
}
