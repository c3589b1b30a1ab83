import Foundation

/// A PostgreSQL store's address: `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgres://` too). Without a password in it, the password comes from `PGPASSWORD`, else
/// from the password file as libpq reads it (`PGPASSFILE`, else `~/.pgpass`, owner-only), which is
/// how SSH sessions' forced commands find it without writing it in `authorized_keys`.
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
        self.host = host
        port = url.port ?? 5432
        self.database = database
        password = url.password.map { $0.removingPercentEncoding ?? $0 } ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.passwordFile(environment).flatMap { Self.password(in: $0, host: host, port: url.port ?? 5432, database: database,
                                                                     user: user.removingPercentEncoding ?? user) }
    }

    /// The password file's text, when it is a regular file only its owner may read (as libpq demands).
    private static func passwordFile(_ environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0 else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    /// The first line `host:port:database:user:password` that matches (`*` matches anything; `\:` is a colon).
    static func password(in file: String, host: String, port: Int, database: String, user: String) -> String? {
        for line in file.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [], field = "", escaped = false
            for c in line {
                if escaped { field.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == ":" && fields.count < 4 {
                    fields.append(field); field = ""
                } else { field.append(c) }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// How messages name it: never with its password.
    public var name: String { "postgresql://\(user)@\(host):\(port)/\(database)" }
}
