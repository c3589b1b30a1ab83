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
