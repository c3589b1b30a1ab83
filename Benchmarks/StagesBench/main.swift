#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Screens
import StagesCore
import StagesStore
import TerminalKit

/// Measures `stages` at university scale and prints the figures. Run it in
/// release: `swift run -c release stages-bench [offers…]` (default 1000 10000 100000).
/// Each size runs in its own process, so the peak memory is that size's.
/// `stages-bench stress STORE WRITER COUNT [RATIO]` is the concurrent writer the store tests use;
/// `stages-bench first-screen --until TEXT -- COMMAND…` times a real binary to its first screen (see FirstScreen);
/// `stages-bench postgres URL [offers…]` measures the same session on a PostgreSQL store, and the offers list's orders
/// (see PostgresMeasure); `stages-bench postgres URL sorts` the orders alone, on the store as it is (an index tried by hand).

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}

/// This binary run with `arguments`, and what it printed.
func child(_ arguments: [String]) throws -> String {
    let process = Process(), output = Pipe()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = arguments
    process.standardOutput = output
    try process.run()
    process.waitUntilExit()
    return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
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
if arguments.first == "first-screen" {
    do {
        try FirstScreen.main(Array(arguments.dropFirst()))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(2)
    }
}
if arguments.first == "write", arguments.count == 3, let size = Int(arguments[1]) {
    print(try Measure.write(offers: size, to: URL(fileURLWithPath: arguments[2])))
    exit(0)
}
if arguments.first == "postgres", arguments.count >= 2 {
    let url = arguments[1]
    if arguments.count == 3, arguments[2] == "student" {
        print(try PostgresMeasure.student(url))
        exit(0)
    }
    if arguments.count == 3, arguments[2] == "session" {
        print(try PostgresMeasure.session(url))
        exit(0)
    }
    if arguments.count == 3, arguments[2] == "sorts" {
        print(try PostgresMeasure.sorts(url))
        exit(0)
    }
    if arguments.count == 4, arguments[2] == "write", let size = Int(arguments[3]) {
        print(try PostgresMeasure.write(url, offers: size))
        exit(0)
    }
    FileHandle.standardOutput.write(Data((PostgresMeasure.header + "\n").utf8))
    // Each size, then a student's session on it, in processes of their own started from this small
    // one: Linux carries a parent's peak memory into its child, so a big parent would blur the child's.
    // The orders' table of each size is printed under the sessions' one.
    var sorts: [String] = []
    for size in arguments.dropFirst(2).compactMap(Int.init).nilIfEmpty ?? [1_000, 10_000, 100_000] {
        for arguments in [["postgres", url, "write", String(size)], ["postgres", url, "session"], ["postgres", url, "student"]] {
            FileHandle.standardOutput.write(Data(try child(arguments).replacingOccurrences(of: "\n", with: "").utf8))
        }
        FileHandle.standardOutput.write(Data("\n".utf8))
        sorts.append(try child(["postgres", url, "sorts"]))
    }
    print("\n" + PostgresMeasure.sortsHeader + "\n" + sorts.joined(), terminator: "")
    exit(0)
}
if arguments.first == "one", arguments.count == 2, let size = Int(arguments[1]) {
    let measure = try Measure.run(offers: size)
    print(measure.row + "\n" + measure.sorts)
    exit(0)
}

let sizes = arguments.compactMap(Int.init)
FileHandle.standardOutput.write(Data((Measure.header + "\n").utf8))
// Each size's row, and its orders' table printed under the rows'.
var sorts: [String] = []
for size in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
    let output = try child(["one", String(size)]).split(separator: "\n", maxSplits: 1)
    print(output.first ?? "")
    sorts.append(output.dropFirst().joined())
}
print("\n" + Measure.sortsHeader + "\n" + sorts.joined(), terminator: "")
