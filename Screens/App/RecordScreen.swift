import TerminalKit

/// A tab of records (offers, placements, contracts, students), as tig's
/// view_ops: its list's keys, its record's keys, what an action does to one
/// record, and how its list is drawn. The shell routes through this table and
/// knows nothing of what each tab does.
protocol RecordScreen {
    static func listKeys(_ k: SharedKeys) -> [KeyBinding<Action>]
    static func detailKeys(_ k: SharedKeys) -> [KeyBinding<Action>]
    /// What `action` does to the record `id` (nil: none selected), from its list row or its detail.
    static func act(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect]
    static func renderList(_ state: AppState, into canvas: inout Canvas, _ rect: Rect)
}

extension OffersScreen: RecordScreen {
    static func renderList(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) { OffersView.render(state, into: &canvas, rect) }
}

extension PlacementsScreen: RecordScreen {
    static func renderList(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) { PlacementsView.render(state, into: &canvas, rect) }
}

extension AlternanceScreen: RecordScreen {
    static func renderList(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) { AlternanceView.render(state, into: &canvas, rect) }
}

extension StudentsScreen: RecordScreen {
    static func renderList(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) { StudentsView.render(state, into: &canvas, rect) }
}

extension OrganizationsScreen: RecordScreen {
    static func renderList(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        OrganizationsView.render(state, into: &canvas, rect)
    }
}

extension Tab {
    /// The screen of a tab of records; nil for the dashboard and the student's own tabs.
    var records: (any RecordScreen.Type)? {
        switch self {
        case .offers: OffersScreen.self
        case .placements: PlacementsScreen.self
        case .alternance: AlternanceScreen.self
        case .students: StudentsScreen.self
        case .organizations: OrganizationsScreen.self
        case .dashboard, .situation, .request, .declaration: nil
        }
    }
}

extension KeyContext {
    /// The screen of records a list or a detail belongs to.
    var records: (any RecordScreen.Type)? {
        switch self {
        case .list(let tab): tab.records
        case .offerDetail: OffersScreen.self
        case .placementDetail: PlacementsScreen.self
        case .alternanceDetail: AlternanceScreen.self
        case .studentDetail: StudentsScreen.self
        case .organizationDetail: OrganizationsScreen.self
        case .search, .studentForm, .editor, .chooser, .picker, .dialog, .help: nil
        }
    }
}

extension Layer {
    /// The record a detail shows, and the screen whose actions it takes.
    var record: (screen: any RecordScreen.Type, id: String)? {
        let id: String? = switch self {
        case .offerDetail(let id, _), .placementDetail(let id, _), .alternanceDetail(let id, _),
             .organizationDetail(let id, _): id
        case .studentDetail(let login, _): login
        case .editor, .chooser, .picker, .dialog, .help: nil
        }
        return screen.records.flatMap { screen in id.map { (screen, $0) } }
    }
}
