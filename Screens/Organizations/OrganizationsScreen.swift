import StagesCore
import TerminalKit

/// The organisations, the coordinator's alone: the list and an organisation's
/// record share the actions on one organisation. Their views are
/// OrganizationsView (the list) and DetailView.organization (one record).
enum OrganizationsScreen {
    /// The organisations list.
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.list(open: k.t(Strings.Organizations.openTheOrganisation),
               new: (k.t(Strings.Common.newText), k.t(Strings.Organizations.newOrganisation)),
               edit: k.t(Strings.Organizations.editTheOrganisation), [
            k.b([.character("m")], .merge, nil, k.t(Strings.Organizations.mergeAnother)),
            k.b([.character("t")], .sort, nil, k.t(Strings.App.sortByColumn)),
        ])
    }

    /// An organisation's record.
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        k.detail([
            k.b([.character("e")], .edit, k.t(Strings.Common.edit), k.t(Strings.Organizations.editTheOrganisation)),
            k.b([.character("m")], .merge, k.t(Strings.Organizations.merge), k.t(Strings.Organizations.mergeAnother)),
        ])
    }

    /// What an action does to one organisation, from its list row or its record.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        guard state.actor.isCoordinator else { return [] }
        if action == .new {
            EditorUpdate.open(OrganizationEditor.make(nil, state), &state)
            return []
        }
        guard let id, let org = state.data.organizations[id] else { return [] }
        switch action {
        case .open: state.layers.append(.organizationDetail(id: id, scroll: 0))
        case .edit: EditorUpdate.open(OrganizationEditor.make(org, state), &state)
        case .merge: state.layers.append(.chooser(Chooser(purpose: .merge(into: id))))
        default: break
        }
        return []
    }

    /// Asks before `absorbed` is merged into `kept`, naming both and what will move.
    static func confirmMerge(absorbed: String, into kept: String, _ state: inout AppState) {
        guard let a = state.data.organizations[absorbed], let b = state.data.organizations[kept] else { return }
        let moving = state.data.references(to: absorbed)
        let t = state.translate
        state.layers.append(.dialog(DialogLayer(dialog: Dialog(
            title: t(Strings.Organizations.mergeTitle),
            message: t(Strings.Organizations.mergeMessage(absorbed: a.name, kept: b.name, offers: moving.offers.count,
                                                          placements: moving.placements.count,
                                                          contracts: moving.alternances.count)),
            buttons: [t(Strings.Organizations.mergeButton), t(Strings.Common.cancel)], selected: 1),
            purpose: .mergeOrganizations(absorbed: absorbed, kept: kept))))
    }

    /// Merges once confirmed; the kept organisation's record stays in view.
    static func merge(_ absorbed: String, into kept: String, _ state: inout AppState) -> [Effect] {
        let actor = state.actor, now = state.now
        return Update.change(&state, message: state.t(Strings.Organizations.organisationsMerged)) { data throws(ModelError) in
            try data.mergeOrganization(absorbed, into: kept, by: actor, at: now)
            return nil
        }
    }
}
