import Foundation
import StagesCore
import TerminalKit

/// "Ma situation": where the student stands, the coordinator's last word,
/// and what is still missing; and the banners over the student's forms.
enum SituationView {
    /// The student's situation.
    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.scroll + [
            k.b([.enter], .open, k.t(Strings.Student.myRequest), k.t(Strings.Student.openMyPlacementRequestOr)),
        ] + k.global(nil)
    }

    static func lines(_ state: AppState, width: Int) -> [DetailLine] {
        let t = state.translate
        let login = state.actor.login
        guard let student = state.data.students[login] else { return [] }
        var b = DetailView.Builder(width: width)
        b.paragraph("\(student.fullName) — \(state.data.programme.academicYearLabel)", style: Theme.title)
        b.field(t(Strings.Common.track), state.t(student.track.label))
        b.field(t(Strings.Common.situation), state.index.situations[login]?.label(state.language) ?? "")
        if student.track == .alternance {
            b.paragraph(t(Strings.Student.youAreInWorkStudy),
                        style: Theme.dim)
        }
        // Typed and kept on this machine, not saved yet: said, with when, so that it is not forgotten.
        if let kept = state.requestDraftKept, state.request?.isModified == true, state.request?.form.fields.contains(where: { !$0.readOnly }) == true {
            b.paragraph(t(Strings.Student.draftKept(on: state.dateTime(kept))), style: Theme.warning)
        }
        if let p = StudentForms.placement(state) {
            b.heading(t(Strings.Student.myPlacementRequest))
            b.field(t(Strings.Student.organisation), state.organizationName(p.organizationID))
            b.field(t(Strings.Common.dates), "\(state.date(p.start)) → \(state.date(p.end))")
            b.field(t(Strings.Common.status), state.t(p.status.label))
            if let last = p.history.lastComment {
                b.field(t(Strings.Student.lastComment), state.signedComment(last),
                        style: p.status == .returned ? Theme.warning : .plain)
            }
            let findings = state.findingsAsShown(state.index.facts.findings(p.id))
            b.heading(t(Strings.Student.whatIsMissing))
            // A required field named as the request form names it ("Courriel du tuteur — Champ obligatoire.").
            let form = state.request?.form
            b.findings(findings, state, none: t(Strings.Student.nothingTheRequestMeetsEvery),
                       fieldName: { form?[$0]?.label })
            conventionState(p, state, into: &b)
        } else if student.track == .stage {
            b.heading(t(Strings.Student.myPlacementRequest))
            b.paragraph(t(Strings.Student.noRequestYet(openOffers: state.openOfferCount)))
        }
        if let c = state.data.alternance(of: login) {
            b.heading(t(Strings.Student.myWorkStudy))
            b.contractSummary(c, state)
        }
        return b.lines
    }

    /// Where the student's convention stands: issued when, who has still to sign it and
    /// its avenants; nothing before it is issued.
    private static func conventionState(_ p: Placement, _ state: AppState, into b: inout DetailView.Builder) {
        let t = state.translate
        guard let convention = p.convention, let issued = convention.issued else { return }
        let parties = { (missing: [Signatory]) in missing.map { t($0.label) }.joined(separator: ", ") }
        b.heading(t(Strings.Convention.myConvention))
        b.paragraph(t(Strings.Convention.issuedOn(state.date(issued))))
        if convention.signatures.isComplete {
            b.paragraph(t(Strings.Convention.signedByAll), style: Theme.success)
        } else {
            b.paragraph(t(Strings.Convention.missingSignatures(parties(convention.signatures.missing))), style: Theme.warning)
        }
        for amendment in convention.amendments where !amendment.signatures.isComplete {
            b.paragraph(t(Strings.Convention.amendmentAwaiting(amendment.number, day: state.date(amendment.date),
                                                               parties: parties(amendment.signatures.missing))),
                        style: Theme.warning)
        }
    }

    static func requestBanner(_ state: AppState) -> [DetailLine] {
        let t = state.translate
        var b = DetailView.Builder(width: state.size.width)
        guard state.data.students[state.actor.login]?.track != .alternance else {
            b.paragraph(t(Strings.Student.youAreInWorkStudyDeclareInTab4),
                        style: Theme.warning)
            return b.lines
        }
        guard let p = StudentForms.placement(state) else {
            b.paragraph(t(Strings.Student.newRequestEveryChangeIs), style: Theme.dim)
            return b.lines
        }
        switch p.status {
        case .draft:
            b.paragraph(t(Strings.Student.draftEveryChangeIsKept), style: Theme.dim)
        case .returned:
            if let last = p.history.lastComment {
                let who = last.person.label, on = state.date(last.at), comment = last.comment ?? ""
                b.paragraph(t(Strings.Student.sentBack(by: who, on: on, comment: comment)),
                            style: Theme.warning)
            } else {
                b.paragraph(t(Strings.Student.sentBack), style: Theme.warning)
            }
            b.paragraph(t(Strings.Student.correctItThenSubmitAgain), style: Theme.dim)
        case .submitted:
            b.paragraph(t(Strings.Student.requestSubmittedWaitingForThe), style: Theme.label)
        default:
            b.paragraph(t(Strings.Student.requestReadOnly(p.status.label)), style: Theme.label)
        }
        return b.lines
    }

    static func declarationBanner(_ state: AppState) -> [DetailLine] {
        let t = state.translate
        var b = DetailView.Builder(width: state.size.width)
        if let c = state.data.alternance(of: state.actor.login) {
            b.paragraph(t(Strings.Student.contractDeclared(c.status.label)), style: Theme.dim)
        } else {
            b.paragraph(t(Strings.Student.signedOrLookingForAn),
                        style: Theme.dim)
        }
        return b.lines
    }
}

/// A student's form as a tab: the banner, then the form with its panel.
enum StudentFormView {
    static func render(_ editor: Editor?, banner: [DetailLine], _ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let (top, rest) = rect.splitTop(banner.count + 1)
        DetailView.render(banner, scroll: 0, into: &canvas, top)
        canvas.cursor = nil
        guard let editor else { return }
        let editable = editor.form.fields.contains { !$0.readOnly }
        let marker = !editable ? state.t(Strings.Student.readOnly)
            : (state.tab == .request ? state.t(Strings.Student.requiredF2SaveF5Submit)
                : state.t(Strings.Student.requiredF2Save))
        EditorView.render(editor, state, into: &canvas, rest, marker: marker)
    }
}
