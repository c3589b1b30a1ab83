import StagesCore
import StagesStore
import TerminalKit

/// Picks one organisation or offer out of many: what is typed filters the list (an organisation by
/// name, SIRET or city; an offer by title, organisation, city or description; accents ignored),
/// arrows move, Enter chooses. Opened to absorb a duplicate, to link a form's organisation, to fill a
/// student's form with a known organisation, to settle at validation the organisation a student
/// typed, or to choose a placement form's offer.
struct Chooser: Equatable {
    enum Purpose: Equatable {
        /// The chosen one is absorbed into `keptID`, once confirmed.
        case merge(into: String)
        /// The chosen one goes into the form under the chooser.
        case link
        /// The placement is validated, its typed organisation linked to the chosen
        /// one, or kept as a new one (the first row).
        case validate(placementID: String)
        /// The chosen one's name, SIRET and address go into the student's form under the chooser.
        case fill
        /// The chosen one becomes the employer in the contract form under the chooser.
        case employer
        /// The chosen offer goes into the placement form under the chooser (and what it says, see `OfferPrefill`).
        case offer
        /// The chosen student is the one the (coordinator's) placement or contract form under the chooser is for.
        case student
    }

    var purpose: Purpose
    var query = TextField()
    var selection = ListSelection()

    /// The row that keeps a student's typed organisation as it is.
    static let keepRow = ""

    /// The rows, by organisation id: those matching the query, less the one the
    /// purpose already names; at validation, the keep row first, then namesakes.
    func rows(_ state: AppState) -> [String] {
        if purpose == .offer { return offerRows(state) }
        if purpose == .student {
            let words = SearchIndex.words(query.text)
            return state.index.orders.students.filter { SearchIndex.matches(state.index.studentText[$0], words) }
        }
        let matching = state.organizationIDs(matching: query.text)
        switch purpose {
        case .merge(let keptID):
            return matching.filter { $0 != keptID }
        case .link, .fill, .offer, .student:
            return matching.filter { id in state.data.organizations[id].map { !state.data.isTypedByStudent($0) } ?? false }
        case .employer:
            let employers = Set(AlternanceEditor.organizations(state).map(\.id))
            return matching.filter(employers.contains)
        case .validate(let placementID):
            guard let typed = Self.typedOrganization(placementID, state) else { return [] }
            let known = matching.filter { id in
                id != typed.id && state.data.organizations[id].map { !state.data.isTypedByStudent($0) } ?? false
            }
            let namesakes = Set(state.data.namesakes(of: typed).map(\.id))
            return [Self.keepRow] + known.filter { namesakes.contains($0) } + known.filter { !namesakes.contains($0) }
        }
    }

    /// The offers the form may name that hold every word typed, by title: asked of the store in a session
    /// that asks for its offers (read as the screen needs them, see `CatalogUpdate`).
    private func offerRows(_ state: AppState) -> [String] {
        if let catalog = state.catalog { return catalog.answers[offerQuery(state)]?.ids ?? [] }
        guard let form = Self.formUnder(state) else { return [] }
        let words = SearchIndex.words(query.text)
        return form.offerChoices.filter { SearchIndex.matches(state.index.offerText[$0], words) }
    }

    /// The question an offer chooser asks the store: the offers this person may see holding the words typed.
    func offerQuery(_ state: AppState) -> OfferQuery {
        OfferQuery(words: SearchIndex.words(query.text).map { String(decoding: $0, as: UTF8.self) }, statuses: state.shownOfferStatuses,
                   order: .title, today: state.today)
    }

    /// The form the chooser fills: the coordinator's under it, or the student's request or declaration.
    static func formUnder(_ state: AppState) -> Editor? {
        if let at = formLayer(state), case .editor(let editor) = state.layers[at] { return editor }
        if state.actor.isCoordinator { return nil }
        return state.tab == .declaration ? state.declaration : state.request
    }

    static func setFormUnder(_ editor: Editor, _ state: inout AppState) {
        if let at = formLayer(state) { state.layers[at] = .editor(editor) }
        else if state.tab == .declaration { state.declaration = editor }
        else { state.request = editor }
    }

    private static func formLayer(_ state: AppState) -> Int? {
        state.layers.lastIndex { if case .editor = $0 { true } else { false } }
    }

    /// The organisation the placement names: at validation, the one its student typed.
    static func typedOrganization(_ placementID: String, _ state: AppState) -> Organization? {
        state.data.placements[placementID].flatMap { state.data.organizations[$0.organizationID] }
    }

