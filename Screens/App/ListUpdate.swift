import StagesCore
import TerminalKit

/// Keys on a tab's list: moving, searching, filtering, and the actions on the selected row.
enum ListUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.searchBox.isActive { return search(key, &state) }
        guard let action = Keymaps.action(for: key, in: state.screen, state, typing: false) else { return [] }
        if let effects = Update.global(action, key, &state) { return effects }
        switch action {
        case .move:
            if state.tab == .dashboard {
                state.dashboardScroll = DetailUpdate.scrolled(state.dashboardScroll, by: key, state)
            } else if state.tab == .situation {
                state.situationScroll = DetailUpdate.scrolled(state.situationScroll, by: key, state)
            } else {
                let count = state.rowCount, rows = state.listRows
                state.withSelection { _ = $0.handle(key, count: count, visibleRows: rows) }
            }
            return []
        case .search:
            state.searchBox.isActive = true
            return []
        case .back:
            state.searchBox = SearchBox()
            state.clampSelections()
            return []
        default:
            break
        }
        switch state.tab {
        case .offers: return offerAction(action, state.selectedOffer?.id, &state)
        case .placements: return placementAction(action, state.selectedPlacement?.id, &state)
        case .alternance: return alternanceAction(action, state.selectedAlternance?.id, &state)
        case .students: return studentAction(action, state.selectedStudent?.login, &state)
        case .dashboard, .situation, .request, .declaration: return []
        }
    }

    private static func search(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch Keymaps.action(for: key, in: state.screen, state, typing: true) {
        case .open?:
            state.searchBox.isActive = false
        case .back?:
            state.searchBox = SearchBox()
        case .move?:
            state.searchBox.isActive = false
            return handle(key, &state)
        default:
            _ = state.searchBox.field.handle(key)
            state.withSelection { $0 = ListSelection() }
        }
        state.clampSelections()
        return []
    }

    // MARK: Actions on one record, from its list row or its detail

    static func offerAction(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        if !state.actor.isCoordinator, Keymaps.coordinatorOnly.contains(action) { return [] }
        if action == .new {
            EditorUpdate.open(OfferEditor.make(nil, state), &state)
            return []
        }
        if action == .filterDomain { state.offers.domain = cycle(state.offers.domain) }
        if action == .filterStatus {
            let filters = state.offerFilters
            state.offers.status = filters[((filters.firstIndex(of: state.offers.status) ?? -1) + 1) % filters.count]
        }
        if action == .sort { state.offers.sort = state.offers.sort.next() }
        if action == .filterCity {
            let cities = state.offerCities()
            let i = state.offers.city.flatMap { cities.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            state.offers.city = cities[safe: i]
        }
        if [.filterDomain, .filterStatus, .sort, .filterCity].contains(action) {
            state.offers.selection = ListSelection()
            state.clampSelections()
            let said: String = switch action {
            case .filterDomain: t("Domaine : ", "Domain: ") + (state.offers.domain.map { state.t($0.label) } ?? t("tous", "all"))
            case .filterStatus: t("Statut : ", "Status: ") + state.offers.status.label(state.language)
            case .filterCity: t("Ville : ", "City: ") + (state.offers.city ?? t("toutes", "all"))
            default: t("Tri : ", "Sort: ") + state.offers.sort.label(state.language)
            }
            state.status = StatusMessage(text: said + " — " + t("\(state.rowCount) offre(s)", "\(state.rowCount) offer(s)"),
                                         tone: .info)
            return []
        }
        guard let id, let offer = state.data.offers[id] else { return [] }
        switch action {
        case .open:
            state.layers.append(.offerDetail(id: id, scroll: 0))
        case .edit:
            EditorUpdate.open(OfferEditor.make(offer, state), &state)
        case .duplicate:
            EditorUpdate.open(OfferEditor.make(offer, state, duplicate: true), &state)
        case .markFilled:
            EditorUpdate.open(SmallForms.fillOffer(id, state), &state)
        case .withdraw, .reopen:
            let next: OfferStatus = action == .withdraw ? .withdrawn : .open
            return Update.change(&state, message: action == .withdraw ? t("Offre retirée.", "Offer withdrawn.")
                                 : t("Offre rouverte.", "Offer open again.")) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionOffer(id, to: next, by: actor, at: now)
                return nil
            }
        default:
            break
        }
        return []
    }

    static func placementAction(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        switch action {
        case .new:
            EditorUpdate.open(PlacementEditor.make(nil, state), &state)
            return []
        case .filterStatus:
            state.placements.status = cycle(state.placements.status)
            state.placements.selection = ListSelection()
            state.clampSelections()
            return []
        default:
            break
        }
        guard let id, let placement = state.data.placements[id] else { return [] }
        let transitions: [Action: (PlacementStatus, String)] = [
            .validate: (.validated, t("Demande validée.", "Request validated.")),
            .markSigned: (.signed, t("Convention signée.", "Agreement signed.")),
            .markOngoing: (.ongoing, t("Stage en cours.", "Placement ongoing.")),
            .markCompleted: (.completed, t("Stage terminé.", "Placement completed.")),
        ]
        if let (next, message) = transitions[action] {
            return Update.change(&state, message: message) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionPlacement(id, to: next, by: actor, at: now)
                return nil
            }
        }
        switch action {
        case .open:
            state.layers.append(.placementDetail(id: id, scroll: 0))
        case .edit:
            EditorUpdate.open(PlacementEditor.make(placement, state), &state)
        case .sendBack:
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t("Renvoyer la demande", "Send the request back"),
                message: t("Ce commentaire sera lu par \(state.fullName(placement.studentLogin)).",
                           "\(state.fullName(placement.studentLogin)) will read this comment."),
                buttons: [t("Renvoyer", "Send back"), t("Annuler", "Cancel")], input: TextArea(),
                inputLabel: t("Commentaire (obligatoire) — F2 pour envoyer :", "Comment (required) — F2 to send:")),
                purpose: .sendBack(placementID: id))))
        case .cancel:
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t("Annuler le stage ?", "Cancel the placement?"),
                message: t("Le stage de \(state.fullName(placement.studentLogin)) sera annulé (il reste dans l'historique).",
                           "\(state.fullName(placement.studentLogin))'s placement will be cancelled (it stays in the history)."),
                buttons: [t("Annuler le stage", "Cancel it"), t("Garder", "Keep")], selected: 1),
                purpose: .cancelPlacement(id: id))))
        case .breakOff:
            EditorUpdate.open(SmallForms.rupture(.placementRupture(id: id), state), &state)
        default:
            break
        }
        return []
    }

    static func alternanceAction(_ action: Action, _ id: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        switch action {
        case .new:
            EditorUpdate.open(AlternanceEditor.make(nil, state), &state)
            return []
        case .filterStatus:
            state.alternance.status = cycle(state.alternance.status)
            state.alternance.selection = ListSelection()
            state.clampSelections()
            return []
        default:
            break
        }
        guard let id, let contract = state.data.alternances[id] else { return [] }
        let transitions: [Action: (AlternanceStatus, String)] = [
            .markSigned: (.signed, t("Contrat signé.", "Contract signed.")),
            .markOngoing: (.ongoing, t("Contrat en cours.", "Contract ongoing.")),
            .markCompleted: (.completed, t("Contrat terminé.", "Contract completed.")),
        ]
        if let (next, message) = transitions[action] {
            return Update.change(&state, message: message) { [actor = state.actor, now = state.now] data throws(ModelError) in
                try data.transitionAlternance(id, to: next, by: actor, at: now)
            }
        }
        switch action {
        case .open: state.layers.append(.alternanceDetail(id: id, scroll: 0))
        case .edit: EditorUpdate.open(AlternanceEditor.make(contract, state), &state)
        case .breakOff: EditorUpdate.open(SmallForms.rupture(.alternanceRupture(id: id), state), &state)
        default: break
        }
        return []
    }

    static func studentAction(_ action: Action, _ login: String?, _ state: inout AppState) -> [Effect] {
        let t: (String, String) -> String = state.t
        switch action {
        case .new:
            EditorUpdate.open(StudentEditor.make(nil, state), &state)
            return []
        case .filterWithoutAnything:
            state.students.withoutAnything.toggle()
            state.students.selection = ListSelection()
            state.clampSelections()
            return []
        default:
            break
        }
        guard let login, let student = state.data.students[login] else { return [] }
        switch action {
        case .open: state.layers.append(.studentDetail(login: login, scroll: 0))
        case .edit: EditorUpdate.open(StudentEditor.make(student, state), &state)
        case .changeTrack:
            let next: Track = student.track == .stage ? .alternance : .stage
            state.layers.append(.dialog(DialogLayer(dialog: Dialog(
                title: t("Changer de parcours ?", "Change track?"),
                message: t("\(student.fullName) passe en parcours « \(next.label.fr) ».",
                           "\(student.fullName) moves to the “\(next.label.en)” track."),
                buttons: [t("Changer", "Change"), t("Annuler", "Cancel")], selected: 1),
                purpose: .changeTrack(login: login))))
        default: break
        }
        return []
    }
}

