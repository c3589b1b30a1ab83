import ArgumentParser
import CursesTerminal
import Foundation
import Screens
import StagesRuntime
import StagesStore
import TerminalKit

/// Runs the application on the real terminal until it ends, then exits with
/// its status: 0, or 129, 130 and 143 after SIGHUP, Ctrl-C and SIGTERM.
enum Interactive {
    /// `makeState` receives the terminal's size once the terminal is ours.
    static func run(_ store: Store, french: Bool, makeState: (Size) -> AppState) throws {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            Console.err(message(error, french: french))
            throw ExitCode(2)
        }
        var runtime = AppRuntime(state: makeState(terminal.size), store: store)
        // Idle for two seconds: look for others' changes.
        let ending = EventLoop.run(&runtime, on: terminal, idleTimeout: 2_000)
        terminal.stop()
        let status = ending == .finished ? runtime.exitStatus : ending.exitStatus
        if status != 0 { throw ExitCode(status) }
    }

    /// Why the terminal could not be started, in the user's language.
    static func message(_ error: CursesTerminal.StartError, french: Bool) -> String {
        guard french else { return error.message }
        return switch error {
        case .notATerminal: "stages doit être lancé dans un terminal (l'entrée ou la sortie est redirigée)."
        case .noTerminalType: "La variable TERM n'est pas définie : impossible de piloter ce terminal (essayez TERM=xterm-256color)."
        case .unknownTerminalType(let name): "Type de terminal inconnu ou trop limité : TERM=\(name) (essayez TERM=xterm-256color)."
        case .tooLarge(let width, let height):
            "Fenêtre de \(width)×\(height) : au plus \(CursesTerminal.maxSize.width)×\(CursesTerminal.maxSize.height)."
        }
    }
}
