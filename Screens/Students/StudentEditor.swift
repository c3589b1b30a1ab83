import Foundation
import StagesCore
import TerminalKit

/// The student record form's fields; raw values are the ids drafts keep.
enum StudentField: String, FieldID {
    case login, studentNumber, lastName, firstName, email, phone, group, year, track, domains, notes
}

/// The student record form.
enum StudentEditor {
    static func make(_ student: Student?, _ state: AppState) -> Editor {
        let t = state.translate
        let f = Fields<StudentField>()
        var login = f.text(.login, t(Strings.Students.loginField), student?.login ?? "", required: true)
        login.readOnly = student != nil
        let form = Form(fields: [
            login,
            f.text(.studentNumber, t(Strings.Students.studentNumber), student?.studentNumber ?? ""),
            f.text(.lastName, t(Strings.Students.lastName), student?.lastName ?? "", required: true),
            f.text(.firstName, t(Strings.Students.firstName), student?.firstName ?? "", required: true),
            f.text(.email, t(Strings.Students.email), student?.email ?? "", required: true),
            f.text(.phone, t(Strings.Students.phone), student?.phone ?? ""),
            f.text(.group, t(Strings.Students.group), student?.group ?? ""),
            f.text(.year, t(Strings.Students.year), student?.year ?? state.data.programme.academicYearLabel),
            f.choice(.track, t(Strings.Common.track), options: Track.allCases.map { state.t($0.label) },
                    selected: student?.track == .alternance ? 1 : 0),
            f.text(.domains, t(Strings.Students.domains),
                  student?.domains.map { state.t($0.label) }.joined(separator: ", ") ?? ""),
            f.area(.notes, t(Strings.Students.notes), student?.notes ?? "", rows: 3),
        ])
        return Editor(kind: .student(login: student?.login), title: student == nil ? t(Strings.Students.newStudent)
                      : t(Strings.Students.studentRecord), form: form)
    }

    static func read(_ editor: Editor, _ state: AppState) -> (student: Student, problems: [String: String]) {
        var r = FormReader<StudentField>(editor.form, state.language)
        let login = r.required(.login)
        if case .student(nil) = editor.kind, state.data.students[login] != nil {
            r.note(.login, state.t(Strings.Students.thisLoginAlreadyExists))
        }
        let domains = r.text(.domains).split(separator: ",").compactMap { word -> Domain? in
            let folded = SearchIndex.fold(word.trimmingCharacters(in: .whitespaces))
            return Domain.allCases.first { SearchIndex.fold($0.label.fr) == folded || SearchIndex.fold($0.label.en) == folded }
        }
        let student = Student(login: login, studentNumber: r.text(.studentNumber), lastName: r.required(.lastName),
                              firstName: r.required(.firstName), email: r.required(.email), phone: r.text(.phone),
                              group: r.text(.group), year: r.text(.year), track: Track.allCases[r.choice(.track)],
                              domains: domains, notes: r.text(.notes))
        return (student, r.problems)
    }

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (student, problems) = read(editor, state)
        return FieldMessages.of(state.index.facts.book.findings(for: student), problems: problems, in: editor.form, state, as: StudentField.self)
    }

    /// Saves the record the form describes (its errors already cleared); the form closes if the model accepts it.
    static func save(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        let (student, _) = read(editor, state)
        let trackChanged = state.data.students[student.login].map { $0.track != student.track } ?? false
        return EditorUpdate.close(editor, &state, message: state.t(Strings.Students.recordSaved), undoable: trackChanged) {
            [actor = state.actor, now = state.now] data throws(ModelError) in
            try data.save(student, by: actor, at: now)
        }
    }
}
