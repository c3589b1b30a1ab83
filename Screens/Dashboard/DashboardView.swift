import StagesCore
import TerminalKit

/// The year at a glance: placements already validated that now break a rule
/// (after an amendment, say) first, conventions awaiting signatures, then students by situation, offers by
/// domain and status, placements by status (counts drawn as bars, zeros shown), the season's timeline,
/// the errors left to deal with, and the figures of this year and the archived ones.
enum DashboardView {
    /// The dashboard.
    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        // ↑ and ↓ only where there is an entry to go to.
        let entries = entries(lines(k.state, width: k.state.size.width))
        let current = entries.firstIndex(of: selectedEntry(k.state, entries)) ?? 0
        let moves: [Key] = (current > 0 ? [.up] : []) + (current + 1 < entries.count ? [.down] : [])
        return (moves.isEmpty ? [] : [k.b(moves, .move, nil, k.t(Strings.Dashboard.fromEntryToEntry))])
            + (entries.isEmpty ? [] : [k.b([.enter], .open, k.t(Strings.App.openText), k.t(Strings.Dashboard.openWhatTheEntryNames))])
            + (k.state.pageScrolls ? [k.b([.pageUp, .pageDown, .home, .end], .move, nil, k.t(Strings.App.scrollHomeEndTopBottom))] : [])
            + k.global(nil)
    }

    /// The lines that open something, by their place among the lines: the first of an entry wrapped over several.
    static func entries(_ lines: [DetailLine]) -> [Int] {
        lines.indices.filter { lines[$0].target != nil && ($0 == 0 || lines[$0 - 1].target != lines[$0].target) }
    }

    /// The entry under the cursor: the one moved to, else the first in view.
    static func selectedEntry(_ state: AppState, _ entries: [Int]) -> Int {
        entries.contains(state.dashboardEntry) ? state.dashboardEntry : entries.first { $0 >= state.dashboardScroll } ?? -1
    }

    /// ↑ ↓ go from entry to entry, the page following; the other keys scroll, the cursor going to the first entry in view.
    static func move(_ key: Key, _ state: inout AppState) {
        let lines = lines(state, width: state.size.width)
        let entries = entries(lines)
        guard !entries.isEmpty else { return }
        let rows = state.pageRows
        switch key {
        case .up, .down:
            let current = entries.firstIndex(of: selectedEntry(state, entries)) ?? 0
            let next = entries[max(0, min(entries.count - 1, current + (key == .down ? 1 : -1)))]
            state.dashboardEntry = next
            if next < state.dashboardScroll { state.dashboardScroll = next }
            if next >= state.dashboardScroll + rows { state.dashboardScroll = next - rows + 1 }
        default:
            state.dashboardScroll = DetailUpdate.scrolled(state.dashboardScroll, by: key, state)
            state.dashboardEntry = entries.first { $0 >= state.dashboardScroll } ?? entries.last!
        }
    }

    /// Enter: what the entry under the cursor names.
    static func open(_ state: inout AppState) {
        let lines = lines(state, width: state.size.width)
        let entry = selectedEntry(state, entries(lines))
        guard lines.indices.contains(entry), let target = lines[entry].target else { return }
        target.open(&state)
    }

    /// The lines, made once per version of the records, width, language, day, offer counts and archived years:
    /// the key table, the scrolling and the drawing of one key all read them.
    static func lines(_ state: AppState, width: Int) -> [DetailLine] {
        let key = "\(width)\u{0}\(state.language)\u{0}\(state.today)\u{0}\(state.catalog?.summary?.hashValue ?? 0)\u{0}\(state.pastStatistics.count)"
        return state.index.visible.dashboard(key) { made(state, width: width) }
    }

    private static func made(_ state: AppState, width: Int) -> [DetailLine] {
        let t = state.translate
        var b = DetailView.Builder(width: width, labelWidth: 30)
        let start = state.data.programme.earliestStart
        let days = state.today.days(to: start)
        b.paragraph(days >= 0 ? t(Strings.Dashboard.daysBeforeEarliestStart(days, start: state.date(start)))
                    : t(Strings.Dashboard.placementsStarted(on: state.date(start))) ,
                    style: Theme.title)

        let errors = state.index.orders.placements.compactMap { id -> (Placement, Finding)? in
            guard let p = state.data.placements[id], p.status != .cancelled else { return nil }
            return state.index.facts.findings(id).errors.first.map { (p, $0) }
        }
        let toReview = errors.filter { $0.0.status.isPastValidation }
        if !toReview.isEmpty {
            b.heading(t(Strings.Dashboard.validatedToReview))
            for (p, finding) in toReview {
                let amended = p.history.last(where: \.isAmendment).map { t(Strings.Dashboard.amendedOn(state.date($0.at))) } ?? ""
                b.opening(.placement(p.id)) {
                    $0.paragraph("✗ \(state.fullName(p.studentLogin)) (\(state.t(p.status.label).lowercased())\(amended))"
                                 + "\(t(Strings.Dashboard.colon))\(state.t(finding.message))", style: Theme.error)
                }
            }
        }

        awaitedSignatures(state, into: &b)

        b.heading(t(Strings.Dashboard.studentsBySituation))
        let situations = state.index.situations.values
        let without = situations.filter(\.isWithoutAnything).count
        let bySituation = Dictionary(grouping: situations, by: { $0 }).mapValues(\.count)
        let most = max(1, bySituation.values.max() ?? 0, without)
        for situation in Situation.every {
            b.bar(situation.label(state.language), bySituation[situation] ?? 0, of: most, target: .studentsIn(situation))
        }
        // A total over several of the lines above (those without a validated placement nor a signed contract), apart.
        b.line("")
        b.bar(t(Strings.Dashboard.nothingYet), without, of: most, style: without > 0 ? Theme.warning : .plain,
              target: .studentsWithoutAnything)

        b.heading(t(Strings.Dashboard.offersByDomain))
        let statuses = OfferStatus.allCases
        // One space at least between two columns, whatever the language's longest word.
        let column = max(9, statuses.map { DisplayWidth.of(state.t($0.label)) + 1 }.max() ?? 9)
        let header = statuses.map { TextLayout.fit(state.t($0.label), to: column, alignRight: true) }.joined()
        b.line(TextLayout.fit("", to: 30) + header, style: Theme.label)
        for domain in Domain.allCases {
            let cells = statuses.map { status in
                TextLayout.fit("\(state.offerCount(domain, status))", to: column, alignRight: true)
            }
            b.line(TextLayout.fit(state.t(domain.label), to: 30) + cells.joined(), target: .offersOf(domain))
        }

        b.heading(t(Strings.Dashboard.placementsByStatus))
        let byStatus = Dictionary(grouping: state.data.placements.values, by: \.status).mapValues(\.count)
        let mostByStatus = max(1, byStatus.values.max() ?? 0)
        for status in PlacementStatus.allCases {
            b.bar(state.t(status.label), byStatus[status] ?? 0, of: mostByStatus, target: .placementsIn(status))
        }

        SeasonTimeline.add(state, into: &b)

        b.heading(t(Strings.Dashboard.errorsToDealWith))
        let requests = errors.filter { !$0.0.status.isPastValidation }
        if requests.isEmpty { b.paragraph("✓ " + t(Strings.Dashboard.noneText), style: Theme.success) }
        for (p, finding) in requests {
            b.opening(.placement(p.id)) {
                $0.paragraph("✗ \(state.fullName(p.studentLogin)) (\(state.t(p.status.label).lowercased()))"
                             + "\(t(Strings.Dashboard.colon))\(state.t(finding.message))", style: Theme.error)
            }
        }
        StatisticsSection.add(state, into: &b)
        return b.lines
    }

    /// Conventions and avenants waiting for signatures, the longest waiting first.
    private static func awaitedSignatures(_ state: AppState, into b: inout DetailView.Builder) {
        let t = state.translate
        b.heading(t(Strings.Convention.awaitingHeading))
        let awaited = state.data.conventionsAwaitingSignatures()
        if awaited.isEmpty { b.paragraph("✓ " + t(Strings.Dashboard.noneText), style: Theme.success) }
        for entry in awaited {
            let what = t(entry.amendment.map { Strings.Convention.amendment($0) } ?? Strings.Convention.conventionWord)
            let missing = entry.missing.map { t(Strings.Convention.short($0)) }.joined(separator: ", ")
            // A date still to come (dated ahead, as the demo's are) is said as such, not as negative days.
            let days = entry.days(to: state.today)
            let waiting = days >= 0 ? Strings.Convention.waiting(days: days) : Strings.Convention.since(state.date(entry.since))
            b.opening(.placement(entry.placementID)) {
                $0.paragraph([state.fullName(entry.studentLogin), what, t(Strings.Convention.missing(missing)), t(waiting)]
                    .joined(separator: " — "))
            }
        }
    }

    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        let lines = lines(state, width: rect.width)
        // The cursor on its entry: the first one until ↑ ↓ move it.
        DetailView.render(lines, scroll: state.dashboardScroll, selected: selectedEntry(state, entries(lines)), into: &canvas, rect)
    }
}
