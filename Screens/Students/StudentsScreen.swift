import StagesCore
import TerminalKit

/// The students: the list and a record share the actions on one student.
/// Their views are StudentsView (the list) and DetailView.student (one record).
enum StudentsScreen {
    /// The students list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.list(open: k.t("Ouvrir la fiche", "Open the record"), new: (k.t("nouveau", "new"), k.t("Nouvel·le étudiant·e", "New student")),
               edit: k.t("Modifier la fiche", "Edit the record"), [
            k.b([.character("f")], .filterWithoutAnything, k.t("sans solution", "unplaced"), k.t("Seulement celles et ceux sans rien encore", "Only those with nothing yet")),
            k.b([.character("p")], .changeTrack, nil, k.t("Changer de parcours (stage / alternance)", "Change track (internship / work-study)")),
        ])
    }

    /// A student's record.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.detail([
            k.b([.enter], .open, k.t("ouvrir son stage ou contrat", "open placement or contract"), k.t("Ouvrir son stage ou son contrat", "Open their placement or contract")),
            k.b([.character("e")], .edit, k.t("modifier", "edit"), k.t("Modifier la fiche", "Edit the record")),
            k.b([.character("p")], .changeTrack, nil, k.t("Changer de parcours (stage / alternance)", "Change track (internship / work-study)")),
        ])
    }

    /// What an action does to one student, from its list row or its detail.
    static func act(_ action: Action, _ login: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        switch action {
        case .new:
            EditorUpdate.open(StudentEditor.make(nil, state), &state)
            return []
        case .filterWithoutAnything:
            state.students.withoutAnything.toggle()
            state.filtersChanged()
            return []
        default:
            break
        }
        guard let login, let student = state.data.students[login] else { return [] }
        switch action {
        case .open: state.layers.append(.studentDetail(login: login, scroll: 0))
        case .edit: EditorUpdate.open(StudentEditor.make(student, state), &state)
        case .changeTrack:
            let next: Track = student.track == .stage ? .alternance : .stage
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t("Changer de parcours ?", "Change track?"),
                message: t("\(student.fullName) passe en parcours « \(next.label.fr) ».",
                           "\(student.fullName) moves to the “\(next.label.en)” track."),
                buttons: [t("Changer", "Change"), t("Annuler", "Cancel")], selected: 1),
                purpose: .changeTrack(login: login))))
        default: break
        }
        return []
    }

    /// Enter on a record: the student's placement (the current one, or the latest), or their contract.
    static func openTheirs(_ login: String, _ state: inout AppState) {
        if let placement = state.data.activePlacement(of: login)
            ?? state.data.placements.values.filter({ $0.studentLogin == login }).max(by: { $0.start < $1.start }),
           state.data.students[login]?.track != .alternance || state.data.alternance(of: login) == nil {
            state.layers.append(.placementDetail(id: placement.id, scroll: 0))
        } else if let contract = state.data.alternance(of: login) {
            state.layers.append(.alternanceDetail(id: contract.id, scroll: 0))
        } else {
            state.status = StatusMessage(text: state.t("Ni stage ni contrat pour l'instant.", "No placement nor contract yet."),
                                         tone: .info)
        }
    }
}
