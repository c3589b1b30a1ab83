import Foundation

/// A PostgreSQL store's address: `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgres://` too). The password may also come from `PGPASSWORD`.
public struct PostgresLocation: Sendable, Equatable {
    public let user: String
    public let password: String?
    public let host: String
    public let port: Int
    public let database: String

    /// Whether `text` names a PostgreSQL store rather than a file.
    public static func names(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Nil when `text` is not such a URL; `environment` gives PGPASSWORD when the URL has none.
    public init?(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard Self.names(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty,
              let user = url.user, !user.isEmpty else { return nil }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { return nil }
        self.user = user.removingPercentEncoding ?? user
        password = url.password.map { $0.removingPercentEncoding ?? $0 } ?? environment["PGPASSWORD"]
        self.host = host
        port = url.port ?? 5432
        self.database = database
    }

    /// How messages name it: never with its password.
    public var name: String { "postgresql://\(user)@\(host):\(port)/\(database)" }
}
