import ArgumentParser
import CursesTerminal
import Foundation
import Screens
import StagesRuntime
import StagesStore
import TerminalKit

/// Runs the application on the real terminal until it ends, then exits with
/// its status: 0, or 130 and 143 after Ctrl-C and SIGTERM.
enum Interactive {
    /// `makeState` receives the terminal's size once the terminal is ours.
    static func run(_ store: Store, french: Bool, makeState: (Size) -> AppState) throws {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            FileHandle.standardError.write(Data((error.message(french: french) + "\n").utf8))
            throw ExitCode(2)
        }
        var runtime = AppRuntime(state: makeState(terminal.size), store: store)
        // Idle for two seconds: look for others' changes.
        let ending = EventLoop.run(&runtime, on: terminal, idleTimeout: 2_000)
        terminal.stop()
        let status = ending == .finished ? runtime.exitStatus : ending.exitStatus
        if status != 0 { throw ExitCode(status) }
    }
}
