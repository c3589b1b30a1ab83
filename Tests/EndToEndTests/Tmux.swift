#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// A private tmux server running one of our binaries in a real terminal:
/// keys go in with send-keys, the screen comes out with capture-pane, and
/// every wait polls for the expected text with a deadline instead of sleeping.
final class Tmux {
    let socket = "stages-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (a binary built beside the tests, and its arguments)
    /// in a `width`×`height` window. When it exits, the pane says "[tty restored]"
    /// if the terminal settings are as before, then "[exit N]".
    convenience init(_ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        try self.init(shell: command.map(Self.quote).joined(separator: " "), width: width, height: height,
                      environment: environment)
    }

    /// Runs a shell command line. tmux sets TERM itself: to change it, put `env TERM=…` in the line.
    init(shell line: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        let env = ["SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "NO_COLOR": ""].merging(environment) { $1 }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        // After the program, the pane says whether the tty settings came back, and the exit status.
        let script = "s=$(stty -g); \(line); r=$?; [ \"$(stty -g)\" = \"$s\" ] && echo '[tty restored]'; echo \"[exit $r]\"; sleep 600"
        arguments.append("sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'")
        try run(arguments)
    }

    /// Ends the server and everything in its pane: `kill-server` alone left
    /// servers behind here, holding a pane's `sleep` and its terminal.
    deinit {
        let pids = (try? run(["display-message", "-p", "-t", "0", "#{pid} #{pane_pid}"]))?
            .split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? []
        _ = try? run(["kill-server"])
        if pids.count == 2 {
            kill(-pids[1], SIGKILL)  // the pane's shell leads its own process group
            kill(pids[0], SIGKILL)
        }
    }

    static func quote(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "/._-=".contains($0) } ? word : "\"\(word)\""
    }

    /// Runs a tmux command and returns what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket] + arguments, errors: .discarded).output
    }

    /// Sends keys as tmux names them ("Enter", "Escape", "C-c", "Tab") or literal text.
    func send(_ keys: String...) throws { try run(["send-keys", "-t", "0"] + keys) }

    func type(_ text: String) throws { try run(["send-keys", "-t", "0", "-l", text]) }

    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Sends a signal to the program (the child of the pane's shell).
    func signal(_ name: String) throws {
        let shell = try run(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try Spawn.run(["pkill", "-\(name)", "-P", shell])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `text` appears; fails the test with the screen after `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        Issue.record("“\(text)” never appeared; the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }
}
