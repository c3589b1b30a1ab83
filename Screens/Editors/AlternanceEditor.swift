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
        return Editor(kind: .alternance(id: contract?.id), title: title, form: Form(fields: fields))
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
            id: existing?.id ?? RecordID.make("alt"), studentLogin: login,
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
}

/// The student record form.
enum StudentEditor {
    static func make(_ student: Student?, _ state: AppState) -> Editor {
        let t: (String, String) -> String = state.t
        var login = FormField.text("login", t("Identifiant (login)", "Login"), student?.login ?? "", required: true)
        login.readOnly = student != nil
        let form = Form(fields: [
            login,
            .text("studentNumber", t("Numéro d'étudiant", "Student number"), student?.studentNumber ?? ""),
            .text("lastName", t("Nom", "Last name"), student?.lastName ?? "", required: true),
            .text("firstName", t("Prénom", "First name"), student?.firstName ?? "", required: true),
            .text("email", t("Courriel", "Email"), student?.email ?? "", required: true),
            .text("phone", t("Téléphone", "Phone"), student?.phone ?? ""),
            .text("group", t("Groupe", "Group"), student?.group ?? ""),
            .text("year", t("Année", "Year"), student?.year ?? state.data.programme.academicYearLabel),
            .choice("track", t("Parcours", "Track"), options: Track.allCases.map { state.t($0.label) },
                    selected: student?.track == .alternance ? 1 : 0),
            .text("domains", t("Domaines", "Domains"),
                  student?.domains.map { state.t($0.label) }.joined(separator: ", ") ?? ""),
            .area("notes", t("Notes", "Notes"), student?.notes ?? "", rows: 3),
        ])
        return Editor(kind: .student(login: student?.login), title: student == nil ? t("Nouvel·le étudiant·e", "New student")
                      : t("Fiche étudiant·e", "Student record"), form: form)
    }

    static func read(_ editor: Editor, _ state: AppState) -> (student: Student, problems: [String: String]) {
        var r = FormReader(editor.form, state.language)
        let login = r.required("login")
        if case .student(nil) = editor.kind, state.data.students[login] != nil {
            r.note("login", state.t("Cet identifiant existe déjà.", "This login already exists."))
        }
        let domains = r.text("domains").split(separator: ",").compactMap { word -> Domain? in
            let folded = SearchIndex.fold(word.trimmingCharacters(in: .whitespaces))
            return Domain.allCases.first { SearchIndex.fold($0.label.fr) == folded || SearchIndex.fold($0.label.en) == folded }
        }
        let student = Student(login: login, studentNumber: r.text("studentNumber"), lastName: r.required("lastName"),
                              firstName: r.required("firstName"), email: r.required("email"), phone: r.text("phone"),
                              group: r.text("group"), year: r.text("year"), track: Track.allCases[r.choice("track")],
                              domains: domains, notes: r.text("notes"))
        return (student, r.problems)
    }

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (student, problems) = read(editor, state)
        var out: [String: (text: String, isError: Bool)] = [:]
        for finding in state.index.facts.book.findings(for: student) where out[finding.field] == nil {
            out[finding.field] = (state.t(finding.message), finding.severity == .error)
        }
        for (field, text) in problems { out[field] = (text, true) }
        return out
    }
}

/// Small forms: the date and reason of a rupture, the student who took an offer.
enum SmallForms {
    static func rupture(_ kind: Editor.Kind, _ state: AppState) -> Editor {
        Editor(kind: kind, title: state.t("Rupture", "Rupture"), form: Form(fields: [
            .date("date", state.t("Date de fin effective", "Actual end date"), state.today.french, required: true,
                  placeholder: state.datePlaceholder),
            .area("reason", state.t("Motif", "Reason"), rows: 3, required: true),
        ]))
    }

    static func readRupture(_ editor: Editor, _ state: AppState) -> (Rupture?, [String: String]) {
        var r = FormReader(editor.form, state.language)
        let date = r.date("date", required: true)
        let reason = r.required("reason")
        return (date.map { Rupture(date: $0, reason: reason) }, r.problems)
    }

    static func fillOffer(_ id: String, _ state: AppState) -> Editor {
        let everyone = PlacementEditor.students(state)
        return Editor(kind: .fillOffer(id: id), title: state.t("Offre pourvue", "Offer filled"), form: Form(fields: [
            .choice("student", state.t("Par", "By"),
                    options: [state.t("(une personne extérieure)", "(someone else)")] + everyone.map { "\($0.fullName) (\($0.login))" }),
        ]))
    }
}
