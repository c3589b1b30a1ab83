import ArgumentParser
import CursesTerminal
import Foundation
import Screens
import StagesCore
import StagesPostgres
import StagesRuntime
import StagesStore
import TerminalKit

/// Runs the application on the real terminal until it ends, then exits with
/// its status: 0, or 129, 130 and 143 after SIGHUP, Ctrl-C and SIGTERM.
enum Interactive {
    /// `makeState` receives the terminal's size once the terminal is ours.
    static func run(_ store: any RecordStore, french: Bool, makeState: (Size) -> AppState) throws {
        let terminal = try start(french: french)
        try run(store, on: terminal, makeState: makeState)
    }

    /// The same for a store still being read: the preview's first screen is drawn at once
    /// (`preview` makes its state, nil to wait without it), with the progress of the rest;
    /// keys typed meanwhile wait in the terminal and reach the application in order.
    /// A store that turns out unreadable ends the terminal first, then `failed` says why.
    static func run(_ opening: StoreOpening, french: Bool, preview: (Dataset, Size) -> AppState?,
                    failed: (StoreError) -> Error, makeState: (Store, Size) -> AppState) throws {
        let terminal = try start(french: french)
        var loading: LoadingScreen?
        if let data = opening.preview, let state = preview(data, terminal.size) {
            var screen = LoadingScreen(state: state)
            repeat {
                // SIGTERM, SIGHUP or a kill -INT end the wait at once: nothing is typed yet, nothing to keep.
                if let signal = terminal.pendingSignal.flatMap(EventLoop.Ending.init(signal:)) {
                    terminal.stop()
                    throw ExitCode(signal.exitStatus)
                }
                screen.show(progress: opening.progress)
                terminal.present(EventLoop.frame(screen, size: terminal.size))
            } while !opening.wait(milliseconds: 100)
            loading = screen
        }
        let store: Store
        do {
            store = try opening.finish()
        } catch {
            terminal.stop()
            throw failed(error)
        }
        try run(store, on: terminal) { size in
            // The preview's state goes on with the whole store: what it derived is not derived twice.
            guard var state = loading?.state else { return makeState(store, size) }
            loading = nil  // its copy of the preview would stay in memory beside the whole store
            state.size = size
            state.loaded(store.base)
            return state
        }
    }

    /// A coordinator's session on a database: its first screen (the offers list, asked of the database) is
    /// drawn at once while the rest is read on another thread, with the progress; keys typed meanwhile wait
    /// in the terminal and reach the application in order. `makeState` makes the first screen's state (a preview).
    static func run(firstScreenOf store: PostgresStore, french: Bool, failed: (StoreError) -> Error,
                    makeState: (Size) -> AppState) throws {
        let terminal = try start(french: french)
        var runtime = AppRuntime(state: makeState(terminal.size), store: store)
        let reading = BackgroundReading(store)
        repeat {
            if let signal = terminal.pendingSignal.flatMap(EventLoop.Ending.init(signal:)) {
                terminal.stop()
                throw ExitCode(signal.exitStatus)
            }
            var screen = LoadingScreen(state: runtime.state)
            screen.show(progress: reading.progress)
            terminal.present(EventLoop.frame(screen, size: terminal.size))
        } while !reading.wait(milliseconds: 100)
        if let error = reading.failure {
            terminal.stop()
            throw failed(error)
        }
        runtime.loaded()
        try run(&runtime, on: terminal)
    }

    private static func start(french: Bool) throws -> CursesTerminal {
        do {
            return try CursesTerminal()
        } catch {
            Console.err(message(error, french: french))
            throw ExitCode(2)
        }
    }

    private static func run(_ store: any RecordStore, on terminal: CursesTerminal, makeState: (Size) -> AppState) throws {
        var runtime = AppRuntime(state: makeState(terminal.size), store: store)
        try run(&runtime, on: terminal)
    }

    private static func run(_ runtime: inout AppRuntime, on terminal: CursesTerminal) throws {
        // Idle for half a second: look for others' changes (two stat calls, or a flag NOTIFY set), so they show within a second.
        let ending = EventLoop.run(&runtime, on: terminal, idleTimeout: 500)
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

/// The rest of a database read on a thread of its own while the first screen shows. The store is
/// touched by that thread alone until `wait` says it is done: the main thread only draws meanwhile.
private final class BackgroundReading: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var share = 0.0
    private(set) var failure: StoreError?
    private let store: PostgresStore

    init(_ store: PostgresStore) {
        self.store = store
        Thread.detachNewThread { [self] in
            do throws(StoreError) {
                try self.store.readRest { read in self.lock.withLock { self.share = read } }
            } catch {
                failure = error
            }
            done.signal()
        }
    }

    var progress: Double { lock.withLock { share } }

    /// Whether the reading ended within `milliseconds`.
    func wait(milliseconds: Int) -> Bool { done.wait(timeout: .now() + .milliseconds(milliseconds)) == .success }
}
