/// The rules on organisations, students, offers and alternance contracts,
/// and the whole-store check.
extension RuleBook {
    public func findings(for org: Organization) -> [Finding] {
        var out: [Finding] = []
        for (field, value) in [("name", org.name), ("address", org.address), ("postcode", org.postcode),
                               ("city", org.city), ("country", org.country)]
        where value.isBlank {
            out.append(Finding(.required, .error, field: field, Messages.required))
        }
        if !org.postcode.isEmpty, !FieldFormats.isValidPostcode(org.postcode, inFrance: org.isInFrance) {
            out.append(Finding(.postcode, .error, field: "postcode", Messages.badPostcode(org.postcode)))
        }
        if org.siret.isEmpty {
            if org.isInFrance { out.append(Finding(.siret, .error, field: "siret", Messages.siretMissing)) }
        } else if !FieldFormats.isValidSIRET(org.siret) {
            out.append(Finding(.siret, .error, field: "siret", Messages.badSIRET(org.siret)))
        }
        return out + contactFormats(email: org.email, phone: org.phone, prefix: "")
    }

    public func findings(for student: Student) -> [Finding] {
        var out: [Finding] = []
        for (field, value) in [("login", student.login), ("lastName", student.lastName),
                               ("firstName", student.firstName), ("email", student.email)]
        where value.isBlank {
            out.append(Finding(.required, .error, field: field, Messages.required))
        }
        out += contactFormats(email: student.email, phone: student.phone, prefix: "")
        if student.track == .stage, let contract = dataset.alternance(of: student.login),
           [.signed, .ongoing].contains(contract.status) {
            out.append(Finding(.alternanceTrack, .warning, field: "track", Messages.trackMismatch))
        }
        return out
    }

    public func findings(for offer: Offer) -> [Finding] {
        var out: [Finding] = []
        for (field, value) in [("title", offer.title), ("description", offer.description),
                               ("contact.name", offer.contact.name), ("organization", offer.organizationID)]
        where value.isBlank {
            out.append(Finding(.required, .error, field: field, Messages.required))
        }
        if !offer.organizationID.isEmpty, dataset.organizations[offer.organizationID] == nil {
            out.append(Finding(.unknownReference, .error, field: "organization", Messages.unknownOrganization))
        }
        let inFrance = dataset.organizations[offer.organizationID]?.isInFrance ?? true
        if !offer.postcode.isEmpty, !FieldFormats.isValidPostcode(offer.postcode, inFrance: inFrance) {
            out.append(Finding(.postcode, .error, field: "postcode", Messages.badPostcode(offer.postcode)))
        }
        if let received = offer.receivedOn, let applyBy = offer.applyBy, applyBy < received {
            out.append(Finding(.dateOrder, .warning, field: "applyBy", Messages.applyByBeforeReceived))
        }
        return out + contactFormats(email: offer.contact.email, phone: offer.contact.phone, prefix: "contact.")
    }

    public func findings(for contract: Alternance) -> [Finding] {
        var out: [Finding] = []
        if contract.end < contract.start {
            out.append(Finding(.endBeforeStart, .error, field: "end", Messages.alternanceDates))
        }
        if dataset.organizations[contract.employerID] == nil {
            out.append(Finding(.unknownReference, .error, field: "employer", Messages.unknownOrganization))
        }
        if !dataset.students.keys.contains(contract.studentLogin) {
            out.append(Finding(.unknownReference, .error, field: "student", Messages.unknownStudent(contract.studentLogin)))
        }
        if let tutor = contract.tutor {
            out += contactFormats(email: tutor.email, phone: tutor.phone, prefix: "tutor.")
        }
        return out
    }

    /// Every finding of the store, record by record, in a stable order.
    public func allFindings() -> [RecordFindings] {
        var out: [RecordFindings] = []
        func add<R: Record>(_ records: [String: R], _ check: (R) -> [Finding], _ title: (R) -> String) {
            for key in records.keys.sorted() {
                let record = records[key]!
                let found = check(record)
                if !found.isEmpty {
                    out.append(RecordFindings(collection: R.collection, id: key, title: title(record), findings: found))
                }
            }
        }
        add(dataset.students, findings(for:)) { $0.fullName }
        add(dataset.organizations, findings(for:)) { $0.name }
        add(dataset.offers, findings(for:)) { $0.title }
        add(dataset.placements, findings(for:)) { [dataset] p in
            let who = dataset.students[p.studentLogin]?.fullName ?? p.studentLogin
            return "\(who) — \(dataset.organizations[p.organizationID]?.name ?? "?")"
        }
        add(dataset.alternances, findings(for:)) { [dataset] a in
            let who = dataset.students[a.studentLogin]?.fullName ?? a.studentLogin
            return "\(who) — \(dataset.organizations[a.employerID]?.name ?? "?")"
        }
        return out
    }
}

/// The findings about one record, for reports such as `stages check`.
public struct RecordFindings: Hashable, Sendable {
    public let collection: String
    public let id: String
    public let title: String
    public let findings: [Finding]
}

import Foundation
