import Foundation
import Screens
import StagesCore
import StagesRuntime
import StagesStore
import TerminalKit

/// One size of store, measured the way a coordinator meets it: opening the
/// application, typing a search, opening a placement, saving an edit.
struct Measure {
    static let header = """
        offers  students  file MB  write store  list on screen (first open / usual)  all ready (first / usual)  search key avg/max  open placement  save 1 edit (first / next)  peak MB
        """

    static let sortsHeader = """
        offers  order         first t ↑ / ↓ ms  again ↑ / ↓ ms
        """

    var row = ""
    /// The offers list's orders, one line each (see `Keystrokes.sorts`), under the rows' table.
    var sorts = ""

    /// Writes the store of `count` offers at `url`: done in a process of its own, so the
    /// peak memory measured afterwards is the application's, not the data generator's.
    static func write(offers count: Int, to url: URL) throws -> Double {
        let data = DemoData.scaled(offers: count)
        return try milliseconds { _ = try Store.create(url, with: data) }
    }

    static func run(offers count: Int) throws -> Measure {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stages-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        let writer = Process(), output = Pipe()
        writer.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        writer.arguments = ["write", String(count), url.path]
        writer.standardOutput = output
        try writer.run()
        writer.waitUntilExit()
        let write = Double(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan
        let students = count / 2
        let fileMB = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) / 1_048_576
        let size = Size(width: 120, height: 40)

        // As the binary does it (see StoreOpening): the offers first and their list drawn,
        // then the rest of the store, and the application over everything. The first opening
        // decodes the offers and leaves their snapshot; every later one draws from it.
        func open() throws -> (list: Double, ready: Double, runtime: AppRuntime) {
            var canvas = Canvas(size)
            let start = DispatchTime.now().uptimeNanoseconds
            func since() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
            let opening = try StoreOpening(url)
            var state = AppState(data: opening.preview!, actor: .coordinator("bench"), language: .fr, today: .today(),
                                 storeName: "bench", size: size, preview: true, offersByReceipt: opening.previewOrder)
            LoadingScreen(state: state).render(into: &canvas)
            let list = since()
            let store = try opening.finish()
            state.loaded(store.base)
            let runtime = AppRuntime(state: state, store: store)
            runtime.render(into: &canvas)
            return (list, since(), runtime)
        }
        let first = try { let (list, ready, _) = try open(); return (list: list, ready: ready) }()  // let go before the next
        // Taken apart so nothing but the runtime holds its records, as in the binary: an extra
        // holder would make the first edit copy every table.
        let usualList: Double, usualReady: Double
        var runtime: AppRuntime
        (usualList, usualReady, runtime) = try open()
        var keystrokes = Keystrokes(runtime: consume runtime, size: size)
        let search = keystrokes.search()
        // The placements tab, then a placement's detail with its findings.
        _ = keystrokes.press(.character("2"))
        let openPlacement = keystrokes.press(.enter)
        _ = keystrokes.press(.escape)
        let (firstSave, nextSave) = keystrokes.saves()

        var m = Measure()
        m.row = String(format: "%6d  %8d  %7.1f  %8.0f ms  %12.0f / %4.0f ms  %13.0f / %4.0f ms  %8.1f / %5.1f ms  %11.1f ms  %11.1f / %5.1f ms  %7.0f",
                       count, students, fileMB, write, first.list, usualList, first.ready, usualReady,
                       search.average, search.worst, openPlacement, firstSave, nextSave, peakMemoryMB())
        // After the row, whose figures are those of a session that sorted nothing: each order sorted
        // holds a list of every offer (and its rows for the search), until the offers change.
        let sorts = keystrokes.sorts()
        let lines = OfferQuery.Order.allCases.dropFirst().enumerated().map { i, order in
            String(format: "%6d  ", count) + order.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%8.1f / %5.1f  %8.1f / %5.1f", sorts.first[2 * i], sorts.first[2 * i + 1],
                                sorts.again[2 * i], sorts.again[2 * i + 1])
        }
        m.sorts = (lines + [String(format: "        back to its own order %.1f ms; peak MB with every order kept: %.0f",
                                   sorts.first.last ?? 0, peakMemoryMB())]).joined(separator: "\n")
        return m
    }
}
