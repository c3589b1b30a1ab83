import StagesCore
import TerminalKit

/// Everything a key can ask for.
enum Action: Hashable, Sendable {
    /// `goToTab` takes the tab from the key pressed: its digit or its function key.
    case quit, help, back, goToTab, nextTab, previousTab, search, refresh
    /// The next findings in a placement form's panel.
    case nextFindings
    /// Arrows, pages, Home/End: handled by the list, the form or the scrolling view.
    case move
    case open, new, edit, duplicate
    case filterDomain, filterStatus, filterCity, sort, filterWithoutAnything
    case filterGroup, filterSituation, resetFilters
    case markFilled, withdraw, reopen
    case validate, sendBack, markSigned, markOngoing, markCompleted, cancel, breakOff
    /// A placement's convention, or its latest avenant, printed as PDF; the form of its signatures.
    case printConvention, printAmendment, recordSignatures
    case changeTrack
    /// Takes back the last status change of the session.
    case undo
    /// Organisations: absorb a duplicate; in a form, pick the linked one with a search, or create it.
    case merge, chooseOrganization, createOrganization
    /// In a placement form, pick the offer with a search; in the coordinator's, the student.
    case chooseOffer, chooseStudent
    case saveForm, submit
    /// In a form, someone else's value for the focused field, shown beside ours.
    case takeTheirs
}

/// Where the keys are being read: each place has its own table, and the
/// help overlay and status bar are drawn from the same table.
enum KeyContext: Equatable {
    case list(Tab), offerDetail, placementDetail, alternanceDetail, studentDetail, organizationDetail, editor, dialog, help
    /// The organisation chooser: what is typed filters it.
    case chooser
    /// A filter's values to tick.
    case picker
    /// A list while its search box takes the keys typed.
    case search(Tab)
    /// The student's own request or declaration form, which is a tab, not a layer.
    case studentForm(Tab)
}

/// Which table is in force on each screen; the tables themselves live with
/// each screen (a RecordScreen for each tab of records), built from SharedKeys.
enum Keymaps {
    /// What only the coordinator may ask for: a student's tables leave these out.
    static let coordinatorOnly: Set<Action> = [
        .new, .edit, .duplicate, .markFilled, .withdraw, .reopen, .validate, .sendBack, .markSigned, .markOngoing,
        .markCompleted, .cancel, .breakOff, .changeTrack, .filterWithoutAnything, .undo, .merge, .chooseStudent,
        .createOrganization, .printConvention, .printAmendment, .recordSignatures,
    ]

    static func bindings(_ context: KeyContext, _ state: AppState) -> Keymap<Action> {
        let all = allBindings(context, state)
        // An archive is read: what would change it is not offered (printing a convention is reading).
        if state.data.programme.archivedOn != nil {
            let changes = coordinatorOnly.subtracting([.printConvention, .printAmendment]).union([.saveForm, .submit])
            return Keymap(all.bindings.filter { !changes.contains($0.action) })
        }
        return state.actor.isCoordinator ? all : Keymap(all.bindings.filter { !coordinatorOnly.contains($0.action) })
    }

    private static func allBindings(_ context: KeyContext, _ state: AppState) -> Keymap<Action> {
        let k = SharedKeys(state: state)
        let table: [KeyBinding<Action>] = switch context {
        case .list(.offers), .list(.placements), .list(.alternance), .list(.students), .list(.organizations):
            context.records?.listKeys(k) ?? []
        case .offerDetail, .placementDetail, .alternanceDetail, .studentDetail, .organizationDetail:
            context.records?.detailKeys(k) ?? []
        case .list(.dashboard): DashboardView.keys(k)
        case .list(.situation): SituationView.keys(k)
        case .studentForm(let tab): StudentUpdate.formKeys(k, tab)
        // The tab says why there is no form: nothing to scroll.
        case .list(.request), .list(.declaration): k.global(nil)
        case .search: ListUpdate.searchKeys(k)
        case .editor: EditorUpdate.keys(k)
        case .chooser: Chooser.keys(k)
        case .picker: FilterPicker.keys(k)
        case .dialog: DialogUpdate.keys(k)
        case .help: HelpScreen.keys(k)
        }
        return Keymap(table)
    }

    /// The action a key asks for in `context`; letters do not count while typing.
    static func action(for key: Key, in context: KeyContext, _ state: AppState, typing: Bool) -> Action? {
        bindings(context, state).action(for: key, typing: typing)
    }

    /// The tab a `goToTab` key names: its digit or its function key.
    static func tab(for key: Key, _ state: AppState) -> Tab? {
        switch key {
        case .character(let c) where c.isASCII && c.isNumber: state.tabs[safe: Int(String(c))! - 1]
        case .function(let n): state.tabs[safe: n - 1]
        default: nil
        }
    }
}
