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
        case .organizationDetail: .organizationDetail
        case .editor: .editor
        case .chooser: .chooser
        case .picker: .picker
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

extension Layer {
    /// Dialogs and help lie over a screen without being one.
    var isOverlay: Bool {
        switch self {
        case .dialog, .help, .chooser, .picker: true
        default: false
        }
    }

    /// A record's lines, for the detail layers.
    func detailLines(_ state: AppState, width: Int) -> [DetailLine]? {
        switch self {
        case .offerDetail(let id, _): DetailView.offer(id, state, width: width)
        case .placementDetail(let id, _): DetailView.placement(id, state, width: width)
        case .alternanceDetail(let id, _): DetailView.alternance(id, state, width: width)
        case .studentDetail(let login, _): DetailView.student(login, state, width: width)
        case .organizationDetail(let id, _): DetailView.organization(id, state, width: width)
        case .editor, .chooser, .picker, .dialog, .help: nil
        }
    }

    /// How far a detail is scrolled.
    var scroll: Int {
        switch self {
        case .offerDetail(_, let scroll), .placementDetail(_, let scroll), .alternanceDetail(_, let scroll),
             .studentDetail(_, let scroll), .organizationDetail(_, let scroll): scroll
        case .editor, .chooser, .picker, .dialog, .help: 0
        }
    }

    /// The same detail scrolled to `offset`.
    func scrolled(to offset: Int) -> Layer {
        switch self {
        case .offerDetail(let id, _): .offerDetail(id: id, scroll: offset)
        case .placementDetail(let id, _): .placementDetail(id: id, scroll: offset)
        case .alternanceDetail(let id, _): .alternanceDetail(id: id, scroll: offset)
        case .studentDetail(let login, _): .studentDetail(login: login, scroll: offset)
        case .organizationDetail(let id, _): .organizationDetail(id: id, scroll: offset)
        case .editor, .chooser, .picker, .dialog, .help: self
        }
    }
}

extension AppState {
    /// The screen drawn under any dialog or help.
    var baseLayer: Layer? { layers.last { !$0.isOverlay } }

    /// The lines of the scrolling page in view (a record, the dashboard, the situation); nil on other screens.
    var pageLineCount: Int? {
        let width = size.width
        switch baseLayer {
        case let layer?: return layer.detailLines(self, width: width)?.count
        case nil where tab == .dashboard: return DashboardView.lines(self, width: width).count
        case nil where tab == .situation: return SituationView.lines(self, width: width).count
        case nil: return nil
        }
    }

    /// The rows a scrolling page is drawn in: the window less the header, the tabs and the status line.
    var pageRows: Int { max(1, size.height - 3) }

    /// Whether the page in view is longer than the window, so the scrolling keys have something to do.
    var pageScrolls: Bool { (pageLineCount ?? 0) > pageRows }
}
