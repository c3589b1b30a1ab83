import StagesCore
import TerminalKit

/// Draws the whole application: header and tabs, the current tab or the
/// layer over it, the status line, and any dialog or help on top.
enum AppView {
    static func render(_ state: AppState, into canvas: inout Canvas) {
        let bounds = canvas.bounds
        let (chrome, rest) = bounds.splitTop(2)
        let (body, statusRow) = rest.splitBottom(1)
        header(state, into: &canvas, chrome)
        if let base = state.baseLayer {
            if case .editor(let editor) = base {
                EditorView.render(editor, state, into: &canvas, body)
            } else if let lines = base.detailLines(state, width: body.width) {
                DetailView.render(lines, scroll: base.scroll, into: &canvas, body)
            }
        } else {
            switch state.tab {
            case .offers, .placements, .alternance, .students, .organizations:
                state.tab.records?.renderList(state, into: &canvas, body)
            case .dashboard: DashboardView.render(state, into: &canvas, body)
            case .situation: DetailView.render(SituationView.lines(state, width: body.width), scroll: state.situationScroll,
                                               into: &canvas, body)
            case .request: StudentFormView.render(state.request, banner: SituationView.requestBanner(state), state, into: &canvas, body)
            case .declaration: StudentFormView.render(state.declaration, banner: SituationView.declarationBanner(state), state,
                                                      into: &canvas, body)
            }
        }
        statusBar(state, into: &canvas, statusRow)
        switch state.layers.last {
        case .dialog(let layer)?:
            layer.dialog.render(into: &canvas, in: body)
        case .help(let scroll)?:
            HelpScreen.render(state, scroll: scroll, title: screenTitle(state), into: &canvas, body)
        case .picker(let picker)?:
            picker.render(state, into: &canvas, body)
        case .chooser(let chooser)?:
            Chooser.render(chooser, state, into: &canvas, body)
        default:
            break
        }
    }

    static func screenTitle(_ state: AppState) -> String {
        switch state.baseLayer {
        case .offerDetail?: state.t(Strings.Common.offer)
        case .placementDetail?: state.t(Strings.Common.placement)
        case .alternanceDetail?: state.t(Strings.Common.workStudyContract)
        case .studentDetail?: state.t(Strings.Common.student)
        case .organizationDetail?: state.t(Strings.Organizations.organisation)
        case .editor(let editor)?: editor.title
        case .chooser?, .picker?, .dialog?, .help?, nil: state.tab.title(state.language)
        }
    }

    private static func header(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        // An archive says so first: a narrow window cuts the file's name, never that.
        let year = state.data.programme.academicYearLabel
        let right = (state.offline ? state.t(Strings.App.offline).uppercased() + " · " : "")
            + (state.data.programme.archivedOn == nil ? "\(state.storeName) · \(year)"
                : state.t(Strings.App.archiveTitle(year)) + " · \(state.storeName)")
        let left = " stages — " + screenTitle(state)
        let rightWidth = min(DisplayWidth.of(right), max(0, rect.width - DisplayWidth.of(left) - 3))
        canvas.draw(left, x: rect.x, y: rect.y, style: Theme.title, clip: rect)
        canvas.draw(TextLayout.truncate(right, to: rightWidth), x: rect.maxX - rightWidth - 1, y: rect.y, style: Theme.dim, clip: rect)
        // Padded labels when they fit; on a narrow window, closer together so that every tab shows.
        let titles = state.tabs.enumerated().map { "\($0.offset + 1) \($0.element.title(state.language))" }
        let padded = titles.reduce(0) { $0 + DisplayWidth.of($1) + 3 } < rect.width
        var x = rect.x + 1
        for (tab, title) in zip(state.tabs, titles) {
            let label = padded ? " \(title) " : title
            x = canvas.draw(label, x: x, y: rect.y + 1, style: tab == state.tab ? Theme.activeTab : Theme.tab, clip: rect) + (padded ? 1 : 2)
        }
    }

    private static func statusBar(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let hints = Keymaps.bindings(state.screen, state).bindings.compactMap { binding in
            binding.hint.map { (binding.keys[0].label(state.keyNames), $0) }
        }
        StatusBar(hints: hints, message: state.status.map { ($0.text, $0.tone) }).render(into: &canvas, in: rect)
    }
}
