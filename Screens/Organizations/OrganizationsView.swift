import StagesCore
import TerminalKit

/// Every organisation by name, with its SIRET, city and how many offers and placements name it.
enum OrganizationsView {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let ids = state.visibleOrganizationIDs()
        let t = state.translate
        let columns = [
            Column(t(Strings.Organizations.name), .flex(3, min: 16)), Column("SIRET", .fixed(14)),
            Column(t(Strings.Common.city), .flex(1, min: 10)),
            Column(t(Strings.Organizations.offersColumn), .fixed(6), alignRight: true),
            Column(t(Strings.Organizations.placementsColumn), .fixed(6), alignRight: true),
        ]
        let counts = state.index.facts.organizationCounts
        func row(_ i: Int) -> [String] {
            let org = state.data.organizations[ids[i]]!
            let count = counts[org.id] ?? (0, 0)
            return [org.name, Organization.siretKey(org.siret), org.city, String(state.offerCount(organization: org.id)),
                    String(count.placements)]
        }
        // A student's typed organisation waits for the coordinator's word: shown apart.
        func style(_ i: Int) -> Style? {
            state.data.organizations[ids[i]].map { state.data.isTypedByStudent($0) } == true ? Theme.warning : nil
        }
        ListFrame.render(state, into: &canvas, rect, filters: [state.sortFilter(.organizations, state.organizations.columnSort)], shown: ids.count, total: state.data.organizations.count,
                         table: Table(columns: columns, count: ids.count, row: row, rowStyle: style,
                                      emptyMessage: t(Strings.Organizations.noOrganisationMatches)),
                         selection: state.organizations.selection)
    }
}
