import StagesCore
import TerminalKit

/// A form's link to an organisation (the coordinator's placement and offer forms):
/// a choice among the department's organisations, by name, showing each one's
/// SIRET and city; F3 opens the chooser to search them or create one. Editing
/// the organisation itself is done in its own form, never here.
enum OrganizationLink {
    /// The choice's organisations, in order: the department's by name, then the
    /// one `linked` names when a student typed it (until the coordinator settles it).
    static func organizations(_ state: AppState, linked: String?) -> [Organization] {
        choices(state, linked: linked).ids.compactMap { state.data.organizations[$0] }
    }

    /// Their ids and labels: the department's are made once per version of the records.
    private static func choices(_ state: AppState, linked: String?) -> (ids: [String], labels: [String]) {
        let known = state.index.orders.linkableOrganizations(label: label)
        guard let linked, let org = state.data.organizations[linked], !known.ids.contains(linked) else { return known }
        return (known.ids + [linked], known.labels + [label(org)])
    }

    /// "Musée des Confluences · 73282932000074 · Lyon"
    static func label(_ org: Organization) -> String {
        ([org.name] + [Organization.siretKey(org.siret), org.city].filter { !$0.isEmpty }).joined(separator: " · ")
    }

    /// The choice field, `selected` (an organisation id) chosen; none chosen first.
    static func field(_ id: String, _ label: String, selected: String?, linked: String?, _ state: AppState) -> FormField {
        let (ids, labels) = choices(state, linked: linked)
        let index = selected.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return .choice(id, label, options: [state.t(Strings.Organizations.noneChosen)] + labels, selected: index)
    }

    /// The organisation chosen in the field, or "" when none.
    static func read(_ choice: Int, linked: String?, _ state: AppState) -> String {
        choice == 0 ? "" : choices(state, linked: linked).ids[safe: choice - 1] ?? ""
    }
}
