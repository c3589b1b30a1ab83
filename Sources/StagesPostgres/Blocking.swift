import Dispatch

/// The application is a synchronous loop; postgres-nio is async. A store call waits here for its
/// queries, which run on threads of their own (`QueryExecutor`), never on Swift's cooperative
/// pool: a caller blocked on a pool thread (a test, say) would otherwise wait for a thread it holds.
enum Blocking {
    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: QueryExecutor.shared) {
            do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try outcome.result!.get()
    }
}

/// Runs the store's tasks on a dispatch queue of their own.
final class QueryExecutor: TaskExecutor {
    static let shared = QueryExecutor()
    private let queue = DispatchQueue(label: "stages.postgres", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
