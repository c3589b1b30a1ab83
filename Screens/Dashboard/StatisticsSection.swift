import StagesCore
import TerminalKit

/// The dashboard's statistics: this year's agreed placements by organisation, domain, group,
/// referent and stipend band, beside the archived years' (read by the runtime, see `AppState.pastStatistics`).
enum StatisticsSection {
    /// Rows shown per dimension, the largest first; the rest summed on one line.
    static let rowsPerDimension = 8

    static func add(_ state: AppState, into b: inout DetailView.Builder) {
        let t = state.translate
        let years = [Statistics(state.data, language: state.language)] + state.pastStatistics
        b.heading(t(Strings.Dashboard.statistics))
        let columns = years.map(\.year)
        let width = 11, label = max(16, b.width - width * columns.count)
        func row(_ name: String, _ counts: [String], style: Style = .plain) {
            b.line(TextLayout.fit(name, to: label) + counts.map { TextLayout.fit($0, to: width, alignRight: true) }.joined(), style: style)
        }
        row(t(Strings.Dashboard.agreedPlacements), years.map { String($0.placements) }, style: Theme.label)
        for dimension in Statistics.Dimension.allCases {
            b.line("")
            row(state.t(dimension.label), columns, style: Theme.label)
            let rows = Statistics.rows(dimension, years)
            for entry in rows.prefix(rowsPerDimension) { row("  " + entry.value, entry.counts.map(String.init)) }
            if rows.count > rowsPerDimension {
                let rest = rows.dropFirst(rowsPerDimension)
                let sums = years.indices.map { y in rest.reduce(0) { $0 + $1.counts[y] } }
                row("  " + t(Strings.Dashboard.others(rest.count)), sums.map(String.init), style: Theme.dim)
            }
        }
    }
}
