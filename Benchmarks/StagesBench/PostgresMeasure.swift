import Foundation
import Screens
import StagesCore
import StagesPostgres
import StagesRuntime
import StagesStore
import TerminalKit

/// The same session as `Measure`, on a PostgreSQL store: `stages-bench postgres URL [offers…]`
/// (a database the bench may empty). The writing, the coordinator's session and a student's each run
/// in a process of their own, so each peak is that step's. Sessions ask for the offers they show.
struct PostgresMeasure {
    static let header = """
        offers  write  list on screen / ready  search key avg/max  save 1 edit (first / next)  another's save taken in  peak MB  student: open + offers list / peak MB
        """

    static func location(_ url: String) throws -> PostgresLocation {
        guard let location = PostgresLocation(url) else { throw StoreError.database(name: url, problem: .server("not a postgresql:// URL")) }
        return location
    }

    /// The scaled demo written into the database, replacing what it held.
    static func write(_ url: String, offers count: Int) throws -> String {
        let location = try location(url)
        let write = try milliseconds { try PostgresStore.initialise(location, with: DemoData.scaled(offers: count), replacing: true) }
        return String(format: "%6d  %6.0f ms  ", count, write)
    }

    /// A student's session on the store `write` wrote: opened, its offers list on screen, and its own process's peak.
    static func student(_ url: String) throws -> String {
        let location = try location(url)
        let size = Size(width: 120, height: 40)
        let open = try milliseconds {
            let store = try PostgresStore.open(location, scope: .student("etu000001"), holdingEveryOffer: false)
            let state = AppState(data: store.base, actor: .student("etu000001"), language: .fr, today: .today(),
                                 storeName: "bench", size: size)
            var keystrokes = Keystrokes(runtime: AppRuntime(state: state, store: store), size: size)
            _ = keystrokes.press(.character("2"))
        }
        return String(format: "%9.0f ms / %4.0f", open, peakMemoryMB())
    }

    static let sortsHeader = """
        offers  order         first 500 ↑ / ↓ ms  with "archiv" ↑ / ↓ ms  first t ↑ / ↓ ms
        """

    /// What `t` asks of the store `write` wrote: the offers list's first page in each order, either way, with no
    /// word and with one (the coordinator's list: every status but withdrawn; each figure the median of three runs),
    /// and the key itself in a coordinator's session (the page asked, the offers on screen read, the frame drawn);
    /// then what the filter pickers ask while words are searched (the counts of the offers holding them).
    static func sorts(_ url: String) throws -> String {
        let store = try PostgresStore.open(try location(url), holdingEveryOffer: false)
        let today = CivilDate.today(), statuses = Set(OfferStatus.allCases).subtracting([.withdrawn])
        func median(_ body: () throws -> Void) rethrows -> Double {
            try (0..<3).map { _ in try milliseconds(body) }.sorted()[1]
        }
        var counts: [String] = [], offers = 0
        for words in [[], ["archiv"], ["de"]] {
            var summary = OfferSummary()
            let time = try median { summary = try store.offerSummary(today: today, words: words) }
            let found = summary.groups.values.reduce(0, +)
            if words.isEmpty { offers = found }
            counts.append((words.first.map { "\"\($0)\"" } ?? "no word") + String(format: " %.1f ms (%d offers)", time, found))
        }
        let size = Size(width: 120, height: 40)
        let state = AppState(data: store.base, actor: .coordinator("bench"), language: .fr, today: today, storeName: "bench", size: size)
        var keystrokes = Keystrokes(runtime: AppRuntime(state: state, store: store), size: size)
        let pressed = keystrokes.sorts().first  // each column's order ↑ and ↓, then back to the list's own
        var lines: [String] = []
        for (i, order) in OfferQuery.Order.allCases.enumerated() {
            let figures = try [[], ["archiv"]].flatMap { words in
                try [false, true].map { descending in
                    let query = OfferQuery(words: words, statuses: statuses, order: order, descending: descending, today: today)
                    return try median { _ = try store.offerIDs(query, first: 500) }  // the list's first page (`OfferCatalogState.page`)
                }
            }
            lines.append(String(format: "%6d  ", offers) + order.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                         + String(format: "%8.1f / %5.1f  %12.1f / %5.1f  ", figures[0], figures[1], figures[2], figures[3])
                         + (i == 0 ? String(format: "%8.1f back", pressed.last ?? 0) : String(format: "%8.1f / %5.1f", pressed[2 * i - 2], pressed[2 * i - 1])))
        }
        return (lines + ["        counts by status, domain and city: " + counts.joined(separator: ", ")]).joined(separator: "\n")
    }

    /// The coordinator's session on the store `write` wrote.
    static func session(_ url: String) throws -> String {
        let location = try location(url)
        let size = Size(width: 120, height: 40)
        // As the application opens: the first screen from the programme, the organisations and the offers asked
        // for, then the rest read (on another thread in the application, while that screen shows).
        let start = DispatchTime.now().uptimeNanoseconds
        let store = try PostgresStore.openFirstScreen(location)
        let state = AppState(data: store.base, actor: .coordinator("bench"), language: .fr, today: .today(),
                             storeName: "bench", size: size, preview: true)
        var keystrokes = Keystrokes(runtime: AppRuntime(state: consume state, store: store), size: size)
        var canvas = Canvas(size)
        keystrokes.runtime.render(into: &canvas)
        let list = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        try store.readRest { _ in }
        keystrokes.runtime.loaded()
        let ready = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let search = keystrokes.search()
        let (first, next) = keystrokes.saves()
        // Another session's save of an offer on screen, then this one's next look (NOTIFY heard, the log's records read).
        let other = try PostgresStore.open(location, holdingEveryOffer: false)
        if let id = keystrokes.runtime.state.data.offers.keys.sorted().first, var offer = try other.takeInOffers([id]).first {
            var changed = other.base
            offer.city += " (autre)"
            try changed.save(offer, by: .coordinator("bench"), at: Date())
            _ = try other.save(changed)
        }
        usleep(50_000)
        let takenIn = milliseconds { _ = keystrokes.runtime.handle(.tick, size: size) }
        return String(format: "%6.0f ms / %5.1f s  %8.1f / %5.1f ms  %11.1f / %5.1f ms  %14.1f ms  %7.0f  ",
                      list, ready / 1000, search.average, search.worst, first, next, takenIn, peakMemoryMB())
    }
}
