import StagesCore
import StagesStore
import TerminalKit

/// Runs the application over a store: turns terminal events into messages,
/// carries out the effects `update` returns (saving, reloading, quitting),
/// and feeds their results back as messages.
public struct AppRuntime: InteractiveProgram {
    public private(set) var state: AppState
    let store: Store
    public private(set) var exitStatus: Int32 = 0

    public init(state: AppState, store: Store) {
        self.state = state
        self.store = store
    }

    public func render(into canvas: inout Canvas) {
        AppView.render(state, into: &canvas)
    }

    public func tooSmallMessage(_ size: Size) -> String {
        state.t("Fenêtre trop petite : \(size.width)×\(size.height). Agrandissez-la à 80×24 au moins.",
                "Window too small: \(size.width)×\(size.height). Make it at least 80×24.")
    }

    public mutating func handle(_ event: TerminalEvent, size: Size) -> Bool {
        if size != state.size { state.size = size }
        let first: Msg = switch event {
        case .key(.resize): .resized(size)
        case .key(let key): .key(key)
        case .interrupt: .interrupt
        case .terminate, .hangUp: .terminate  // drafts kept alike; the event loop gives each its status
        case .tick: .tick
        }
        var queue = [first]
        while !queue.isEmpty {
            for effect in Update.update(&state, queue.removeFirst()) {
                switch effect {
                case .quit(let status):
                    exitStatus = status
                    return false
                case .save(let data):
                    do {
                        queue.append(.saved(try store.save(data)))
                    } catch {
                        queue.append(.saveFailed(error))
                    }
                case .saveDraft(let login, let fields):
                    do {
                        try FormDrafts(store: store).save(fields, for: login)
                    } catch {
                        queue.append(.saveFailed(error))
                    }
                case .removeDraft(let login):
                    FormDrafts(store: store).remove(login)
                case .refresh(let force):
                    guard force || store.changedOnDisk else { continue }
                    do {
                        queue.append(.reloaded(try store.reload()))
                    } catch {
                        queue.append(.saveFailed(error))
                    }
                }
            }
        }
        return true
    }
}
