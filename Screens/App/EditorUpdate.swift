import StagesCore
import TerminalKit

/// Keys in a form: typing goes to the focused field, Tab moves, F2 saves,
/// Esc closes (asking first when something would be lost).
enum EditorUpdate {
    /// A form over a list.
    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        [
            k.b([.function(2), .control("s")], .saveForm, k.t(Strings.Common.save), k.t(Strings.App.save)),
        ] + takeTheirsKey(k, k.state.baseLayer.flatMap { if case .editor(let e) = $0 { e } else { nil } }) + linkKeys(k)
            + findingsKey(k, k.state.baseLayer.flatMap { if case .editor(let e) = $0 { e } else { nil } })
            + k.fieldMoves + [
            k.b([.escape], .back, k.t(Strings.Common.close), k.t(Strings.App.closeTheFormAsksWhether)),
            k.help,
            k.b([.control("c")], .quit, nil, k.t(Strings.App.quitAtOnce)),
        ]
    }

    /// F6, on a placement form whose findings take more than the panel's rows.
    static func findingsKey(_ k: SharedKeys, _ editor: Editor?) -> [KeyBinding<Action>] {
        guard let editor, case .placement = editor.kind else { return [] }
        let findings = PlacementEditor.preview(editor, k.state).findings
        guard EditorView.findingLines(findings, of: editor, k.state, width: k.state.size.width - 4).count > EditorView.findingRows
        else { return [] }
        return [k.b([.function(6)], .nextFindings, nil, k.t(Strings.Chrome.nextFindings))]
    }

    /// F4, only while someone else's value is shown beside ours in `editor`.
    static func takeTheirsKey(_ k: SharedKeys, _ editor: Editor?) -> [KeyBinding<Action>] {
        guard let editor, !editor.theirs.isEmpty else { return [] }
        return [k.b([.function(4)], .takeTheirs, k.t(Strings.App.takeTheirs), k.t(Strings.App.takeTheirValueForThisField))]
    }

    /// The focused field takes the other value shown under it.
    static func takeTheirs(_ editor: inout Editor, _ state: inout AppState) {
        if let id = editor.form.focusedField?.id, let value = editor.theirs.removeValue(forKey: id) {
            editor.form[id]?.setValue(value)
            refreshMessages(&editor, state)
        } else {
            state.status = StatusMessage(text: state.t(Strings.App.noOtherValueHere), tone: .info)
        }
    }

    /// F3 where the form links to an organisation: search it, or create it.
    private static func linkKeys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        guard case .editor(let editor)? = k.state.baseLayer else { return [] }
        if case .alternance = editor.kind { return searchKeys(k, editor, organization: Strings.Alternance.chooseTheEmployer) }
        guard linkField(editor) != nil else { return [] }
        return searchKeys(k, editor, organization: Strings.Organizations.chooseWithASearch)
    }

    /// Chooses `id` in choice `field`, whose options stand for `ids` (after a "none" first when `afterNone`).
    static func choose(_ id: String, in field: String, among ids: [String], afterNone: Bool = false, _ editor: inout Editor,
                       _ state: AppState) {
        guard let index = ids.firstIndex(of: id), let at = editor.form.fields.firstIndex(where: { $0.id == field }),
              case .choice(var choice) = editor.form.fields[at].input else { return }
        choice.selected = index + (afterNone ? 1 : 0)
        editor.form.fields[at].input = .choice(choice)
        editor.touched.insert(field)
        refreshMessages(&editor, state)
    }

    /// F3 in a form that may search: on a placement's offer, the offer; elsewhere, the organisation (`organization`
    /// says what choosing one does). Not in a form that can no longer be changed.
    static func searchKeys(_ k: SharedKeys, _ editor: Editor?, organization: LocalizedText) -> [KeyBinding<Action>] {
        guard let editor, editor.form.fields.contains(where: { !$0.readOnly }) else { return [] }
        if let focused = editor.form.focusedField, !focused.readOnly {
            if focused.id == PlacementField.offer.rawValue {
                return [k.b([.function(3)], .chooseOffer, k.t(Strings.Organizations.search), k.t(Strings.Placements.searchAnOffer))]
            }
            if focused.id == PlacementField.student.rawValue {
                return [k.b([.function(3)], .chooseStudent, k.t(Strings.Organizations.search), k.t(Strings.Common.chooseTheStudentWithASearch))]
            }
        }
        return [k.b([.function(3)], .chooseOrganization, k.t(Strings.Organizations.search), k.t(organization))]
    }

    /// The id of the form's organisation link, when it has one.
    static func linkField(_ editor: Editor) -> String? {
        let id: String? = switch editor.kind {
        case .placement: PlacementField.organization.rawValue
        case .offer: OfferField.organization.rawValue
        default: nil
        }
        return id.flatMap { editor.form[$0] == nil ? nil : $0 }
    }

    /// Puts the organisation `id` in the link of the form on top, the choice rebuilt
    /// so that an organisation just created is among its options.
    static func link(organization id: String, _ state: inout AppState) {
        guard case .editor(var editor)? = state.layers.last, let field = linkField(editor),
              let current = editor.form[field] else { return }
        let linked: String? = switch editor.kind {
        case .placement(let placementID?): state.data.placements[placementID]?.organizationID
        case .offer(let offerID?): state.data.offers[offerID]?.organizationID
        default: nil
        }
        editor.form[field] = OrganizationLink.field(field, current.label, selected: id, linked: linked, state)
        editor.touched.insert(field)
        refreshMessages(&editor, state)
        state.layers[state.layers.count - 1] = .editor(editor)
        state.status = StatusMessage(text: state.t(Strings.Organizations.organisationLinked), tone: .success)
    }

    static func handle(_ key: Key, _ editor: Editor, _ state: inout AppState) -> [Effect] {
        var editor = editor
        let action = Keymaps.action(for: key, in: .editor, state, typing: editor.isTyping)
        switch action {
        case .saveForm:
            return save(editor, &state)
        case .takeTheirs:
            takeTheirs(&editor, &state)
            state.layers[state.layers.count - 1] = .editor(editor)
            return []
        case .chooseOrganization:
            let employer = if case .alternance = editor.kind { true } else { false }
            state.layers.append(.chooser(Chooser(purpose: employer ? .employer : .link)))
            return []
        case .chooseOffer, .chooseStudent:
            state.layers.append(.chooser(Chooser(purpose: action == .chooseOffer ? .offer : .student)))
            return []
        case .nextFindings:
            editor.findingsShown += 1
            state.layers[state.layers.count - 1] = .editor(editor)
            return []
        case .help:
            state.layers.append(.help(scroll: 0))
            return []
        case .quit:
            return Update.update(&state, .interrupt)
        case .back:
            if editor.isModified {
                state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                    title: state.t(Strings.App.closeTheForm),
                    message: state.t(Strings.App.someChangesAreNotSaved),
                    buttons: [state.t(Strings.App.save), state.t(Strings.App.discard), state.t(Strings.App.keepEditing)],
                    selected: 0), purpose: .closeEditor)))
            } else {
                state.layers.removeLast()
            }
            return []
        default:
            break
        }
        let before = editor.form.focusedField?.id
        let offer = OfferPrefill.chosen(editor)
        let response = editor.form.handle(key, viewport: formViewport(state))
        if let before { editor.touched.insert(before) }
        OfferPrefill.follow(&editor, from: offer, state)
        if response != .ignored { refreshMessages(&editor, state) }
        state.layers[state.layers.count - 1] = .editor(editor)
        return []
    }

    /// A form ready to show: editing an existing record shows its problems at once.
    /// What was typed in this form when the program was last interrupted comes back with it.
    static func open(_ editor: Editor, _ state: inout AppState) {
        var editor = editor
        switch editor.kind {
        case .offer(let id?), .placement(let id?), .alternance(let id?), .student(let id?), .organization(let id?):
            editor.showAll = !id.isEmpty
        default: break
        }
        if let draft = state.editorDrafts[editor.draftKey] {
            editor.restore(draft)
            state.status = StatusMessage(text: state.t(Strings.App.interruptedInputRestoredF2Saves), tone: .info)
        }
        refreshMessages(&editor, state)
        state.layers.append(.editor(editor))
    }

    /// On Ctrl-C or SIGTERM: every open form with changes is kept as typed, to come back when reopened.
    static func keepDrafts(_ state: AppState) -> [Effect] {
        state.layers.compactMap { layer in
            guard case .editor(let editor) = layer, editor.isModified else { return nil }
            return .saveDraft(login: "\(state.actor.login).\(editor.draftKey)", fields: editor.values)
        }
    }

    /// A form saved or dropped leaves no draft behind.
    static func forgetDraft(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        guard state.editorDrafts.removeValue(forKey: editor.draftKey) != nil else { return [] }
        return [.removeDraft(login: "\(state.actor.login).\(editor.draftKey)")]
    }

    /// The rows and columns the form is drawn in (see EditorView).
    static func formViewport(_ state: AppState) -> Size {
        Size(width: state.size.width - 4, height: max(1, state.size.height - 5 - EditorView.panelHeight))
    }

    static func refreshMessages(_ editor: inout Editor, _ state: AppState) {
        editor.show(messages(editor, state))
    }

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        var messages = ruleMessages(editor, state)
        for (id, value) in editor.theirs { messages[id] = (state.t(Strings.App.alsoChangedElsewhere(value)), true) }
        return messages
    }

    private static func ruleMessages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        switch editor.kind {
        case .offer: OfferEditor.messages(editor, state)
        case .placement: PlacementEditor.messages(editor, state)
        case .alternance: AlternanceEditor.messages(editor, state)
        case .student: StudentEditor.messages(editor, state)
        case .organization: OrganizationEditor.messages(editor, state)
        case .placementRupture, .alternanceRupture:
            SmallForms.readRupture(editor, state).1.mapValues { ($0, true) }
        case .fillOffer: [:]
        case .signatures: SignatureForm.read(editor, state).problems.mapValues { ($0, true) }
        }
    }

    /// Saves what the form describes. Errors of reading or of the rules keep
    /// the form open with every message shown; a placement is saved even with
    /// rule errors, as a draft is allowed to be incomplete.
    static func save(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        var editor = editor
        // Saving again with others' values shown keeps ours for those fields.
        editor.theirs = [:]
        let merged = catchUp(&editor, state)
        editor.showAll = true
        let messages = messages(editor, state)
        editor.show(messages)
        if !merged.conflicting.isEmpty { return askToChoose(editor, merged.conflicting, &state) }
        let effects = write(editor, messages, &state)
        if !effects.isEmpty, !merged.adopted.isEmpty, var status = state.status {
            status.text += " " + state.t(Strings.App.withOthersChanges(merged.adopted.count))
            state.status = status
        }
        if !effects.isEmpty, editor.record != nil { state.formBeingSaved = editor }
        return effects
    }

    /// Brings into the form what others saved on its record since it last looked.
    static func catchUp(_ editor: inout Editor, _ state: AppState) -> FieldMerge.Outcome {
        guard let current = currentValues(of: editor, state) else { return FieldMerge.Outcome() }
        return FieldMerge.merge(&editor, current: current)
    }

    /// The values a form opened now on the same record would show.
    private static func currentValues(of editor: Editor, _ state: AppState) -> [String]? {
        let fresh: Editor? = switch editor.kind {
        case .offer(let id?): state.data.offers[id].map { OfferEditor.make($0, state) }
        case .placement(let id?): state.data.placements[id].map { PlacementEditor.make($0, state) }
        case .alternance(let id?): state.data.alternances[id].map { AlternanceEditor.make($0, state) }
        case .student(let login?): state.data.students[login].map { StudentEditor.make($0, state) }
        case .organization(let id?): state.data.organizations[id].map { OrganizationEditor.make($0, state) }
        default: nil
        }
        return fresh?.original
    }

    /// Someone else changed some of the fields we changed: the form stays open
    /// with both values, on the first of them, for the user to choose.
    private static func askToChoose(_ editor: Editor, _ fields: [String], _ state: inout AppState) -> [Effect] {
        var editor = editor
        if let first = editor.form.fields.first(where: { fields.contains($0.id) }) {
            editor.form.focus(on: first.id, viewport: formViewport(state))
        }
        state.layers[state.layers.count - 1] = .editor(editor)
        state.status = StatusMessage(text: state.t(Strings.App.alsoChangedByOthers(fields.count)), tone: .warning)
        return []
    }

    /// The store found that someone saved the record of the form just saved, in
    /// the instant between our last look and our save: the form comes back over
    /// the screen and is merged with their version like any other.
    static func reopenAfterConflict(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        state.layers.append(.editor(editor))
        return save(editor, &state)
    }

    /// Writes what the form describes, once it is merged with others' changes.
    private static func write(_ editor: Editor, _ messages: [String: (text: String, isError: Bool)],
                              _ state: inout AppState) -> [Effect] {
        let blocking = messages.filter(\.value.isError)
        let actor = state.actor, now = state.now
        let t = state.translate
        let effects: [Effect]
        switch editor.kind {
        case .placement:
            let (placement, organization, problems) = PlacementEditor.read(editor, state)
            guard problems.isEmpty else { return keep(editor, problems, &state) }
            effects = close(editor, &state, message: t(Strings.App.requestSaved)) { data throws(ModelError) in
                if let organization, data.organizations[organization.id] != organization { try data.save(organization, by: actor, at: now) }
                try data.save(placement, by: actor, at: now)
                return nil
            }
        case .offer:
            guard blocking.isEmpty else { return keep(editor, blocking, &state) }
            let (offer, _) = OfferEditor.read(editor, state)
            effects = close(editor, &state, message: t(Strings.App.offerSaved)) { data throws(ModelError) in
                try data.save(offer, by: actor, at: now)
                return nil
            }
        case .alternance:
            guard blocking.isEmpty else { return keep(editor, blocking, &state) }
            effects = AlternanceEditor.save(editor, &state)
        case .student:
            guard blocking.isEmpty else { return keep(editor, blocking, &state) }
            effects = StudentEditor.save(editor, &state)
        case .organization:
            guard blocking.isEmpty else { return keep(editor, blocking, &state) }
            effects = OrganizationEditor.save(editor, &state)
        case .placementRupture(let id), .alternanceRupture(let id):
            let (rupture, problems) = SmallForms.readRupture(editor, state)
            guard let rupture, problems.isEmpty else { return keep(editor, problems, &state) }
            let isPlacement = if case .placementRupture = editor.kind { true } else { false }
            effects = close(editor, &state, message: t(Strings.App.ruptureRecorded), undoable: true) { data throws(ModelError) in
                if isPlacement {
                    try data.transitionPlacement(id, to: .broken, by: actor, at: now, rupture: rupture)
                    return nil
                }
                return try data.transitionAlternance(id, to: .broken, by: actor, at: now, rupture: rupture)
            }
        case .signatures(let id, let amendment):
            effects = SignatureForm.save(editor, placement: id, amendment: amendment, &state)
        case .fillOffer(let id):
            let chosen = FormReader<FillOfferField>(editor.form, state.language).choice(.student)
            let login = chosen == 0 ? nil : PlacementEditor.students(state)[safe: chosen - 1]?.login
            effects = close(editor, &state, message: t(Strings.App.offerFilled), undoable: true) { data throws(ModelError) in
                try data.transitionOffer(id, to: .filled, filledBy: login, by: actor, at: now)
                return nil
            }
        }
        return effects
    }

    /// Leaves the form open with its messages and says how many fields need care.
    static func keep(_ editor: Editor, _ blocking: [String: some Any], _ state: inout AppState) -> [Effect] {
        var editor = editor
        let count = blocking.count
        if let first = editor.form.fields.first(where: { blocking[$0.id] != nil }) {
            editor.form.focus(on: first.id, viewport: formViewport(state))
        }
        state.layers[state.layers.count - 1] = .editor(editor)
        state.status = StatusMessage(text: state.t(Strings.Common.fieldsToCorrect(count)), tone: .error)
        return []
    }

    /// Applies the change; the form closes only if the model accepted it.
    static func close(_ editor: Editor, _ state: inout AppState, message: String, undoable: Bool = false,
                              _ body: (inout Dataset) throws(ModelError) -> LocalizedText?) -> [Effect] {
        var effects = Update.change(&state, message: message, undoable: undoable, body)
        if !effects.isEmpty {
            state.layers.removeAll { if case .editor = $0 { true } else { false } }
            showCreated(editor, &state)
            effects += forgetDraft(editor, &state)
        } else {
            state.layers[state.layers.count - 1] = .editor(editor)
        }
        return effects
    }

    /// A record made from a detail (a duplicated offer) is the one shown after saving, not its model.
    private static func showCreated(_ editor: Editor, _ state: inout AppState) {
        guard let last = state.layers.indices.last else { return }
        switch (editor.kind, state.layers[last]) {
        case (.offer(nil), .offerDetail) where state.data.offers[editor.newID] != nil:
            state.layers[last] = .offerDetail(id: editor.newID, scroll: 0)
        case (.placement(nil), .placementDetail) where state.data.placements[editor.newID] != nil:
            state.layers[last] = .placementDetail(id: editor.newID, scroll: 0)
        case (.alternance(nil), .alternanceDetail) where state.data.alternances[editor.newID] != nil:
            state.layers[last] = .alternanceDetail(id: editor.newID, scroll: 0)
        default:
            break
        }
    }
}
