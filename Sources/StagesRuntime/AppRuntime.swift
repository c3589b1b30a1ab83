import Screens
import StagesStore
import TerminalKit

/// Runs the application over a store: turns terminal events into messages,
/// carries out the effects `update` returns (saving, reloading, printing, quitting),
/// and feeds their results back as messages. It lives outside `Screens`,
/// which never touches a file: the application is values in, effects out.
public struct AppRuntime: InteractiveProgram {
    public private(set) var state: AppState
    let store: any RecordStore
    public private(set) var exitStatus: Int32 = 0

    public init(state: AppState, store: any RecordStore) {
        self.state = state
        self.store = store
        if store.offerCatalog != nil {
            self.state.asksForOffers()
            exitStatus = run([.started]) ?? 0
        }
    }

    /// The whole store, read after the first screen this runtime was made on (a state made with
    /// `preview: true` over a store opened for its first screen): taken in, and the screen's offers asked again.
    public mutating func loaded() {
        state.loaded(store.base)
        if store.offerCatalog != nil { exitStatus = run([.started]) ?? 0 }
    }

    public func render(into canvas: inout Canvas) {
        Application.render(state, into: &canvas)
    }

    public func tooSmallMessage(_ size: Size) -> String {
        Application.tooSmallMessage(state, size)
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
        // Others' saves are taken in before a key acts (two stat calls when there are none).
        let queue: [Msg] = if case .key(let key) = event, key != .resize { [.catchUp, first] } else { [first] }
        if let quitting = run(queue) {
            exitStatus = quitting
            return false
        }
        return true
    }

    /// Updates the state with each message, carries out the effects, and feeds their results back
    /// in before the next message; the exit status once one asked to quit.
    private mutating func run(_ messages: [Msg]) -> Int32? {
        var queue = messages
        // Quitting waits for the effects asked before it, and for their results.
        var quitting: Int32?
        while !queue.isEmpty {
            // A message's results are taken in before the next message: the key after `.catchUp` sees its reload.
            var results: [Msg] = []
            for effect in Application.update(&state, queue.removeFirst()) {
                switch effect {
                case .quit(let status):
                    quitting = quitting ?? status
                case .save(let data):
                    do {
                        results.append(.saved(try store.save(data)))
                    } catch {
                        results.append(.saveFailed(error))
                    }
                case .saveDraft(let login, let fields):
                    do {
                        try FormDrafts(store: store).save(fields, for: login)
                        results.append(.draftKept)
                    } catch {
                        results.append(.draftSaveFailed(error))
                    }
                case .removeDraft(let login):
                    FormDrafts(store: store).remove(login)
                case .printConvention(let id, let amendment, let draft):
                    results.append(ConventionPrinter.print(id, amendment: amendment, draft: draft,
                                                           from: state.data, in: state.language, beside: store))
                case .refresh(let force):
                    guard force || store.changedOnDisk else { continue }
                    do {
                        let data = try store.reload()
                        results.append(.reloaded(data, changed: store.lastTakenIn))
                    } catch {
                        results.append(.reloadFailed(error))
                    }
                case .askOffers(let question):
                    results.append(ask(question))
                }
            }
            queue = results + queue
        }
        return quitting
    }

    /// A question for the store's catalog (asked only of a store that has one), and its answer.
    private func ask(_ question: OfferQuestion) -> Msg {
        guard let catalog = store.offerCatalog else { preconditionFailure("offers asked of a store that holds them all") }
        do {
            switch question {
            case .list(let query, let first):
                let ids = try catalog.offerIDs(query, first: first)
                return .offersListed(query, ids, complete: first.map { ids.count < $0 } ?? true)
            case .summary(let today, let words):
                return .offersSummarized(words: words, try catalog.offerSummary(today: today, words: words))
            case .records(let ids): return .offersTakenIn(asked: ids, try catalog.takeInOffers(ids))
            }
        } catch {
            return .offersUnavailable(error)
        }
    }
}
