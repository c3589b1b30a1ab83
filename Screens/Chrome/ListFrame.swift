import Foundation
import StagesCore
import TerminalKit

/// A filter or the order as a list's first line says it: "ville : Annecy, Besançon".
struct ListFilter {
    let name: String
    let value: String
    /// Set to something other than the list's opening view: said first when the line is short.
    let isSet: Bool

    /// A list's order as its line says it: a column's with its direction, or the list's own (`own`).
    static func order(_ column: String?, descending: Bool, own: String, _ state: AppState) -> ListFilter {
        ListFilter(name: state.t(Strings.Offers.sortShort), value: column.map { $0 + (descending ? " ↓" : " ↑") } ?? own,
                   isSet: column != nil)
    }
}

/// What every list screen shares: a line with the search box, the filters and
/// the count, then the table.
enum ListFrame {
    /// The filters and order a line of `width` columns says, in their order: those set first (a filter that
    /// hides rows is never left unsaid while one that hides none is shown), then the others as they fit.
    static func said(_ filters: [ListFilter], width: Int, colon: String) -> [ListFilter] {
        func length(_ filter: ListFilter) -> Int { DisplayWidth.of("· \(filter.name)\(colon)\(filter.value) ") }
        var kept = Set(filters.indices.filter { filters[$0].isSet })
        var used = kept.reduce(0) { $0 + length(filters[$1]) }
        for i in filters.indices where !kept.contains(i) && used + length(filters[i]) <= width {
            kept.insert(i)
            used += length(filters[i])
        }
        return filters.indices.filter(kept.contains).map { filters[$0] }
    }

    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect, filters: [ListFilter],
                       shown: Int, total: Int, shownAtLeast: Bool = false, table: Table, selection: ListSelection) {
        let (line, rest) = rect.splitTop(1)
        let box = state.searchBox
        var x = line.x + 1
        let searchWidth = min(24, max(10, line.width / 4))
        if box.isActive || !box.query.isEmpty {
            x = canvas.draw("/ ", x: x, y: line.y, style: Theme.label, clip: line)
            box.field.render(into: &canvas, in: Rect(x: x, y: line.y, width: searchWidth, height: 1),
                             style: box.isActive ? .reverse : Style(underline: true), focused: box.isActive)
            x += searchWidth + 1
        }
        let count = state.t(Strings.Chrome.shownOfTotal(shown, total, atLeast: shownAtLeast))
        let countX = line.maxX - DisplayWidth.of(count) - 1
        let colon = state.t(Strings.Chrome.mark)
        for (i, filter) in said(filters, width: countX - x - 1, colon: colon).enumerated() {
            let lead = i == 0 ? "" : "· "
            let label = "\(lead)\(filter.name)\(colon)"
            let room = countX - x - DisplayWidth.of(label) - 1
            guard room >= 4 else { break }
            x = canvas.draw(label, x: x, y: line.y, style: Theme.dim, clip: line)
            // A value longer than the room left is cut, never dropped: what hides rows is always said.
            x = canvas.draw(TextLayout.truncate(filter.value, to: room), x: x, y: line.y, style: Theme.filter, clip: line) + 1
        }
        canvas.draw(count, x: countX, y: line.y, style: Theme.label, clip: line)
        let cursor = canvas.cursor
        table.render(into: &canvas, in: rest, selection: selection, focused: !box.isActive)
        if box.isActive { canvas.cursor = cursor }
    }
}

extension AppState {
    func date(_ day: CivilDate?) -> String { day.map { Format.date($0, language) } ?? "" }

    /// The day a moment fell on in Paris, where the department is: "28/11/2026", "2026-11-28".
    func date(_ moment: Date) -> String { date(Self.parisDay(moment).day) }

    /// "28/11/2026 14:05", "2026-11-28 14:05": when a step of a history was made.
    func dateTime(_ moment: Date) -> String {
        let (day, hour, minute) = Self.parisDay(moment)
        return date(day) + String(format: " %02d:%02d", hour, minute)
    }

    private static func parisDay(_ moment: Date) -> (day: CivilDate, hour: Int, minute: Int) {
        let c = paris.dateComponents([.year, .month, .day, .hour, .minute], from: moment)
        return (CivilDate(year: c.year!, month: c.month!, day: c.day!)!, c.hour!, c.minute!)
    }

    private static let paris: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        return calendar
    }()

    /// "08/04" in tables, where the year is understood.
    func shortDate(_ day: CivilDate) -> String {
        language == .fr ? String(day.french.prefix(5)) : String(day.iso.dropFirst(5))
    }

    func money(_ amount: Decimal) -> String { Format.money(amount, language) }
}
