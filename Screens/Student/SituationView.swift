import Foundation
import StagesCore
import TerminalKit

/// "Ma situation": where the student stands, the coordinator's last word,
/// and what is still missing; and the banners over the student's forms.
enum SituationView {
    /// The student's situation.
    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.scroll + [
            k.b([.enter], .open, k.t("ma demande", "my request"), k.t("Ouvrir ma demande de stage (ou mon alternance)", "Open my placement request (or my work-study)")),
        ] + k.global(nil)
    }

    static func lines(_ state: AppState, width: Int) -> [DetailLine] {
        let t: (String, String) -> String = state.t
        let login = state.actor.login
        guard let student = state.data.students[login] else { return [] }
        var b = DetailView.Builder(width: width)
        b.paragraph("\(student.fullName) — \(state.data.programme.academicYearLabel)", style: Theme.title)
        b.field(t("Parcours", "Track"), state.t(student.track.label))
        b.field(t("Situation", "Situation"), state.index.situations[login]?.label(state.language) ?? "")
        if student.track == .alternance {
            b.paragraph(t("Vous êtes en alternance : salarié·e de votre entreprise, vous ne faites pas de stage et ne participez pas aux projets tutorés.",
                          "You are in work-study: an employee of your company, you do no internship and take no part in the tutored projects."),
                        style: Theme.dim)
        }
        if let p = StudentForms.placement(state) {
            b.heading(t("Ma demande de stage", "My placement request"))
            b.field(t("Structure", "Organisation"), state.organizationName(p.organizationID))
            b.field(t("Dates", "Dates"), "\(state.date(p.start)) → \(state.date(p.end))")
            b.field(t("Statut", "Status"), state.t(p.status.label))
            if let last = p.history.lastComment {
                b.field(t("Dernier commentaire", "Last comment"), state.signedComment(last),
                        style: p.status == .returned ? Theme.warning : .plain)
            }
            let findings = state.findingsAsShown(state.index.facts.findings(p.id))
            b.heading(t("Ce qui manque", "What is missing"))
            b.findings(findings, state, none: t("Rien : la demande respecte toutes les règles.", "Nothing: the request meets every rule."),
                       fields: false)
        } else if student.track == .stage {
            b.heading(t("Ma demande de stage", "My placement request"))
            let open = state.data.offers.values.filter { $0.effectiveStatus(today: state.today) == .open }.count
            b.paragraph(t("Pas encore de demande. Les offres ouvertes (\(open)) sont dans l'onglet 2 ; la demande se remplit dans l'onglet 3.",
                          "No request yet. Open offers (\(open)) are in tab 2; the request is filled in tab 3."))
        }
        if let c = state.data.alternance(of: login) {
            b.heading(t("Mon alternance", "My work-study"))
            b.contractSummary(c, state)
        }
        return b.lines
    }

    static func requestBanner(_ state: AppState) -> [DetailLine] {
        let t: (String, String) -> String = state.t
        var b = DetailView.Builder(width: state.size.width)
        guard state.data.students[state.actor.login]?.track != .alternance else {
            b.paragraph(t("Vous êtes en alternance : pas de demande de stage. Vous êtes salarié·e de votre entreprise ; votre contrat se déclare dans l'onglet 4.",
                          "You are in work-study: no placement request. You are an employee of your company; declare your contract in tab 4."),
                        style: Theme.warning)
            return b.lines
        }
        guard let p = StudentForms.placement(state) else {
            b.paragraph(t("Nouvelle demande : chaque modification est gardée comme brouillon. F5 la soumet.",
                          "New request: every change is kept as a draft. F5 submits it."), style: Theme.dim)
            return b.lines
        }
        switch p.status {
        case .draft:
            b.paragraph(t("Brouillon : chaque modification est gardée. F5 soumet la demande.",
                          "Draft: every change is kept. F5 submits the request."), style: Theme.dim)
        case .returned:
            if let last = p.history.lastComment {
                let who = last.person.label, on = state.date(last.at), comment = last.comment ?? ""
                b.paragraph(t("Renvoyée par \(who) le \(on) : « \(comment) »", "Sent back by \(who) on \(on): “\(comment)”"),
                            style: Theme.warning)
            } else {
                b.paragraph(t("Renvoyée.", "Sent back."), style: Theme.warning)
            }
            b.paragraph(t("Corrigez puis soumettez à nouveau avec F5.", "Correct it, then submit again with F5."), style: Theme.dim)
        case .submitted:
            b.paragraph(t("Demande soumise : en attente de la réponse du responsable des stages (lecture seule).",
                          "Request submitted: waiting for the coordinator's answer (read-only)."), style: Theme.label)
        default:
            b.paragraph(t("Demande \(p.status.label.fr.lowercased()) : elle ne se modifie plus ici (lecture seule).",
                          "Request \(p.status.label.en.lowercased()): it can no longer be changed here (read-only)."), style: Theme.label)
        }
        return b.lines
    }

    static func declarationBanner(_ state: AppState) -> [DetailLine] {
        let t: (String, String) -> String = state.t
        var b = DetailView.Builder(width: state.size.width)
        if let c = state.data.alternance(of: state.actor.login) {
            b.paragraph(t("Contrat déclaré : \(c.status.label.fr.lowercased()). F2 enregistre vos corrections.",
                          "Contract declared: \(c.status.label.en.lowercased()). F2 saves your corrections."), style: Theme.dim)
        } else {
            b.paragraph(t("Vous avez signé (ou cherchez) un contrat d'apprentissage ou de professionnalisation ? Déclarez-le ici ; F2 enregistre.",
                          "Signed (or looking for) an apprenticeship or professionalisation contract? Declare it here; F2 saves."),
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
        let marker = !editable ? state.t("lecture seule", "read-only")
            : (state.tab == .request ? state.t("* obligatoire · F2 enregistrer · F5 soumettre", "* required · F2 save · F5 submit")
                : state.t("* obligatoire · F2 enregistrer", "* required · F2 save"))
        EditorView.render(editor, state, into: &canvas, rest, marker: marker)
    }
}
