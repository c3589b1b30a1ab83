import StagesCore
import TerminalKit

/// The placements: the list and a placement's detail share the actions on one placement.
/// Their views are PlacementsView (the list) and DetailView.placement (one record).
enum PlacementsScreen {
    /// The placements list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        possible(k.list(open: k.t(Strings.Placements.openThePlacement), new: (k.t(Strings.Common.newText), k.t(Strings.Placements.newPlacementForAStudent)),
               edit: k.t(Strings.Placements.editThePlacement), [
            k.b([.character("s")], .filterStatus, k.t(Strings.Common.statusShort), k.t(Strings.Common.filterByStatus)),
            k.b([.character("t")], .sort, nil, k.t(Strings.App.sortByColumn)),
        ] + k.resetFilters + [
            k.b([.character("v")], .validate, k.t(Strings.Placements.validate), k.t(Strings.Placements.validateTheRequest)),
            k.b([.character("r")], .sendBack, k.t(Strings.Placements.sendBack), k.t(Strings.Placements.sendBackWithAComment)),
            k.b([.character("S")], .recordSignatures, nil, k.t(Strings.Convention.signaturesHelp)),
        ]), k)
    }

    /// A placement.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        possible(k.detail([
            k.b([.character("v")], .validate, k.t(Strings.Placements.validate), k.t(Strings.Placements.validateTheRequest)),
            k.b([.character("r")], .sendBack, k.t(Strings.Placements.sendBack), k.t(Strings.Placements.sendBackWithARequiredComment)),
            k.b([.character("c")], .printConvention, k.t(Strings.Convention.printHint), k.t(Strings.Convention.printHelp)),
            k.b([.character("C")], .printAmendment, nil, k.t(Strings.Convention.printAmendmentHelp)),
            k.b([.character("S")], .recordSignatures, k.t(Strings.Convention.signaturesHint), k.t(Strings.Convention.signaturesHelp)),
            k.b([.character("O")], .markOngoing, nil, k.t(Strings.Common.markOngoing)),
            k.b([.character("T")], .markCompleted, nil, k.t(Strings.Common.markCompleted)),
            k.b([.character("A")], .cancel, nil, k.t(Strings.Placements.cancelThePlacement)),
            k.b([.character("B")], .breakOff, nil, k.t(Strings.Placements.breakOffDateAndReason)),
            k.b([.character("e")], .edit, k.t(Strings.Common.edit), k.t(Strings.Placements.editThePlacement)),
        ]), k)
    }

    /// Only the moves this placement's workflow has from where it stands; signatures once
    /// the request is validated, avenants only where there are some.
    private static func possible(_ bindings: [KeyBinding<Action>], _ k: SharedKeys) -> [KeyBinding<Action>] {
        let placement = k.recordID.flatMap { k.state.data.placements[$0] }
        let moves = k.possible(bindings, from: placement?.status, [
            .validate: .validated, .sendBack: .returned, .markOngoing: .ongoing,
            .markCompleted: .completed, .cancel: .cancelled, .breakOff: .broken,
        ]) { $0.canMove(to: $1) }
        guard let placement else { return moves }
        return moves.filter {
            switch $0.action {
            case .recordSignatures: placement.status.isPastValidation
            case .printAmendment: !(placement.convention?.amendments.isEmpty ?? true)
            default: true
            }
        }
    }

    /// What an action does to one placement, from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t = state.translate
        switch action {
        case .new:
            EditorUpdate.open(PlacementEditor.make(nil, state), &state)
            return []
        case .filterStatus:
            FilterPicker.open(.placementStatus, &state)
            return []
        case .resetFilters:
            state.resetFilters()
            return []
        default:
            break
        }
        guard let id, let placement = state.data.placements[id] else { return [] }
        if action == .validate, let org = state.data.organizations[placement.organizationID], state.data.isTypedByStudent(org) {
            // The organisation the student typed is settled first: linked to a known one, or kept.
            state.layers.append(.chooser(Chooser(purpose: .validate(placementID: id))))
            return []
        }
        if action == .validate {
            let findings = state.index.facts.findings(id)
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t(Strings.Placements.validateTheRequestQuestion),
                message: t(Strings.Placements.requestWillBeValidated(of: state.fullName(placement.studentLogin),
                                                                      at: state.organizationName(placement.organizationID),
                                                                      errors: findings.errors.count, warnings: findings.warnings.count)),
                buttons: [t(Strings.Placements.validateIt), t(Strings.Common.cancel)]),
                purpose: .validatePlacement(id: id))))
            return []
        }
        let transitions: [Action: (PlacementStatus, String)] = [
            .markOngoing: (.ongoing, t(Strings.Placements.placementOngoing)),
            .markCompleted: (.completed, t(Strings.Placements.placementCompleted)),
        ]
        if let (next, message) = transitions[action] {
            return Update.change(&state, message: message, undoable: true) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionPlacement(id, to: next, by: actor, at: now)
                return nil
            }
        }
        switch action {
        case .open:
            state.layers.append(.placementDetail(id: id, scroll: 0))
        case .edit:
            EditorUpdate.open(PlacementEditor.make(placement, state), &state)
        case .sendBack:
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t(Strings.Placements.sendTheRequestBack),
                message: t(Strings.Placements.commentReadBy(state.fullName(placement.studentLogin))),
                buttons: [t(Strings.Placements.sendBackTitle), t(Strings.Common.cancel)], input: TextArea(),
                inputLabel: t(Strings.Placements.commentRequiredF2ToSend)),
                purpose: .sendBack(placementID: id))))
        case .cancel:
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t(Strings.Placements.cancelThePlacementQuestion),
                message: t(Strings.Placements.placementWillBeCancelled(of: state.fullName(placement.studentLogin))),
                buttons: [t(Strings.Placements.cancelIt), t(Strings.Placements.keep)], selected: 1),
                purpose: .cancelPlacement(id: id))))
        case .breakOff:
            EditorUpdate.open(SmallForms.rupture(.placementRupture(id: id), state), &state)
        case .recordSignatures where placement.status.isPastValidation:
            EditorUpdate.open(SignatureForm.make(placement, state), &state)
        case .recordSignatures:
            state.status = StatusMessage(text: t(Strings.Convention.notValidatedNoSignature), tone: .info)
        case .printConvention, .printAmendment:
            return ConventionUpdate.print(id, amendment: action == .printAmendment, &state)
        default:
            break
        }
        return []
    }

    /// Validates a request, once confirmed.
    static func validate(_ id: String, _ state: inout AppState) -> [Effect] {
        Update.change(&state, message: state.t(Strings.Placements.requestValidated), undoable: true) { [actor = state.actor, now = state.now] data throws(ModelError) in
            try data.transitionPlacement(id, to: .validated, by: actor, at: now)
            return nil
        }
    }

    /// Validates a request whose organisation a student typed, in one step: the typed
    /// organisation is merged into `known` (its references follow), or kept as a new one.
    static func validate(_ id: String, linkingTo known: String?, _ state: inout AppState) -> [Effect] {
        guard let typed = state.data.placements[id]?.organizationID else { return [] }
        let actor = state.actor, now = state.now
        let message = known == nil ? Strings.Organizations.placementValidatedKept : Strings.Organizations.placementValidatedLinked
        return Update.change(&state, message: state.t(message)) { data throws(ModelError) in
            if let known {
                try data.mergeOrganization(typed, into: known, by: actor, at: now)
            } else {
                try data.adoptOrganization(typed, by: actor, at: now)
            }
            try data.transitionPlacement(id, to: .validated, by: actor, at: now)
            return nil
        }
    }
}
