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
/// `stages-bench postgres URL [offers…]` measures the same session on a PostgreSQL store (see PostgresMeasure).

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
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
    if arguments.count == 4, arguments[2] == "write", let size = Int(arguments[3]) {
        print(try PostgresMeasure.write(url, offers: size))
        exit(0)
    }
    FileHandle.standardOutput.write(Data((PostgresMeasure.header + "\n").utf8))
    // Each size, then a student's session on it, in processes of their own started from this small
    // one: Linux carries a parent's peak memory into its child, so a big parent would blur the child's.
    for size in arguments.dropFirst(2).compactMap(Int.init).nilIfEmpty ?? [1_000, 10_000, 100_000] {
        for arguments in [["postgres", url, "write", String(size)], ["postgres", url, "session"], ["postgres", url, "student"]] {
            let child = Process(), output = Pipe()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            child.arguments = arguments
            child.standardOutput = output
            try child.run()
            child.waitUntilExit()
            FileHandle.standardOutput.write(Data(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .replacingOccurrences(of: "\n", with: "").utf8))
        }
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
    exit(0)
}
if arguments.first == "one", arguments.count == 2, let size = Int(arguments[1]) {
    print(try Measure.run(offers: size).row)
    exit(0)
}

let sizes = arguments.compactMap(Int.init)
FileHandle.standardOutput.write(Data((Measure.header + "\n").utf8))
for size in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["one", String(size)]
    try child.run()
    child.waitUntilExit()
}
