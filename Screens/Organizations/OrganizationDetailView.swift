import Foundation
import StagesCore
import TerminalKit

/// What an organisation's record says: its fields and whether they are complete,
/// how many interns it hosts against its quota and each student's hours there
/// against the legal cap, its offers, placements and contracts, and its history.
extension DetailView {
    static func organization(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let org = state.data.organizations[id] else { return [] }
        let t = state.translate
        var b = Builder(width: width)
        b.paragraph(org.name, style: Theme.title)
        if state.data.isTypedByStudent(org) {
            b.paragraph("! " + t(Strings.Organizations.typedByStudent) + " (\(state.fullName(org.createdBy)))", style: Theme.warning)
        }
        b.field("SIRET", org.siret)
        b.field(t(Strings.Organizations.naf), org.naf)
        b.field(t(Strings.Organizations.kind), state.t(org.kind.label))
        b.field(t(Strings.Organizations.headcount), org.headcount.map(String.init) ?? "")
        b.field(t(Strings.Organizations.address), org.address)
        b.field(t(Strings.Common.city), [org.postcode, org.city].filter { !$0.isEmpty }.joined(separator: " "))
        b.field(t(Strings.Organizations.country), org.country)
        b.field(t(Strings.Organizations.phone), org.phone)
        b.field(t(Strings.Organizations.email), org.email)
        b.field(t(Strings.Organizations.website), org.website)
        // One line: who signs the convention for it, and as what.
        b.field(t(Strings.Convention.signatory), [org.representative, org.representativeFunction].compactMap { $0 }.joined(separator: ", "))
        b.findings(state.index.facts.book.findings(for: org), state, none: t(Strings.Organizations.complete))
        load(org, state, into: &b)
        let references = state.data.references(to: id)
        b.heading(t(Strings.Organizations.offers) + " (\(references.offers.count))")
        if references.offers.isEmpty { b.paragraph(t(Strings.Organizations.noneYet), style: Theme.dim) }
        for offer in references.offers.compactMap({ state.data.offers[$0] }) {
            b.paragraph("\(offer.title) — \(state.t(offer.effectiveStatus(today: state.today).label))")
        }
        b.heading(t(Strings.Organizations.placements) + " (\(references.placements.count))")
        if references.placements.isEmpty { b.paragraph(t(Strings.Organizations.noneYet), style: Theme.dim) }
        let placements = references.placements.compactMap { state.data.placements[$0] }.sorted { $0.start < $1.start }
        for p in placements {
            b.paragraph("\(state.fullName(p.studentLogin)) — \(state.date(p.start)) → \(state.date(p.end)) — \(state.t(p.status.label))")
        }
        if !references.alternances.isEmpty {
            b.heading(t(Strings.Organizations.contracts) + " (\(references.alternances.count))")
            for c in references.alternances.compactMap({ state.data.alternances[$0] }) {
                b.paragraph("\(state.fullName(c.studentLogin)) — \(state.date(c.start)) → \(state.date(c.end)) — \(state.t(c.status.label))")
            }
        }
        if let history = org.history, !history.isEmpty {
            b.heading(t(Strings.Common.history))
            for step in history.reversed() {
                let event = OrganizationEvent(rawValue: step.to).map { state.t($0.label) } ?? step.to
                b.paragraph("\(state.dateTime(step.at))  \(step.person.label)  \(event)")
                for line in (step.comment ?? "").split(separator: "\n") { b.paragraph(String(line), style: Theme.dim, indent: 4) }
            }
        }
        return b.lines
    }

    /// Interns per week against the quota, and each student's hours against the cap.
    private static func load(_ org: Organization, _ state: AppState, into b: inout Builder) {
        let t = state.translate
        let load = state.index.facts.book.load(of: org.id)
        b.heading(t(Strings.Organizations.load))
        if let week = load.busiestWeek {
            b.field(t(Strings.Organizations.internsPerWeek),
                    t(Strings.Organizations.peak(load.peakInterns, week: state.date(week), quota: load.quota)),
                    style: load.isOverQuota ? Theme.warning : .plain)
        } else {
            b.field(t(Strings.Organizations.internsPerWeek), t(Strings.Organizations.noneYet))
        }
        for (i, student) in load.hoursByStudent.enumerated() {
            let hours = Format.hours(student.hours, state.language)
            b.field(i == 0 ? t(Strings.Organizations.hoursPerStudent) : "",
                    "\(state.fullName(student.login)) — " + t(Strings.Organizations.hours(hours, max: load.maxHours, year: student.academicYear)),
                    style: student.hours > Decimal(load.maxHours) ? Theme.error : .plain)
        }
    }
}
