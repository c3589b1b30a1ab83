import StagesCore

extension StoreError {
    /// The store's server could not be reached: the session says it is offline until it can.
    public var isOffline: Bool {
        switch self {
        case .database(_, .unreachable), .database(_, .offline): true
        default: false
        }
    }
}

/// What went wrong with a database store, said in one line (the database is named by `StoreError`).
public enum DatabaseProblem: Equatable, Sendable {
    /// No server answered at the address (refused, unknown host, timeout).
    case unreachable(String)
    case authenticationFailed(user: String)
    case missingDatabase(String)
    /// The schema is not there: `stages init` creates it.
    case notInitialised
    /// Its schema is older than this program's: `stages init` brings it up to date.
    case olderSchema(found: Int, supported: Int)
    case newerSchema(found: Int, supported: Int)
    /// A constraint refused the change (a unique login, a reference, one placement under way).
    case refused(String)
    /// The connection was lost and could not be made again; nothing of this save was written.
    case offline(String)
    /// `init` or `migrate` on a database that already holds records.
    case notEmpty
    /// Anything else the server said.
    case server(String)

    public var message: LocalizedText {
        switch self {
        case .unreachable(let why):
            LocalizedText(fr: "serveur PostgreSQL injoignable (\(why)) ; rien n'a été écrit.",
                          en: "PostgreSQL server unreachable (\(why)); nothing was written.")
        case .authenticationFailed(let user):
            LocalizedText(fr: "authentification refusée pour l'utilisateur « \(user) » (mot de passe : dans l'URL, PGPASSWORD ou ~/.pgpass).",
                          en: "authentication failed for user “\(user)” (password: in the URL, PGPASSWORD or ~/.pgpass).")
        case .missingDatabase(let name):
            LocalizedText(fr: "la base « \(name) » n'existe pas sur ce serveur (createdb \(name)).",
                          en: "database “\(name)” does not exist on this server (createdb \(name)).")
        case .notInitialised:
            LocalizedText(fr: "cette base n'a pas le schéma de stages : « stages init --store URL » le crée.",
                          en: "this database has no stages schema: “stages init --store URL” creates it.")
        case .olderSchema(let found, let supported):
            LocalizedText(fr: "schéma en version \(found), ce programme attend la \(supported) : « stages init --store URL » le met à jour.",
                          en: "schema version \(found), this program expects \(supported): “stages init --store URL” brings it up to date.")
        case .newerSchema(let found, let supported):
            LocalizedText(fr: "schéma en version \(found), plus récent que ce programme (\(supported)) : mettez stages à jour ; rien n'a été écrit.",
                          en: "schema version \(found), newer than this program's (\(supported)): update stages; nothing was written.")
        case .refused(let why):
            LocalizedText(fr: "enregistrement refusé par la base : \(why) ; rien n'a été écrit.",
                          en: "the database refused the save: \(why); nothing was written.")
        case .offline(let why):
            LocalizedText(fr: "hors ligne (\(why)) : rien de cet enregistrement n'est écrit ; il sera refait à la reconnexion.",
                          en: "offline (\(why)): nothing of this save is written; it is made again on reconnection.")
        case .notEmpty:
            LocalizedText(fr: "la base contient déjà des données ; rien n'a été écrit (--force pour l'écraser).",
                          en: "the database already holds records; nothing was written (--force to overwrite).")
        case .server(let why):
            LocalizedText(fr: "erreur du serveur : \(why).", en: "server error: \(why).")
        }
    }
}
