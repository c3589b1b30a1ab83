import StagesCore
import TerminalKit

/// What a placement's detail says.
extension DetailView {
    static func placement(_ id: String, _ state: AppState, width: Int) -> [DetailLine] {
        guard let p = state.data.placements[id] else { return [] }
        let t = state.translate
        let book = state.index.facts.book
        let duration = StageDuration(p)
        let stipend = book.stipendAssessment(for: p)
        var b = Builder(width: width)
        b.paragraph("\(state.fullName(p.studentLogin)) — \(state.organizationName(p.organizationID))", style: Theme.title)
        b.field(t(Strings.Common.status), state.t(p.status.label))
        if let comment = p.history.lastComment, p.status == .returned {
            b.field(t(Strings.Placements.comment), state.signedComment(comment), style: Theme.warning)
        }
        // Submitted again with a reply: the comment it answers, then the reply, read before validating.
        if p.status == .submitted, let reply = p.history.last, reply.to == PlacementStatus.submitted.rawValue,
           !(reply.comment ?? "").isEmpty {
            if let comment = Array(p.history.dropLast()).lastComment {
                b.field(t(Strings.Placements.comment), state.signedComment(comment))
            }
            b.field(t(Strings.Placements.reply), state.signedComment(reply), style: Theme.warning)
        }
        b.field(t(Strings.Placements.subject), p.subject)
        b.field(t(Strings.Common.dates), "\(state.date(p.start)) → \(state.date(p.end))")
        if !p.interruptions.isEmpty {
            b.field(t(Strings.Placements.interruptions),
                    p.interruptions.map { "\(state.date($0.start)) → \(state.date($0.end))" }.joined(separator: ", "))
        }
        if let rupture = p.rupture {
            b.field(t(Strings.Common.rupture), "\(state.date(rupture.date)) : \(rupture.reason)", style: Theme.warning)
        }
        b.field(t(Strings.Common.length), "\(Format.weeks(duration, state.language)) · \(Format.legalDuration(duration, state.language))")
        b.field(t(Strings.Placements.presence), t(Strings.Placements.presence(duration)))
        b.field(t(Strings.Placements.schedule), t(Strings.Placements.weeklyRhythm(hours: p.weeklyHours, days: p.daysPerWeek)))
        b.field(t(Strings.Placements.legalMinimum), stipend.isMandatory
                ? state.money(stipend.minimumTotal) + " (" + stipend.minimumHourlyByYear.sorted { $0.key < $1.key }
                    .map { "\(state.money($0.value))/h \($0.key)" }.joined(separator: ", ") + ")"
                : t(Strings.Placements.noStipendRequired308H))
        b.field(t(Strings.Common.stipend), p.stipend.map {
            "\(Format.stipend($0, state.language)) ≈ \(state.money(stipend.agreedTotal ?? 0))"
        } ?? t(Strings.Placements.noneText))
        b.field(t(Strings.Placements.benefits), p.benefits)
        b.heading(t(Strings.Common.rules))
        b.findings(state.index.facts.findings(id), state,
                   none: t(Strings.Placements.everyRuleIsMet))
        b.heading(t(Strings.Placements.tutorAndReferent))
        b.field(t(Strings.Placements.tutor), [p.tutor.name, p.tutor.function].filter { !$0.isEmpty }.joined(separator: ", "))
        b.field(t(Strings.Placements.tutorContact), [p.tutor.email, p.tutor.phone].filter { !$0.isEmpty }.joined(separator: " · "))
        b.field(t(Strings.Placements.referent), [p.referent?.name ?? "", p.referent?.email ?? ""].filter { !$0.isEmpty }.joined(separator: " · "))
        b.convention(p, state)
        b.heading(t(Strings.Placements.activities))
        b.paragraph(p.activities)
        b.heading(t(Strings.Placements.skillsToAcquire))
        b.paragraph(p.skills)
        b.heading(t(Strings.Common.history))
        b.history(p.history, state) { PlacementStatus(rawValue: $0).map { state.t($0.label) } ?? $0 }
        return b.lines
    }
}
