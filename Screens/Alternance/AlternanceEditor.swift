import Foundation
import StagesCore
import TerminalKit

/// The alternance contract form's fields; raw values are the ids drafts keep.
enum AlternanceField: String, FieldID {
    case student, kind, employer
    case tutorName = "tutor.name", tutorFunction = "tutor.function", tutorEmail = "tutor.email", tutorPhone = "tutor.phone"
    case trainingBody, opco, start, end, rhythm, status
}

/// The alternance contract form.
enum AlternanceEditor {
    /// The employers the choice offers, by name: those this person may link to.
    static func organizations(_ state: AppState) -> [Organization] {
        state.index.orders.organizations.compactMap { state.data.organizations[$0] }.filter { state.data.mayUse($0, state.actor) }
    }

    /// Chooses organisation `id` as the employer (found with a search, see `Chooser`).
    /// The choice is made again first: an organisation just created is among its options.
    static func choose(employer id: String, _ editor: inout Editor, _ state: AppState) {
        let field = AlternanceField.employer.rawValue, orgs = organizations(state)
        guard let label = editor.form[field]?.label else { return }
        editor.form[field] = .choice(field, label, options: [state.t(Strings.Organizations.noneChosen)] + orgs.map(OrganizationLink.label))
        EditorUpdate.choose(id, in: field, among: orgs.map(\.id), afterNone: true, &editor, state)
    }

    static func make(_ contract: Alternance?, _ state: AppState, for login: String? = nil) -> Editor {
        let t = state.translate
        let f = Fields<AlternanceField>()
        let everyone = PlacementEditor.students(state)
        let orgs = organizations(state)
        let who = contract?.studentLogin ?? login ?? state.actor.login
        let tutor = contract?.tutor ?? Tutor()
        let kinds = AlternanceKind.allCases
        var fields: [FormField] = []
        if state.actor.isCoordinator {
            fields.append(f.choice(.student, t(Strings.Common.student), options: everyone.map { "\($0.fullName) (\($0.login))" },
                                  selected: everyone.firstIndex { $0.login == who } ?? state.firstStudentSearching(everyone)))
            if contract != nil { fields[0].readOnly = true }
        }
        fields += [
            f.choice(.kind, t(Strings.Alternance.contract), options: kinds.map { state.t($0.label) },
                    selected: kinds.firstIndex(of: contract?.kind ?? .apprenticeship)!),
            // None until chosen: a contract still sought has no employer yet.
            f.choice(.employer, t(Strings.Alternance.employer), options: [t(Strings.Organizations.noneChosen)] + orgs.map(OrganizationLink.label),
                    selected: orgs.firstIndex { $0.id == contract?.employerID }.map { $0 + 1 } ?? 0),
            f.text(.tutorName, t(Strings.Alternance.apprenticeshipMaster), tutor.name),
            f.text(.tutorFunction, t(Strings.Alternance.theirPosition), tutor.function),
            f.text(.tutorEmail, t(Strings.Alternance.theirEmail), tutor.email),
            f.text(.tutorPhone, t(Strings.Alternance.theirPhone), tutor.phone),
            f.text(.trainingBody, t(Strings.Alternance.cfaOrTrainingBody), contract?.trainingBody ?? ""),
            f.text(.opco, "OPCO", contract?.opco ?? ""),
            f.date(.start, t(Strings.Alternance.contractStart), FormText.date(contract?.start), required: true, placeholder: state.datePlaceholder),
            f.date(.end, t(Strings.Alternance.contractEnd), FormText.date(contract?.end), required: true, placeholder: state.datePlaceholder),
            f.text(.rhythm, t(Strings.Alternance.rhythm), contract?.rhythm ?? "2 semaines / 2 semaines"),
        ]
        if contract == nil || contract?.status == .searching {  // a searching contract can be declared signed
            fields.append(f.choice(.status, t(Strings.Common.status),
                                  options: [state.t(AlternanceStatus.searching.label), state.t(AlternanceStatus.signed.label)]))
        }
        let title = contract == nil ? t(Strings.Alternance.newWorkStudyContract) : t(Strings.Common.workStudyContract)
        return Editor(kind: .alternance(id: contract?.id), title: title, form: Form(fields: fields), newID: state.newID("alt"))
    }

    static func read(_ editor: Editor, _ state: AppState) -> (contract: Alternance, problems: [String: String]) {
        var r = FormReader<AlternanceField>(editor.form, state.language)
        let id: String? = if case .alternance(let id) = editor.kind { id } else { nil }
        let existing = id.flatMap { state.data.alternances[$0] }
        let login = existing?.studentLogin
            ?? (state.actor.isCoordinator ? PlacementEditor.students(state)[safe: r.choice(.student)]?.login ?? "" : state.actor.login)
        let orgs = organizations(state)
        let tutor = Tutor(name: r.text(.tutorName), function: r.text(.tutorFunction), email: r.text(.tutorEmail),
                          phone: r.text(.tutorPhone))
        let start = r.date(.start, required: true), end = r.date(.end, required: true)
        let contract = Alternance(
            id: existing?.id ?? editor.newID, studentLogin: login,
            kind: AlternanceKind.allCases[r.choice(.kind)],
            status: existing.flatMap { $0.status == .searching ? nil : $0.status } ?? (r.choice(.status) == 1 ? .signed : .searching),
            employerID: orgs[safe: r.choice(.employer) - 1]?.id ?? "",
            tutor: tutor == Tutor() ? nil : tutor, trainingBody: r.text(.trainingBody), opco: r.text(.opco),
            start: start ?? state.today, end: end ?? state.today, rhythm: r.text(.rhythm),
            rupture: existing?.rupture, history: existing?.history ?? [])
        return (contract, r.problems)
    }

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (contract, problems) = read(editor, state)
        return FieldMessages.of(state.index.facts.book.findings(for: contract), problems: problems, in: editor.form, state, as: AlternanceField.self)
    }

    /// Saves the contract the form describes (its errors already cleared); the form closes if the model accepts it.
    static func save(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        let (contract, _) = read(editor, state)
        let statusChanged = state.data.alternances[contract.id].map { $0.status != contract.status } ?? false
        return EditorUpdate.close(editor, &state, message: state.t(Strings.Alternance.contractSaved), undoable: statusChanged) {
            [actor = state.actor, now = state.now] data throws(ModelError) in
            try data.save(contract, by: actor, at: now)
        }
    }
}
