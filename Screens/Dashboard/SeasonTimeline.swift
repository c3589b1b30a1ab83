import StagesCore
import TerminalKit

/// The season at a glance: each agreed placement from April to the end of August, one row per
/// student by start, today marked by a line down the chart.
enum SeasonTimeline {
    static func add(_ state: AppState, into b: inout DetailView.Builder) {
        let year = state.data.programme.earliestStart.year
        guard let first = CivilDate(year: year, month: 4, day: 1), let last = CivilDate(year: year, month: 8, day: 31) else { return }
        let placements = state.data.placements.values
            .filter { $0.status.isAgreed || $0.status == .completed }
            .sorted { ($0.start, state.fullName($0.studentLogin)) < ($1.start, state.fullName($1.studentLogin)) }
        b.heading(state.t(Strings.Dashboard.season(placements.count, todayShown: (first...last).contains(state.today))))
        let nameWidth = min(22, max(10, b.width / 4))
        let chartWidth = max(10, b.width - nameWidth - 1)
        let days = first.days(to: last) + 1
        func column(_ day: CivilDate) -> Int { min(chartWidth - 1, max(0, first.days(to: day) * chartWidth / days)) }
        // The months' initials over the chart, each where its first day falls.
        var ruler = Array(repeating: Character(" "), count: chartWidth)
        for month in 4...8 {
            guard let day = CivilDate(year: year, month: month, day: 1) else { continue }
            let name = Array(state.t(Strings.Dashboard.month(month)))
            for (i, c) in name.enumerated() where column(day) + i < chartWidth { ruler[column(day) + i] = c }
        }
        let today = (first...last).contains(state.today) ? column(state.today) : nil
        b.line(String(repeating: " ", count: nameWidth + 1) + String(ruler), style: Theme.label)
        if placements.isEmpty { b.paragraph(state.t(Strings.Dashboard.noneText), style: Theme.dim) }
        for p in placements {
            var row = Array(repeating: Character("·"), count: chartWidth)
            let from = p.start < first ? 0 : column(p.start), to = p.end > last ? chartWidth - 1 : column(p.end)
            if from <= to { for i in from...to { row[i] = "█" } }
            if let today { row[today] = row[today] == "█" ? "┃" : "│" }
            b.line(TextLayout.fit(state.fullName(p.studentLogin), to: nameWidth) + " " + String(row), target: .placement(p.id))
        }
    }
}
