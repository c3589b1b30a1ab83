/// Which screen is showing, worked out in this one place: the key tables, the
/// help, the bottom bar and the dispatch all ask here.
extension Layer {
    /// The screen this layer is.
    var screen: KeyContext {
        switch self {
        case .offerDetail: .offerDetail
        case .placementDetail: .placementDetail
        case .alternanceDetail: .alternanceDetail
        case .studentDetail: .studentDetail
        case .editor: .editor
        case .dialog: .dialog
        case .help: .help
        }
    }
}

extension AppState {
    /// The screen that gets the keys: the top layer's, or the tab's.
    var screen: KeyContext { layers.last?.screen ?? tabScreen }

    /// The screen the bottom bar and the help overlay describe: the one under the help while it is open.
    var describedScreen: KeyContext {
        layers.last { if case .help = $0 { false } else { true } }?.screen ?? tabScreen
    }

    /// The tab's own screen: a list (or its search box), a scrolling page, or the student's form when there is one.
    private var tabScreen: KeyContext {
        switch tab {
        case .request where request != nil, .declaration where declaration != nil: .studentForm(tab)
        default: searchBox.isActive ? .search(tab) : .list(tab)
        }
    }
}

extension AppState {
    /// The lines of the scrolling page in view (a record, the dashboard, the situation); nil on other screens.
    var pageLineCount: Int? {
        let width = size.width
        switch layers.last(where: { if case .help = $0 { false } else { true } }) {
        case .offerDetail(let id, _)?: return DetailView.offer(id, self, width: width).count
        case .placementDetail(let id, _)?: return DetailView.placement(id, self, width: width).count
        case .alternanceDetail(let id, _)?: return DetailView.alternance(id, self, width: width).count
        case .studentDetail(let login, _)?: return DetailView.student(login, self, width: width).count
        case nil where tab == .dashboard: return DashboardView.lines(self, width: width).count
        case nil where tab == .situation: return SituationView.lines(self, width: width).count
        default: return nil
        }
    }

    /// The rows a scrolling page is drawn in: the window less the header, the tabs and the status line.
    var pageRows: Int { max(1, size.height - 3) }

    /// Whether the page in view is longer than the window, so the scrolling keys have something to do.
    var pageScrolls: Bool { (pageLineCount ?? 0) > pageRows }
}
