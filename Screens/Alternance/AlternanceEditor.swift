import Foundation
import StagesCore
import TerminalKit

/// The alternance contract form.
enum AlternanceEditor {
    static func make(_ contract: Alternance?, _ state: AppState, for login: String? = nil) -> Editor {
        let t: (String, String) -> String = state.t
        let everyone = PlacementEditor.students(state)
        let orgs = OfferEditor.organizations(state)
        let who = contract?.studentLogin ?? login ?? state.actor.login
        let tutor = contract?.tutor ?? Tutor()
        let kinds = AlternanceKind.allCases
        var fields: [FormField] = []
        if state.actor.isCoordinator {
            fields.append(.choice("student", t("Étudiant·e", "Student"), options: everyone.map { "\($0.fullName) (\($0.login))" },
                                  selected: everyone.firstIndex { $0.login == who } ?? 0))
            if contract != nil { fields[0].readOnly = true }
        }
        fields += [
            .choice("kind", t("Contrat", "Contract"), options: kinds.map { state.t($0.label) },
                    selected: kinds.firstIndex(of: contract?.kind ?? .apprenticeship)!),
            .choice("employer", t("Employeur", "Employer"), options: orgs.map(\.name),
                    selected: orgs.firstIndex { $0.id == contract?.employerID } ?? 0),
            .text("tutor.name", t("Maître d'apprentissage", "Apprenticeship master"), tutor.name),
            .text("tutor.function", t("Sa fonction", "Their position"), tutor.function),
            .text("tutor.email", t("Son courriel", "Their email"), tutor.email),
            .text("tutor.phone", t("Son téléphone", "Their phone"), tutor.phone),
            .text("trainingBody", t("CFA ou organisme", "Training centre"), contract?.trainingBody ?? ""),
            .text("opco", "OPCO", contract?.opco ?? ""),
            .date("start", t("Début du contrat", "Contract start"), FormText.date(contract?.start), required: true, placeholder: state.datePlaceholder),
            .date("end", t("Fin du contrat", "Contract end"), FormText.date(contract?.end), required: true, placeholder: state.datePlaceholder),
            .text("rhythm", t("Rythme", "Rhythm"), contract?.rhythm ?? "2 semaines / 2 semaines"),
        ]
        if contract == nil {
            fields.append(.choice("status", t("Statut", "Status"),
                                  options: [state.t(AlternanceStatus.searching.label), state.t(AlternanceStatus.signed.label)]))
        }
        let title = contract == nil ? t("Nouveau contrat d'alternance", "New work-study contract") : t("Contrat d'alternance", "Work-study contract")
        return Editor(kind: .alternance(id: contract?.id), title: title, form: Form(fields: fields), newID: state.newID("alt"))
    }

    static func read(_ editor: Editor, _ state: AppState) -> (contract: Alternance, problems: [String: String]) {
        var r = FormReader(editor.form, state.language)
        let id: String? = if case .alternance(let id) = editor.kind { id } else { nil }
        let existing = id.flatMap { state.data.alternances[$0] }
        let login = existing?.studentLogin
            ?? (state.actor.isCoordinator ? PlacementEditor.students(state)[safe: r.choice("student")]?.login ?? "" : state.actor.login)
        let orgs = OfferEditor.organizations(state)
        let tutor = Tutor(name: r.text("tutor.name"), function: r.text("tutor.function"), email: r.text("tutor.email"),
                          phone: r.text("tutor.phone"))
        let start = r.date("start", required: true), end = r.date("end", required: true)
        let contract = Alternance(
            id: existing?.id ?? editor.newID, studentLogin: login,
            kind: AlternanceKind.allCases[r.choice("kind")],
            status: existing?.status ?? (r.choice("status") == 1 ? .signed : .searching),
            employerID: orgs[safe: r.choice("employer")]?.id ?? "",
            tutor: tutor == Tutor() ? nil : tutor, trainingBody: r.text("trainingBody"), opco: r.text("opco"),
            start: start ?? state.today, end: end ?? state.today, rhythm: r.text("rhythm"),
            rupture: existing?.rupture, history: existing?.history ?? [])
        return (contract, r.problems)
    }

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (contract, problems) = read(editor, state)
        var out: [String: (text: String, isError: Bool)] = [:]
        for finding in state.index.facts.book.findings(for: contract) where out[finding.field] == nil {
            out[finding.field] = (state.t(finding.message), finding.severity == .error)
        }
        for (field, text) in problems { out[field] = (text, true) }
        return out
    }

    /// Saves the contract the form describes (its errors already cleared); the form closes if the model accepts it.
    static func save(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        let (contract, _) = read(editor, state)
        return EditorUpdate.close(editor, &state, message: state.t("Contrat enregistré.", "Contract saved.")) {
            [actor = state.actor, now = state.now] data throws(ModelError) in
            try data.save(contract, by: actor, at: now)
            return nil
        }
    }
}
