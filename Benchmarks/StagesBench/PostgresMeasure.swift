import Foundation
import Screens
import StagesCore
import StagesPostgres
import StagesRuntime
import StagesStore
import TerminalKit

/// The same session as `Measure`, on a PostgreSQL store: `stages-bench postgres URL [offers…]`
/// (a database the bench may empty; each size runs in a process of its own).
struct PostgresMeasure {
    static let header = """
        offers  write  open + list on screen  search key avg/max  save 1 edit (first / next)  another's save taken in  peak MB  student: open / peak MB
        """

    /// A student's session on the store `run` wrote: what it reads, and its own process's peak.
    static func student(_ url: String) throws -> String {
        guard let location = PostgresLocation(url) else { return "" }
        let size = Size(width: 120, height: 40)
        let open = try milliseconds {
            let store = try PostgresStore.open(location, scope: .student("etu000001"))
            let state = AppState(data: store.base, actor: .student("etu000001"), language: .fr, today: .today(),
                                 storeName: "bench", size: size)
            var canvas = Canvas(size)
            AppRuntime(state: state, store: store).render(into: &canvas)
        }
        return String(format: "%9.0f ms / %4.0f", open, peakMemoryMB())
    }

    static func run(_ url: String, offers count: Int) throws -> String {
        guard let location = PostgresLocation(url) else { throw StoreError.database(name: url, problem: .server("not a postgresql:// URL")) }
        // The generated records are let go once written: the peak is the session's.
        let write = try milliseconds { try PostgresStore.initialise(location, with: DemoData.scaled(offers: count), replacing: true) }
        let size = Size(width: 120, height: 40)
        let start = DispatchTime.now().uptimeNanoseconds
        let store = try PostgresStore.open(location)
        let state = AppState(data: store.base, actor: .coordinator("bench"), language: .fr, today: .today(),
                             storeName: "bench", size: size)
        var keystrokes = Keystrokes(runtime: AppRuntime(state: consume state, store: store), size: size)
        var canvas = Canvas(size)
        keystrokes.runtime.render(into: &canvas)
        let list = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let search = keystrokes.search()
        let (first, next) = keystrokes.saves()
        // Another session's save, then this one's next look (NOTIFY heard, the log's records read).
        let other = try PostgresStore.open(location)
        var changed = other.base
        if var offer = changed.offers.values.first {
            offer.city += " (autre)"
            try changed.save(offer, by: .coordinator("bench"), at: Date())
        }
        _ = try other.save(changed)
        usleep(50_000)
        let takenIn = milliseconds { _ = keystrokes.runtime.handle(.tick, size: size) }
        return String(format: "%6d  %6.0f ms  %14.0f ms  %8.1f / %5.1f ms  %11.1f / %5.1f ms  %14.1f ms  %7.0f  ",
                      count, write, list, search.average, search.worst, first, next, takenIn, peakMemoryMB())
    }
}
