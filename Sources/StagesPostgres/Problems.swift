import NIOCore
import PostgresNIO
import StagesStore

/// A postgres-nio or network error as the one line a user reads.
enum Problems {
    /// NIO's connection errors, which nest the socket's own, as the few words that matter.
    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        for (needle, said) in [("Connection refused", "connection refused"), ("timeout", "timed out"), ("Timeout", "timed out"),
                               ("resolve", "host not found"), ("No route", "no route to host"), ("unreachable", "network unreachable")]
        where text.contains(needle) {
            return said
        }
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }

    static func of(_ error: any Error, _ location: PostgresLocation) -> DatabaseProblem {
        guard let error = error as? PSQLError else { return .unreachable("\(location.host):\(location.port): \(error)") }
        if let state = error.serverInfo?[.sqlState] {
            let message = error.serverInfo?[.message] ?? state
            switch state {
            case "28P01", "28000": return .authenticationFailed(user: location.user)
            case "3D000": return .missingDatabase(location.database)
            case "42P01": return .notInitialised
            case "23505", "23503", "23514", "23502": return .refused(message)
            default: return .server(message)
            }
        }
        switch error.code {
        case .authMechanismRequiresPassword:
            return .authenticationFailed(user: location.user)  // no password was found for it
        case .connectionError:
            return .unreachable("\(location.host):\(location.port)" + (error.underlying.map { ": " + reason($0) } ?? ""))
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return .offline("\(location.host):\(location.port)")
        default:
            return .server(String(describing: error.code))
        }
    }
}
