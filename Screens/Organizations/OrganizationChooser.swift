import StagesCore
import TerminalKit

/// Picks one organisation out of many: what is typed filters the list by name,
/// SIRET or city (accents ignored), arrows move, Enter chooses. Opened to absorb
/// a duplicate, to link a form's organisation, or to settle at validation the
/// organisation a student typed.
struct OrganizationChooser: Equatable {
    enum Purpose: Equatable {
        /// The chosen one is absorbed into `keptID`, once confirmed.
        case merge(into: String)
        /// The chosen one goes into the form under the chooser.
        case link
        /// The placement is validated, its typed organisation linked to the chosen
        /// one, or kept as a new one (the first row).
        case validate(placementID: String)
    }

    var purpose: Purpose
    var query = TextField()
    var selection = ListSelection()

    /// The row that keeps a student's typed organisation as it is.
    static let keepRow = ""

    /// The rows, by organisation id: those matching the query, less the one the
    /// purpose already names; at validation, the keep row first, then namesakes.
    func rows(_ state: AppState) -> [String] {
        let matching = state.organizationIDs(matching: query.text)
        switch purpose {
        case .merge(let keptID):
            return matching.filter { $0 != keptID }
        case .link:
            return matching.filter { id in state.data.organizations[id].map { !state.data.isTypedByStudent($0) } ?? false }
        case .validate(let placementID):
            guard let typed = Self.typedOrganization(placementID, state) else { return [] }
            let known = matching.filter { id in
                id != typed.id && state.data.organizations[id].map { !state.data.isTypedByStudent($0) } ?? false
            }
            let namesakes = Set(state.data.namesakes(of: typed).map(\.id))
            return [Self.keepRow] + known.filter { namesakes.contains($0) } + known.filter { !namesakes.contains($0) }
        }
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
        ] + (chooser.purpose == .link ? [
            k.b([.function(4)], .createOrganization, k.t(Strings.Organizations.createOne), k.t(Strings.Organizations.createWithItsForm)),
        ] : []) + [
            k.b([.escape], .back, k.t(Strings.Common.close), k.t(Strings.Organizations.closeWithoutChoosing)),
            k.b([.control("c")], .quit, nil, k.t(Strings.App.quitAtOnce)),
        ]
    }

    static func handle(_ key: Key, _ chooser: OrganizationChooser, _ state: inout AppState) -> [Effect] {
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

    /// What choosing `id` does, for each purpose.
    private static func chose(_ id: String, _ purpose: Purpose, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case .merge(let keptID):
            OrganizationsScreen.confirmMerge(absorbed: id, into: keptID, &state)
            return []
        case .link:
            EditorUpdate.link(organization: id, &state)
            return []
        case .validate(let placementID):
            return PlacementsScreen.validate(placementID, linkingTo: id == keepRow ? nil : id, &state)
        }
    }

    // MARK: View

    /// Rows of organisations the box shows.
    static func listRows(_ state: AppState) -> Int { max(1, state.pageRows - 7) }

    static func render(_ chooser: OrganizationChooser, _ state: AppState, into canvas: inout Canvas, _ area: Rect) {
        let t = state.translate
        let title: String = switch chooser.purpose {
        case .merge: t(Strings.Organizations.whichToAbsorb)
        case .link: t(Strings.Organizations.chooseOrganisation)
        case .validate: t(Strings.Organizations.linkAtValidation)
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
        let columns = [
            Column(t(Strings.Organizations.name), .flex(3, min: 16)), Column("SIRET", .fixed(14)),
            Column(t(Strings.Common.city), .flex(1, min: 10)),
        ]
        func row(_ i: Int) -> [String] {
            let id = rows[i]
            if id == keepRow, case .validate(let placementID) = chooser.purpose {
                return [t(Strings.Organizations.keepAsNew(typedOrganization(placementID, state)?.name ?? "")), "", ""]
            }
            guard let org = state.data.organizations[id] else { return ["", "", ""] }
            let mark = namesakes.contains(id) ? " (\(t(Strings.Organizations.nameLikeTyped)))" : ""
            return [org.name + mark, Organization.siretKey(org.siret), org.city]
        }
        let table = Table(columns: columns, count: rows.count, row: row,
                          emptyMessage: t(Strings.Organizations.noOrganisationMatches))
        table.render(into: &canvas, in: rest.splitTop(1).rest, selection: chooser.selection, focused: false)
        chooser.query.render(into: &canvas, in: field, style: Style(underline: true), focused: true)
        if chooser.query.text.isEmpty {
            canvas.draw(t(Strings.Organizations.typeToFilter), x: x, y: line.y, style: Theme.dim, clip: line)
        }
    }
}
