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
        offers  students  file MB  write store  list on screen (read+index+draw)  all ready (read+index+draw)  search key avg/max  open placement  save 1 edit  peak MB
        """

    var row = ""

    static func run(offers count: Int) throws -> Measure {
        let data = DemoData.scaled(offers: count)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stages-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        let write = try milliseconds { _ = try Store.create(url, with: data) }
        let fileMB = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) / 1_048_576
        let size = Size(width: 120, height: 40)

        // Open the store, build the application, draw the first offers screen.
        var runtime: AppRuntime!
        var canvas = Canvas(size)
        // As the binary does it (see StoreOpening): the offers first and their list drawn,
        // then the rest of the store, and the application over everything.
        let start = DispatchTime.now().uptimeNanoseconds
        func since() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
        let opening = try StoreOpening(url)
        let previewRead = since()
        var state = AppState(data: opening.preview!, actor: .coordinator("bench"), language: .fr, today: .today(),
                             storeName: "bench", size: size, preview: true)
        LoadingScreen(state: state).render(into: &canvas)
        let listOnScreen = since()
        let store = try opening.finish()
        let restRead = since()
        state.loaded(store.base)
        runtime = AppRuntime(state: state, store: store)
        runtime.render(into: &canvas)
        let ready = since()
        func press(_ key: Key) -> Double {
            milliseconds {
                _ = runtime.handle(.key(key), size: size)
                var frame = Canvas(size)
                runtime.render(into: &frame)
            }
        }
        // Each keystroke of a search: update, filter, draw.
        _ = press(.character("/"))
        let keys = "archiv".map { press(.character($0)) }
        _ = press(.escape)
        _ = press(.escape)
        // The placements tab, then a placement's detail with its findings.
        _ = press(.character("2"))
        let openPlacement = press(.enter)
        _ = press(.escape)
        // Edit an offer's title and save it through the store.
        _ = press(.character("1"))
        _ = press(.character("e"))
        _ = press(.end)
        _ = press(.character("!"))
        let save = press(.function(2))

        var m = Measure()
        m.row = String(format: "%6d  %8d  %7.1f  %8.0f ms  %7.0f ms (%4.0f+%4.0f)  %14.0f ms (%4.0f+%4.0f)  %8.1f / %5.1f ms  %11.1f ms  %8.1f ms  %7.0f",
                       count, data.students.count, fileMB, write, listOnScreen, previewRead, listOnScreen - previewRead,
                       ready, restRead - listOnScreen, ready - restRead,
                       keys.reduce(0, +) / Double(keys.count), keys.max() ?? 0, openPlacement, save, peakMemoryMB())
        return m
    }
}
