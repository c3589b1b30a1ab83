import StagesCore
import TerminalKit

/// Keys on the student's own forms. What is typed is kept as a draft at
/// every change; leaving the form (another tab, Esc, quitting, Ctrl-C) also
/// saves the request itself whenever it can be read.
enum StudentUpdate {
    /// The student's request or declaration form.
    static func formKeys(_ k: SharedKeys, _ tab: Tab) -> [KeyBinding<Action>] {
        let editor = tab == .request ? k.state.request : k.state.declaration
        let always = [
            k.b([.escape], .back, k.t(Strings.Student.mySituation), k.t(Strings.Student.backToMySituationThe)),
            k.b([.control("r")], .refresh, nil, k.t(Strings.Common.reloadTheDataOthersChanges)),
            k.help,
            k.b([.character("q")], .quit, nil, k.t(Strings.Student.quitWhenNotTypingThe)),
        ] + k.fieldMoves
        // A request submitted (or a contract under way) reads only: nothing to save or submit.
        guard editor?.form.fields.contains(where: { !$0.readOnly }) ?? false else { return always }
        return [
            k.b([.function(2), .control("s")], .saveForm, k.t(Strings.Common.save),
              tab == .request ? k.t(Strings.Student.saveTheDraft) : k.t(Strings.Student.saveTheDeclaration)),
        ] + (tab == .request ? [k.b([.function(5), .control("t")], .submit, k.t(Strings.Student.submit),
                                  k.t(Strings.Student.submitTheRequestToThe))] : [])
            + EditorUpdate.takeTheirsKey(k, tab == .request ? k.state.request : nil)
            + EditorUpdate.findingsKey(k, tab == .request ? k.state.request : nil)
            + EditorUpdate.searchKeys(k, editor, organization: tab == .request ? Strings.Organizations.lookUpAKnownOne
                                                                                : Strings.Alternance.chooseTheEmployer)
            + always
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let tab = state.tab
        guard let editor = tab == .request ? state.request : state.declaration else { return [] }
        let action = Keymaps.action(for: key, in: .studentForm(tab), state, typing: editor.isTyping)
        switch action {
        case .back?:
            let effects = leave(&state)
            state.tab = .situation
            return effects
        case .saveForm?:
            return tab == .request ? saveRequest(&state, announce: true) : saveDeclaration(&state)
        case .submit?:
            // A returned request goes back with a reply to the comment, if the student writes one.
            if StudentForms.placement(state)?.status == .returned, state.request?.theirs.isEmpty ?? true {
                state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                    title: state.t(Strings.Student.submitAgain), message: state.t(Strings.Student.replyToTheComment),
                    buttons: [state.t(Strings.Student.submitButton), state.t(Strings.Common.cancel)], input: TextArea(),
                    inputLabel: state.t(Strings.Student.replyOptional)), purpose: .submitRequest)))
                return []
            }
            // Asked first when it would go (a request it would refuse shows why at once): it cannot be taken back.
            if let editor = state.request, editor.theirs.isEmpty, StudentForms.placement(state)?.status.isEditableByStudent ?? true {
                let preview = PlacementEditor.preview(editor, state)
                if preview.problems.isEmpty, !preview.findings.hasErrors {
                    state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                        title: state.t(Strings.Student.submitTheRequestQuestion), message: state.t(Strings.Student.submittedCannotChange),
                        buttons: [state.t(Strings.Student.submitButton), state.t(Strings.Common.cancel)]), purpose: .submitRequest)))
                    return []
                }
            }
            return submit(&state)
        case .takeTheirs?:
            var edited = editor
            EditorUpdate.takeTheirs(&edited, &state)
            state.request = edited
            return [.saveDraft(login: state.actor.draftName, fields: edited.values)]
        case .nextFindings?:
            state.request?.findingsShown += 1
            return []
        case .chooseOffer?, .chooseOrganization?:
            let purpose: Chooser.Purpose = action == .chooseOffer ? .offer : tab == .declaration ? .employer : .fill
            state.layers.append(.chooser(Chooser(purpose: purpose)))
            return []
        case .quit?, .refresh?, .help?:
            return Update.global(action!, key, &state) ?? []
        default:
            break
        }
        var edited = editor
        let response = edited.form.handle(key, viewport: viewport(state))
        if let before = editor.form.focusedField?.id { edited.touched.insert(before) }
        OfferPrefill.follow(&edited, from: OfferPrefill.chosen(editor), state)
        if response != .ignored { EditorUpdate.refreshMessages(&edited, state) }
        if tab == .request { state.request = edited } else { state.declaration = edited }
        if case .edited = response {
            let name = tab == .request ? state.actor.draftName : state.actor.declarationDraftName
            return [.saveDraft(login: name, fields: edited.values)]
        }
        return []
    }

    /// Fills the request's organisation with a known one (F3): its name, SIRET and address, as if typed.
    static func fill(organization id: String, _ state: inout AppState) -> [Effect] {
        guard var editor = state.request, let org = state.data.organizations[id] else { return [] }
        for (field, text) in OfferPrefill.typed(org) {
            editor.form[field.rawValue]?.setValue(text)
            editor.touched.insert(field.rawValue)
        }
        EditorUpdate.refreshMessages(&editor, state)
        state.request = editor
        state.status = StatusMessage(text: state.t(Strings.Organizations.organisationFilledIn(org.name)), tone: .success)
        return [.saveDraft(login: state.actor.draftName, fields: editor.values)]
    }

    /// After others' changes arrive: a request the coordinator returned (or
    /// validated) meanwhile opens again as it now must, keeping what was typed.
    static func syncForms(_ state: inout AppState) {
        guard !state.actor.isCoordinator else { return }
        let placement = StudentForms.placement(state)
        let editable = placement?.status.isEditableByStudent ?? true
        let formEditable = state.request?.form.fields.contains { !$0.readOnly } ?? false
        if state.request == nil || editable != formEditable {
            state.request = StudentForms.request(state, draft: state.request?.values)
        }
    }

    /// The rows the form has under the banner, its title and the panel.
    static func viewport(_ state: AppState) -> Size {
        let banner = state.tab == .request ? SituationView.requestBanner(state) : SituationView.declarationBanner(state)
        return Size(width: state.size.width - 4, height: max(1, state.size.height - 3 - banner.count - 1 - 2 - EditorView.panelHeight))
    }

    /// Before leaving the forms or quitting: the request is saved as it stands.
    static func leave(_ state: inout AppState) -> [Effect] {
        guard let editor = state.request, editor.form.fields.contains(where: { !$0.readOnly }) else { return [] }
        let (placement, _, problems) = PlacementEditor.read(editor, state)
        guard problems.isEmpty, state.data.placements[placement.id] != placement || editor.isModified else { return [] }
        return saveRequest(&state, announce: false)
    }

    /// Saves the request as a draft (or keeps it returned): rule errors do not block a draft.
    static func saveRequest(_ state: inout AppState, announce: Bool) -> [Effect] {
        guard var editor = state.request else { return [] }
        // The same request saved meanwhile elsewhere (another session of the student's): merged field by field.
        editor.theirs = [:]
        let merged = EditorUpdate.catchUp(&editor, state)
        guard merged.conflicting.isEmpty else {
            editor.showAll = true
            EditorUpdate.refreshMessages(&editor, state)
            state.request = editor
            state.status = StatusMessage(text: state.t(Strings.App.alsoChangedByOthers(merged.conflicting.count)), tone: .warning)
            return []
        }
        let (placement, organization, problems) = PlacementEditor.read(editor, state)
        guard problems.isEmpty else {
            editor.showAll = true
            EditorUpdate.refreshMessages(&editor, state)
            state.request = editor
            if announce {
                state.status = StatusMessage(text: state.t(Strings.Student.draftKeptAsTypedTo)
                                             + editor.form.fields.filter { problems[$0.id] != nil }.map(\.label).joined(separator: ", "),
                                             tone: .warning)
            }
            return []
        }
        let actor = state.actor, now = state.now
        let effects = Update.change(&state, message: state.t(Strings.Student.requestSavedDraft)) {
            data throws(ModelError) in
            // A known organisation is linked as it is; only the student's own typed one changes.
            if let organization, data.organizations[organization.id] != organization { try data.save(organization, by: actor, at: now) }
            let previous = data.placements[placement.id]?.organizationID
            try data.save(placement, by: actor, at: now)
            if let previous, previous != placement.organizationID { data.dropUnusedTypedOrganization(previous, by: actor) }
            return nil
        }
        if !announce, !effects.isEmpty { state.status = nil }
        if let reopened = StudentForms.request(state, draft: editor.values) {
            var kept = reopened
            kept.form = editor.form
            kept.touched = editor.touched
            state.request = kept
        }
        return effects
    }

    /// Saves, then submits; refused while a rule finds an error, which the form then shows.
    /// `reply`: what the student answers the coordinator's comment, kept with the submission (none when empty).
    static func submit(_ state: inout AppState, reply: String = "") -> [Effect] {
        var effects = saveRequest(&state, announce: true)
        // Nothing goes to the coordinator while another version of a field waits for the student's choice.
        guard state.request?.theirs.isEmpty ?? true else { return effects }
        guard let placement = StudentForms.placement(state), placement.status.isEditableByStudent else { return effects }
        let actor = state.actor, now = state.now
        let submitted = Update.change(&state, message: state.t(Strings.Student.requestSubmittedToTheCoordinator)) { data throws(ModelError) in
            try data.transitionPlacement(placement.id, to: .submitted, by: actor, at: now, comment: reply)
            return nil
        }
        guard !submitted.isEmpty else {
            if var editor = state.request {
                editor.showAll = true
                EditorUpdate.refreshMessages(&editor, state)
                if let first = editor.form.fields.first(where: { $0.message != nil && $0.messageIsError }) {
                    editor.form.focus(on: first.id, viewport: viewport(state))
                }
                state.request = editor
            }
            return effects
        }
        effects = submitted + [.removeDraft(login: actor.draftName)]
        state.request = StudentForms.request(state)
        return effects
    }

    static func saveDeclaration(_ state: inout AppState) -> [Effect] {
        guard var editor = state.declaration else { return [] }
        editor.showAll = true
        EditorUpdate.refreshMessages(&editor, state)
        state.declaration = editor
        let (contract, problems) = AlternanceEditor.read(editor, state)
        let blocking = AlternanceEditor.messages(editor, state).filter(\.value.isError)
        guard problems.isEmpty, blocking.isEmpty else {
            state.status = StatusMessage(text: state.t(Strings.Common.fieldsToCorrect(blocking.count)), tone: .error)
            return []
        }
        let actor = state.actor, now = state.now
        let effects = Update.change(&state, message: state.t(Strings.Student.workStudyDeclared)) { data throws(ModelError) in
            try data.save(contract, by: actor, at: now)
        }
        if !effects.isEmpty {
            state.declaration = StudentForms.declaration(state)
            state.request = StudentForms.request(state)
            return effects + [.removeDraft(login: actor.declarationDraftName)]
        }
        return effects
    }
}
