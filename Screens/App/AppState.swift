import Foundation
import StagesCore
import TerminalKit

/// Everything the application shows, as a value: the records, the open tab,
/// each list's query and selection, the stack of layers over the list
/// (detail, form, dialog, help), and the status line. No terminal types here
/// beyond the toolkit's widget states.
public struct AppState {
    public internal(set) var data: Dataset
    /// Derived from `data`: search text and situations, rebuilt when data changes.
    var index: SearchIndex
    public let actor: Actor
    public var language: Language
    public var today: CivilDate
    /// The clock for history stamps; tests fix it.
    public var clock: @Sendable () -> Date
    /// Names a new record ("plc-…" for the prefix "plc"); tests fix it, so update gives the same answer twice.
    public var newID: @Sendable (String) -> String
    public var storeName: String
    public var size: Size

    public var tab: Tab = .offers
    var offers = OfferListState()
    var placements = PlacementListState()
    var alternance = AlternanceListState()
    var students = StudentListState()
    var organizations = OrganizationListState()
    var dashboardScroll = 0
    /// The dashboard's line under the cursor (an entry that opens what it names, see `DrillTarget`).
    var dashboardEntry = -1
    /// The student's own placement request and alternance declaration, as forms.
    var request: Editor?
    var declaration: Editor?
    var situationScroll = 0
    /// Layers over the current tab's list, the top one active.
    var layers: [Layer] = []
    var status: StatusMessage?
    /// A preview's offers by date of receipt (see `init`), until the whole store is `loaded`.
    private var offersByReceiptWhileLoading: [String]?
    /// Set when a save failed: quitting then asks first.
    var unsaved = false
    /// The store's server could not be reached at the last try: the title bar says so until it can.
    var offline = false
    /// The form whose save is on its way to the store: if the store finds someone
    /// saved the same record meanwhile, it comes back to be merged (see `FieldMerge`).
    var formBeingSaved: Editor?
    /// The status changes made in this session, the last one on top, for `u` to take back.
    var undoable: [StatusChange] = []
    /// When the student's request was last kept as typed (a draft on this machine, not yet saved): said on "Ma situation".
    public var requestDraftKept: Date?
    /// The archived years' figures, beside this year's on the dashboard (the runtime reads the archives).
    public var pastStatistics: [Statistics] = []
    /// The offers asked of the store rather than held (a database session); nil when every offer is in `data`.
    var catalog: OfferCatalogState?
    /// The coordinator's forms interrupted last time, as typed, by `Editor.draftKey`.
    var editorDrafts: [String: [String: String]]

    /// `draft` and `declarationDraft` are what the student last typed in the request and
    /// declaration forms, read back from the drafts. A `preview` state draws the first screen
    /// of a store still being read (no search text yet); `loaded` completes it. `offersByReceipt`:
    /// the offers' ids by date of receipt, when known already (the snapshot is written in that order).
    public init(data: Dataset, actor: Actor, language: Language, today: CivilDate, storeName: String,
                size: Size = Size(width: 80, height: 24), clock: @escaping @Sendable () -> Date = { Date() },
                newID: @escaping @Sendable (String) -> String = { RecordID.make($0) },
                draft: [String: String]? = nil, declarationDraft: [String: String]? = nil,
                editorDrafts: [String: [String: String]] = [:], preview: Bool = false, offersByReceipt: [String]? = nil) {
        self.data = data
        self.editorDrafts = editorDrafts
        index = SearchIndex(data, today: today, searchable: !preview, received: offersByReceipt, searchesOrganizations: actor.isCoordinator)
        offersByReceiptWhileLoading = offersByReceipt
        self.actor = actor
        self.language = language
        self.today = today
        self.storeName = storeName
        self.size = size
        self.clock = clock
        self.newID = newID
        offers.statuses = defaultOfferStatuses
        if !actor.isCoordinator {
            tab = .situation
            request = StudentForms.request(self, draft: draft)
            declaration = StudentForms.declaration(self, draft: declarationDraft)
        }
    }

