import Foundation
import StagesCore
import StagesStore
import TerminalKit

/// The one place the state changes: a message in, the new state and the
/// effects for the runtime out. No file, no terminal.
enum Update {
    static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        let effects = respond(&state, msg)
        // Quitting asks for nothing more; otherwise what the next screen lacks is asked for.
        guard !effects.contains(where: { if case .quit = $0 { true } else { false } }) else { return effects }
        return effects + CatalogUpdate.needs(state)
    }

    private static func respond(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .started: return []
        case .offersListed(let query, let ids, let complete):
            CatalogUpdate.listed(query, OfferCatalogState.Listed(ids: ids, complete: complete), &state)
            return []
        case .offersSummarized(let words, let summary):
            CatalogUpdate.summarized(words: words, summary, &state)
            return []
        case .offersTakenIn(let asked, let offers):
            CatalogUpdate.takenIn(asked: asked, offers, &state)
            return []
        case .offersUnavailable(let error):
            CatalogUpdate.unavailable(error, &state)
            return []
        case .interrupt: return StudentUpdate.leave(&state) + EditorUpdate.keepDrafts(state) + [.quit(status: 130)]
        case .terminate: return StudentUpdate.leave(&state) + EditorUpdate.keepDrafts(state) + [.quit(status: 143)]
        case .resized(let size):
            state.size = size
            state.clampSelections()
            return []
        case .tick:
            return state.unsaved ? [.save(state.data)] : [.refresh(force: false)]
        case .catchUp:
            // After a failed save our records are not on disk yet: reading theirs over them would lose ours.
            return state.unsaved ? [] : [.refresh(force: false)]
        case .saved(let outcome):
            let form = state.formBeingSaved
            state.formBeingSaved = nil
            // Without others' changes the store now holds exactly what we adopted before saving.
            if outcome.othersChanged || !outcome.conflicts.isEmpty {
                state.adopt(outcome.dataset)
                state.clampSelections()
                StudentUpdate.syncForms(&state)
            }
            state.unsaved = false
            state.offline = false
            if let form, let record = form.record,
               outcome.conflicts.contains(where: { $0.collection == record.collection && $0.id == record.id }) {
                return EditorUpdate.reopenAfterConflict(form, &state)
            }
            if !outcome.conflicts.isEmpty {
                let what = outcome.conflicts.map { "\($0.collection)/\($0.id)" }.joined(separator: ", ")
                state.status = StatusMessage(text: state.t(Strings.App.conflict(what, store: state.storeName)),
                    tone: .warning)
            } else if let warning = outcome.compactionWarning {
                state.status = StatusMessage(text: state.t(warning), tone: .warning)
            }
            return []
        case .saveFailed(let error):
            state.unsaved = true
            state.offline = error.isOffline
            state.status = StatusMessage(text: state.t(error.message), tone: .error)
            return []
        case .reloadFailed(let error):
            state.offline = error.isOffline
            state.status = StatusMessage(text: state.t(Strings.App.cannotReload) + state.t(error.message), tone: .error)
            return []
        case .draftKept:
            if !state.actor.isCoordinator, state.tab == .request { state.requestDraftKept = state.now }
            // Kept as typed: nothing to say at every keystroke.
            return []
        case .draftSaveFailed(let error):
            state.status = StatusMessage(text: state.t(Strings.App.draftNotKept) + state.t(error.message), tone: .error)
            return []
        case .conventionPrinted(let id, let amendment, let draft, let path):
            return ConventionUpdate.printed(id, amendment: amendment, draft: draft, path: path, &state)
        case .conventionNotPrinted(let reason):
            return ConventionUpdate.refused(reason, &state)
        case .reloaded(let data, let changed):
            state.offline = false
            state.catalog?.failed = false
            if let changed { state.adopt(data, changed: changed) } else { state.adopt(data) }
            state.clampSelections()
            StudentUpdate.syncForms(&state)
            state.status = StatusMessage(text: state.t(Strings.App.dataReloaded), tone: .info)
            return []
        case .key(let key):
            // Under the smallest size only the "too small" message shows: no key may act unseen.
            guard state.size.width >= Size.minimum.width, state.size.height >= Size.minimum.height else { return [] }
            if key != .resize { state.status = nil }
            state.catalog?.failed = false
            return handle(key, &state)
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch (state.screen, state.layers.last) {
        case (.editor, .editor(let editor)?): return EditorUpdate.handle(key, editor, &state)
        case (.dialog, .dialog(let dialog)?): return DialogUpdate.handle(key, dialog, &state)
        case (.help, .help(let scroll)?): return HelpScreen.handle(key, scroll: scroll, &state)
        case (.chooser, .chooser(let chooser)?): return Chooser.handle(key, chooser, &state)
        case (.picker, .picker(let picker)?): return FilterPicker.handle(key, picker, &state)
        case (.offerDetail, let layer?), (.placementDetail, let layer?), (.alternanceDetail, let layer?),
             (.studentDetail, let layer?), (.organizationDetail, let layer?):
            return DetailUpdate.handle(key, layer, &state)
        case (.studentForm, _): return StudentUpdate.handle(key, &state)
        default: return ListUpdate.handle(key, &state)
        }
    }

    /// Applies a change through the model, which checks who may make it;
    /// on success the new records are adopted and saved, on refusal the
    /// reason goes to the status line and nothing changes. A status change
    /// (`undoable`) is kept with every record it touched, for `u` to take back.
    static func change(_ state: inout AppState, message: String, undoable: Bool = false,
                       _ body: (inout Dataset) throws(ModelError) -> LocalizedText?) -> [Effect] {
        // An archived year is browsed and printed from, never changed.
        if state.data.programme.archivedOn != nil {
            state.status = StatusMessage(text: state.t(Strings.App.archiveReadOnly(state.data.programme.academicYearLabel)), tone: .error)
            return []
        }
        // Changed in place, the records it touches remembered as they were: a copy of the
        // tables to compare with would cost more than the change (100 ms at 100 000 offers).
        let logged = state.data.changeLog.count
        state.index.letGoOfRecords()
        state.data.keepPriors()
        do {
            let notice = try body(&state.data)
            let before = state.data.takePriors()
            let touched = state.data.changeLog[logged...]
            if undoable { UndoUpdate.keep(from: before, to: state.data, touched: touched, &state) }
            state.reindex(changed: Array(touched), before: before)
            CatalogUpdate.changed(Array(touched), before: before, &state)
            state.clampSelections()
            state.status = StatusMessage(text: notice.map { state.t($0) } ?? message, tone: notice == nil ? .success : .warning)
            return [.save(state.data)]
        } catch {
            state.data.revertToPriors()
            state.reindex(changed: [], before: state.data)  // holds the records again
            state.status = StatusMessage(text: state.t(error.message), tone: .error)
            return []
        }
    }

    /// Global actions shared by lists and details.
    /// `key` is the key pressed, which names the tab of `goToTab`.
    static func global(_ action: Action, _ key: Key, _ state: inout AppState) -> [Effect]? {
        switch action {
        case .quit:
            if state.unsaved {
                state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                    title: state.t(Strings.App.quitQuestion),
                    message: state.t(Strings.App.theLastSaveFailedChanges),
                    buttons: [state.t(Strings.App.quitTitle), state.t(Strings.App.stay)], selected: 1), purpose: .quit)))
                return []
            }
            return StudentUpdate.leave(&state) + [.quit(status: 0)]
        case .help:
            state.layers.append(.help(scroll: 0))
            return []
        case .goToTab:
            guard let tab = Keymaps.tab(for: key, state) else { return [] }
            state.layers.removeAll()
            state.tab = tab
            state.clampSelections()
            return []
        case .open where state.tab == .situation:
            state.tab = state.data.students[state.actor.login]?.track == .alternance ? .declaration : .request
            return []
        case .nextTab, .previousTab:
            state.layers.removeAll()
            let tabs = state.tabs
            let step = action == .nextTab ? 1 : tabs.count - 1
            state.tab = tabs[((tabs.firstIndex(of: state.tab) ?? 0) + step) % tabs.count]
            state.clampSelections()
            return []
        case .refresh:
            return state.unsaved ? [.save(state.data)] : [.refresh(force: true)]
        case .undo:
            return UndoUpdate.undo(&state)
        default:
            return nil
        }
    }
}

extension AppState {
    /// Rows a list shows on this window: everything but the chrome and the filter line.
    var listRows: Int { max(1, size.height - 5) }

    /// Keeps the current list's selection inside the list and in view; the
    /// other lists are clamped when shown (their rows are drawn from the selection).
    mutating func clampSelections() {
        let count = rowCount, rows = listRows
        withSelection { $0.clamp(count: count, visibleRows: rows) }
    }

    var now: Date { clock() }
}
