import Foundation

/// Where the store lives: `--store PATH`, else `$STAGES_STORE`, else
/// `$XDG_DATA_HOME/stages/store.json`, else `~/.local/share/stages/store.json`.
public enum StoreLocation {
    /// The store as given (`--store`, else `$STAGES_STORE`): a path, or a database's URL; nil when neither is.
    public static func given(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["STAGES_STORE"], !path.isEmpty { return path }
        return nil
    }

    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let given = given(explicit: explicit, environment: environment) { return URL(fileURLWithPath: given) }
        return URL(fileURLWithPath: dataFolder(environment: environment) + "/store.json")
    }

    /// `$XDG_DATA_HOME/stages`, else `~/.local/share/stages`: the default store's folder, and a
    /// database store's drafts'.
    public static func dataFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataHome = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            dataHome = home.appendingPathComponent(".local/share")
        }
        return dataHome.appendingPathComponent("stages").path
    }
}
