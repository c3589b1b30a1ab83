#if canImport(Glibc)
import Glibc
#endif
import Foundation
import StagesCore
import StagesStore

/// Measures the store at university scale and prints the figures.
/// Run it in release: `swift run -c release stages-bench [offers…]`.
/// `stages-bench stress STORE WRITER COUNT [RATIO]` is the concurrent writer the store tests use.

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

/// The best of `runs`: the figure least disturbed by the rest of the machine.
func best(_ runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    var out = Double.infinity
    for _ in 0..<runs { out = min(out, try milliseconds(body)) }
    return out
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "stress", arguments.count >= 4, let count = Int(arguments[3]) {
    try Stress.run(store: arguments[1], writer: arguments[2], count: count,
                   compactionRatio: arguments.count > 4 ? Double(arguments[4]) : nil)
    exit(0)
}
let sizes = arguments.compactMap(Int.init)
let coordinator = Actor.coordinator("bench")
print("offers  students  placements  file MB  create ms  open ms  save-1-edit ms  save-cold ms  check-all ms  peak MB")
for size in sizes.isEmpty ? [1_000, 10_000] : sizes {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stages-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("store.json")
    let data = ScaleData.make(offers: size)

    var store: Store!
    let create = try milliseconds { store = try Store.create(url, with: data) }
    let fileMB = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) / 1_048_576
    let open = try best(3) { store = try Store.open(url) }
    _ = try store.save(store.base)  // fills the per-record cache, as the first save of a session does

    var edits = 0
    let saveOne = try best {
        var changed = store.base
        var offer = changed.offers["off-000000"]!
        offer.title = "Titre modifié \(edits)"
        edits += 1
        try changed.save(offer, by: coordinator, at: Date())
        _ = try store.save(changed)
    }
    let saveCold = try best(3) {
        let fresh = try Store.open(url)
        var changed = fresh.base
        changed.programme.minWeeks = 12 + edits % 2
        edits += 1
        _ = try fresh.save(changed)
    } - open
    let check = best(1) { _ = RuleBook(store.base).allFindings() }
    print(String(format: "%6d  %8d  %10d  %7.1f  %9.0f  %7.0f  %14.1f  %12.0f  %12.0f  %7.0f",
                 size, data.students.count, data.placements.count, fileMB, create, open, saveOne, saveCold, check, peakMemoryMB()))
}
