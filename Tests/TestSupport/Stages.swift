import Foundation

/// The built `stages` binary, as a user runs it.
public enum Stages {
    /// Its path, beside the tests.
    public static var path: String { builtProduct("stages") }

    /// Runs it with `arguments` and `environment` over this process's own, as Unix user `user`
    /// if given; what it prints to standard output and error is kept apart.
    public static func run(_ arguments: [String], environment: [String: String] = [:], as user: uid_t? = nil) throws -> Spawn.Run {
        try Spawn.run((user.map(Spawn.asUser) ?? []) + [path] + arguments, environment: environment, errors: .apart)
    }

    /// Writes a demo store (`stages demo`) in `folder`, which must be private (`privateFolder`);
    /// returns the store's file. Its coordinators are the demo's and the user running the tests.
    public static func demoStore(in folder: URL) throws -> URL {
        let store = folder.appendingPathComponent("store.json")
        let demo = try run(["demo", "--store", store.path])
        guard demo.status == 0 else { throw Failure(message: "stages demo exited \(demo.status): \(demo.errors)") }
        return store
    }

    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