    /// The tabs of this person's application: the coordinator's six, or the student's four.
    var tabs: [Tab] {
        actor.isCoordinator ? [.offers, .placements, .alternance, .students, .dashboard, .organizations]
            : [.situation, .offers, .request, .declaration]
    }

    /// Replaces the records (after a reload, or a save that took in others' changes) and rebuilds
    /// what derives from them. `received`: the offers' order by date of receipt, when already known (see `loaded`).
    mutating func adopt(_ newData: Dataset, received: [String]? = nil) {
        index = SearchIndex(newData, today: today, previous: (index, .records(data)), received: received)
        data = newData
        catalog?.forget()
    }

    /// Others' records taken in, when the store names them: only those are indexed again.
    mutating func adopt(_ newData: Dataset, changed: [String]) {
        let before = Dataset(excerptOf: data, keys: changed)
        data = newData
        reindex(changed: changed, before: before)
        if OfferCatalogState.concerns(changed) { catalog?.forget() }
    }

    /// After `data` changed in place (see `Update.change`): `changed` names the records, `before`
    /// holds them as they were.
    mutating func reindex(changed: [String], before: Dataset) {
        index.update(data, today: today, changed: changed, before: before)
    }

    /// The whole store, read after the preview this state was made on (`preview: true`):
    /// everything derives from it now, the search text included.
    public mutating func loaded(_ data: Dataset) {
        // The same offers, read whole now: their order by date of receipt is the preview's.
        adopt(data, received: offersByReceiptWhileLoading)
        offersByReceiptWhileLoading = nil
        // Made now rather than at the first key of the first search, which then answers at once.
        _ = index.offerRows.rows(offers.sort, of: index)
        clampSelections()
        status = nil
    }

    /// While the rest of the store is read (see `LoadingScreen`): how far it is, on the status line.
    public mutating func showLoading(_ progress: Double) {
        status = StatusMessage(text: t(Strings.App.loading(percent: Int(progress * 100))), tone: .info)
    }

    func t(_ text: LocalizedText) -> String { text(language) }
    /// `t` to keep at hand: it holds the language alone, where `state.t` would hold a copy of the
    /// whole state, records included, and make the next change of the records copy every table.
    var translate: @Sendable (LocalizedText) -> String { { [language] in $0(language) } }
    var french: Bool { language == .fr }
}

/// The tabs: the coordinator's six, and the student's situation, request and declaration.
public enum Tab: Int, CaseIterable, Sendable {
    case offers, placements, alternance, students, dashboard, organizations
    case situation, request, declaration

    func title(_ language: Language) -> String {
        switch self {
        case .situation: Strings.App.tabSituation(language)
        case .request: Strings.App.tabRequest(language)
        case .declaration: Strings.App.tabDeclaration(language)
        case .offers: Strings.App.tabOffers(language)
        case .placements: Strings.App.tabPlacements(language)
        case .alternance: Strings.App.tabAlternance(language)
        case .students: Strings.App.tabStudents(language)
        case .dashboard: Strings.App.tabDashboard(language)
        case .organizations: Strings.Organizations.tab(language)
        }
    }
}

/// What lies over the list: the top layer gets the keys.
enum Layer {
    case offerDetail(id: String, scroll: Int)
    case placementDetail(id: String, scroll: Int)
    case alternanceDetail(id: String, scroll: Int)
    case studentDetail(login: String, scroll: Int)
    case organizationDetail(id: String, scroll: Int)
    case editor(Editor)
    /// A list of organisations filtered as one types, to pick one.
    case chooser(Chooser)
    /// A list's filter: its values with their counts, to tick.
    case picker(FilterPicker)
    case dialog(DialogLayer)
    /// Every key of the screen under it, the first `scroll` entries passed.
    case help(scroll: Int)
}

/// A line for the status bar, with its tone.
struct StatusMessage: Equatable {
    var text: String
    var tone: StatusBar.Tone
}
