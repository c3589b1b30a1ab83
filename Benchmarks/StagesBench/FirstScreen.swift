#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The real binary from launch to its first screen, as a person meets it: the
/// command runs on a pseudo-terminal of the given size, and the time is taken
/// when its output first holds `until` (and, if given, `ready`: the moment the
/// rest is loaded). Any full-screen program can be timed the same way, so the
/// figure compares with another tool's (a spreadsheet viewer's) on the same data.
///
/// `stages-bench first-screen [--size 120x40] --until TEXT [--ready TEXT] -- COMMAND ARG…`
enum FirstScreen {
    struct Timing {
        var untilMs: Double
        var readyMs: Double?
    }

    static func main(_ arguments: [String]) throws {
        var size = (width: 120, height: 40)
        var until: String?, ready: String?
        var rest = arguments[...]
        while let flag = rest.first, flag != "--" {
            rest = rest.dropFirst()
            guard let value = rest.first else { throw Usage() }
            rest = rest.dropFirst()
            switch flag {
            case "--size":
                let parts = value.split(separator: "x").compactMap { Int($0) }
                guard parts.count == 2 else { throw Usage() }
                size = (parts[0], parts[1])
            case "--until": until = value
            case "--ready": ready = value
            default: throw Usage()
            }
        }
        guard let until, rest.first == "--", rest.count > 1 else { throw Usage() }
        let timing = try run(Array(rest.dropFirst()), width: size.width, height: size.height, until: until, ready: ready)
        print(String(format: "first screen %.0f ms", timing.untilMs)
              + (timing.readyMs.map { String(format: ", ready %.0f ms", $0) } ?? ""))
    }

    struct Usage: Error, CustomStringConvertible {
        var description: String {
            "usage: stages-bench first-screen [--size WxH] --until TEXT [--ready TEXT] -- COMMAND ARG…"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ command: [String], width: Int, height: Int, until: String, ready: String?,
                    timeoutSeconds: Double = 120) throws -> Timing {
        var window = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let argv = command.map { strdup($0) } + [nil]
        // The child inherits these: a common terminal, and UTF-8 for every program alike.
        setenv("TERM", "xterm-256color", 1)
        setenv("LANG", "C.UTF-8", 1)
        let start = DispatchTime.now().uptimeNanoseconds
        let child = forkpty(&master, nil, nil, &window)
        if child == 0 {
            execvp(argv[0]!, argv)
            _exit(127)
        }
        guard child > 0 else { throw Failure(description: "forkpty: \(String(cString: strerror(errno)))") }
        defer {
            kill(child, SIGTERM)
            var status: Int32 = 0
            waitpid(child, &status, 0)
            close(master)
        }
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
        var output: [UInt8] = []
        var timing: Timing?
        let untilBytes = Array(until.utf8), readyBytes = ready.map { Array($0.utf8) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while elapsed() < timeoutSeconds * 1000 {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 100) >= 0 else { break }
            guard fds.revents != 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
            if timing == nil, contains(output, untilBytes) {
                timing = Timing(untilMs: elapsed())
                if readyBytes == nil { return timing! }
                output.removeAll(keepingCapacity: true)  // what says "ready" comes after the first screen
            }
            if timing != nil, let readyBytes, contains(output, readyBytes) {
                timing?.readyMs = elapsed()
                return timing!
            }
        }
        throw Failure(description: "“\(timing == nil ? until : ready ?? until)” never appeared within \(Int(timeoutSeconds)) s; "
                      + "the last output: \(String(decoding: output.suffix(400), as: UTF8.self))")
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.firstRange(of: needle) != nil
    }
}