    // MARK: Keys

    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        guard case .chooser(let chooser)? = k.state.layers.last else { return [] }
        return [
            k.b([.enter], .open, k.t(Strings.Organizations.choose), k.t(Strings.Organizations.chooseTheHighlighted)),
            k.b([.up, .down, .pageUp, .pageDown], .move, nil, k.t(Strings.Organizations.moveInTheList)),
        ] + ([.link, .employer].contains(chooser.purpose) ? [
            k.b([.function(4)], .createOrganization, k.t(Strings.Organizations.createOne), k.t(Strings.Organizations.createWithItsForm)),
        ] : []) + [
            k.b([.escape], .back, k.t(Strings.Common.close), k.t(Strings.Organizations.closeWithoutChoosing)),
            k.b([.control("c")], .quit, nil, k.t(Strings.App.quitAtOnce)),
        ]
    }

    static func handle(_ key: Key, _ chooser: Chooser, _ state: inout AppState) -> [Effect] {
        var chooser = chooser
        let rows = chooser.rows(state)
        switch Keymaps.action(for: key, in: .chooser, state, typing: true) {
        case .open?:
            guard let id = rows[safe: chooser.selection.index] else { return [] }
            state.layers.removeLast()
            return chose(id, chooser.purpose, &state)
        case .back?:
            state.layers.removeLast()
            return []
        case .quit?:
            return Update.update(&state, .interrupt)
        case .createOrganization?:
            EditorUpdate.open(OrganizationEditor.make(nil, state), &state)
            return []
        case .move?:
            _ = chooser.selection.handle(key, count: rows.count, visibleRows: listRows(state))
        default:
            guard chooser.query.handle(key) else { return [] }
            chooser.selection = ListSelection()
        }
        state.layers[state.layers.count - 1] = .chooser(chooser)
        return []
    }

    /// What choosing `id` does, for each purpose (the chooser already closed).
    static func chose(_ id: String, _ purpose: Purpose, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case .merge(let keptID):
            OrganizationsScreen.confirmMerge(absorbed: id, into: keptID, &state)
            return []
        case .link:
            EditorUpdate.link(organization: id, &state)
            return []
        case .validate(let placementID):
            return PlacementsScreen.validate(placementID, linkingTo: id == keepRow ? nil : id, &state)
        case .fill:
            return StudentUpdate.fill(organization: id, &state)
        case .offer, .employer, .student:
            guard var form = formUnder(state) else { return [] }
            switch purpose {
            case .offer: PlacementEditor.choose(offer: id, &form, state)
            case .employer: AlternanceEditor.choose(employer: id, &form, state)
            default: EditorUpdate.choose(id, in: PlacementField.student.rawValue, among: state.index.orders.students, &form, state)
            }
            setFormUnder(form, &state)
            guard !state.actor.isCoordinator else { return [] }
            return [.saveDraft(login: state.tab == .declaration ? state.actor.declarationDraftName : state.actor.draftName, fields: form.values)]
        }
    }

    // MARK: View

    /// Rows of organisations the box shows.
    static func listRows(_ state: AppState) -> Int { max(1, state.pageRows - 7) }

    static func render(_ chooser: Chooser, _ state: AppState, into canvas: inout Canvas, _ area: Rect) {
        let t = state.translate
        let title: String = switch chooser.purpose {
        case .merge: t(Strings.Organizations.whichToAbsorb)
        case .link, .fill, .employer: t(Strings.Organizations.chooseOrganisation)
        case .validate: t(Strings.Organizations.linkAtValidation)
        case .offer: t(Strings.Placements.chooseTheOffer)
        case .student: t(Strings.Common.chooseTheStudent)
        }
        let box = area.centered(width: min(area.width - 2, 100), height: max(6, area.height - 2))
        canvas.fill(box, style: .plain)
        canvas.box(box, title: title)
        let inner = box.inset(horizontal: 2, vertical: 1)
        let (line, rest) = inner.splitTop(1)
        let x = canvas.draw("/ ", x: line.x, y: line.y, style: Theme.label, clip: line)
        let field = Rect(x: x, y: line.y, width: min(30, line.maxX - x), height: 1)
        let rows = chooser.rows(state)
        let namesakes: Set<String> = if case .validate(let id) = chooser.purpose, let typed = typedOrganization(id, state) {
            Set(state.data.namesakes(of: typed).map(\.id))
        } else { [] }
        let offers = chooser.purpose == .offer, students = chooser.purpose == .student
        let columns = students ? [
            Column(t(Strings.Common.student), .flex(3, min: 16)), Column(t(Strings.Students.login), .flex(1, min: 10)),
            Column(t(Strings.Students.group), .flex(1, min: 8)),
        ] : offers ? [
            Column(t(Strings.Offers.title), .flex(3, min: 16)), Column(t(Strings.Common.organisation), .flex(2, min: 10)),
            Column(t(Strings.Common.city), .flex(1, min: 8)), Column(t(Strings.Common.status), .fixed(8)),
        ] : [
            Column(t(Strings.Organizations.name), .flex(3, min: 16)), Column("SIRET", .fixed(14)),
            Column(t(Strings.Common.city), .flex(1, min: 10)),
        ]
        func row(_ i: Int) -> [String] {
            let id = rows[i]
            if students {
                guard let student = state.data.students[id] else { return ["", "", ""] }
                return ["\(student.lastName) \(student.firstName)", student.login, student.group]
            }
            if offers {
                // Asked of the store and not read yet: the row waits.
                guard let offer = state.offerAsShown(id) else { return ["…", "", "", ""] }
                return [offer.title, state.organizationName(offer.organizationID), offer.city, state.t(offer.effectiveStatus(today: state.today).label)]
            }
            if id == keepRow, case .validate(let placementID) = chooser.purpose {
                return [t(Strings.Organizations.keepAsNew(typedOrganization(placementID, state)?.name ?? "")), "", ""]
            }
            guard let org = state.data.organizations[id] else { return ["", "", ""] }
            let mark = namesakes.contains(id) ? " (\(t(Strings.Organizations.nameLikeTyped)))" : ""
            return [org.name + mark, Organization.siretKey(org.siret), org.city]
        }
        let table = Table(columns: columns, count: rows.count, row: row,
                          emptyMessage: t(students ? Strings.Students.nobodyMatches
                                          : offers ? Strings.Offers.noOfferMatches : Strings.Organizations.noOrganisationMatches))
        table.render(into: &canvas, in: rest.splitTop(1).rest, selection: chooser.selection, focused: false)
        chooser.query.render(into: &canvas, in: field, style: Style(underline: true), focused: true)
        if chooser.query.text.isEmpty {
            canvas.draw(t(students ? Strings.Common.typeToFilterStudents
                          : offers ? Strings.Placements.typeToFilterOffers : Strings.Organizations.typeToFilter), x: x, y: line.y,
                        style: Theme.dim, clip: line)
        }
    }
}