extension AppState {
    var searchBox: SearchBox {
        get {
            switch tab {
            case .offers: offers.search
            case .placements: placements.search
            case .alternance: alternance.search
            case .students: students.search
            case .dashboard, .situation, .request, .declaration: SearchBox()
            }
        }
        set {
            switch tab {
            case .offers: offers.search = newValue
            case .placements: placements.search = newValue
            case .alternance: alternance.search = newValue
            case .students: students.search = newValue
            case .dashboard, .situation, .request, .declaration: break
            }
        }
    }

    var rowCount: Int {
        switch tab {
        case .offers: visibleOfferIDs().count
        case .placements: visiblePlacementIDs().count
        case .alternance: visibleAlternanceIDs().count
        case .students: visibleStudentLogins().count
        case .dashboard, .situation, .request, .declaration: 0
        }
    }

    mutating func withSelection(_ body: (inout ListSelection) -> Void) {
        switch tab {
        case .offers: body(&offers.selection)
        case .placements: body(&placements.selection)
        case .alternance: body(&alternance.selection)
        case .students: body(&students.selection)
        case .dashboard, .situation, .request, .declaration: break
        }
    }

    var selectedOffer: Offer? { visibleOfferIDs()[safe: offers.selection.index].flatMap { offerAsShown($0) } }
    var selectedPlacement: Placement? { visiblePlacementIDs()[safe: placements.selection.index].flatMap { data.placements[$0] } }
    var selectedAlternance: Alternance? { visibleAlternanceIDs()[safe: alternance.selection.index].flatMap { data.alternances[$0] } }
    var selectedStudent: Student? { visibleStudentLogins()[safe: students.selection.index].flatMap { data.students[$0] } }
}
