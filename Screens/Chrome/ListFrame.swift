import Foundation
import StagesCore
import TerminalKit

/// What every list screen shares: a line with the search box, the filters and
/// the count, then the table.
enum ListFrame {
    static func render(_ state: AppState, into canvas: inout Canvas, _ rect: Rect, filters: [(String, String)],
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
        for (i, (name, value)) in filters.enumerated() {
            let lead = i == 0 ? "" : "· "
            let text = "\(lead)\(name)\(colon)\(value) "
            guard x + DisplayWidth.of(text) < countX else { break }
            x = canvas.draw("\(lead)\(name)\(colon)", x: x, y: line.y, style: Theme.dim, clip: line)
            x = canvas.draw(value, x: x, y: line.y, style: Theme.filter, clip: line) + 1
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
