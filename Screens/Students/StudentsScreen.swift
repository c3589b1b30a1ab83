import StagesCore
import TerminalKit

/// The students: the list and a record share the actions on one student.
/// Their views are StudentsView (the list) and DetailView.student (one record).
enum StudentsScreen {
    /// The students list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.list(open: k.t(Strings.Students.openTheRecord), new: (k.t(Strings.Common.newText), k.t(Strings.Students.newStudent)),
               edit: k.t(Strings.Students.editTheRecord), [
            k.b([.character("f")], .filterWithoutAnything, k.t(Strings.Students.unplaced), k.t(Strings.Students.onlyThoseWithNothingYet)),
            k.b([.character("c")], .filterGroup, k.t(Strings.Students.group).lowercased(), k.t(Strings.Students.filterByGroup)),
            k.b([.character("t")], .sort, nil, k.t(Strings.App.sortByColumn)),
            k.b([.character("i")], .filterSituation, nil, k.t(Strings.Students.filterBySituation)),
        ] + k.resetFilters + [
            k.b([.character("p")], .changeTrack, nil, k.t(Strings.Students.changeTrackInternshipWorkStudy)),
        ])
    }

    /// A student's record.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.detail([
            k.b([.enter], .open, k.t(Strings.Students.openPlacementOrContract), k.t(Strings.Students.openTheirPlacementOrContract)),
            k.b([.character("e")], .edit, k.t(Strings.Common.edit), k.t(Strings.Students.editTheRecord)),
            k.b([.character("p")], .changeTrack, nil, k.t(Strings.Students.changeTrackInternshipWorkStudy)),
        ])
    }

    /// What an action does to one student, from its list row or its detail.
    static func act(_ action: Action, _ login: String?, _ state: inout AppState) -> [Effect] {
        let t = state.translate
        switch action {
        case .new:
            EditorUpdate.open(StudentEditor.make(nil, state), &state)
            return []
        case .filterWithoutAnything:
            state.students.withoutAnything.toggle()
            state.filtersChanged()
            return []
        case .filterGroup, .filterSituation:
            FilterPicker.open(action == .filterGroup ? .studentGroup : .studentSituation, &state)
            return []
        case .resetFilters:
            state.resetFilters()
            return []
        default:
            break
        }
        guard let login, let student = state.data.students[login] else { return [] }
        switch action {
        case .open: state.layers.append(.studentDetail(login: login, scroll: 0))
        case .edit: EditorUpdate.open(StudentEditor.make(student, state), &state)
        case .changeTrack:
            // The change is tried on a copy first: the question says what it does to the other record, or why it cannot be.
            var changed = student, preview = state.data
            changed.track = student.track == .stage ? .alternance : .stage
            do {
                try preview.save(changed, by: state.actor, at: state.now)
            } catch {
                state.status = StatusMessage(text: t(error.message), tone: .error)
                return []
            }
            let consequence = trackChangeConsequence(login, before: state.data, after: preview).map { "\n" + t($0) } ?? ""
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t(Strings.Students.changeTrack),
                message: t(Strings.Students.movesToTrack(student.fullName, changed.track.label)) + consequence,
                buttons: [t(Strings.Students.change), t(Strings.Common.cancel)], selected: 1),
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
            state.status = StatusMessage(text: state.t(Strings.Students.noPlacementNorContractYet),
                                         tone: .info)
        }
    }
}

extension StudentsScreen {
    /// What a change of track does to the student's other record, read from the change tried on a copy.
    static func trackChangeConsequence(_ login: String, before: Dataset, after: Dataset) -> LocalizedText? {
        if let request = before.currentPlacement(of: login), after.placements[request.id]?.status == .cancelled {
            return Strings.Students.requestWillBeCancelled(request.status.label)
        }
        if let contract = before.alternance(of: login), after.students[login]?.track == .stage {
            return Strings.Students.contractStaysRecorded(contract.status.label)
        }
        return nil
    }
}
