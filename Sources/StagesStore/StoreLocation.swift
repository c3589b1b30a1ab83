import Foundation

/// Where the store lives: `--store PATH`, else `$STAGES_STORE`, else
/// `$XDG_DATA_HOME/stages/store.json`, else `~/.local/share/stages/store.json`.
public enum StoreLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let path = environment["STAGES_STORE"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataHome = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            dataHome = home.appendingPathComponent(".local/share")
        }
        return dataHome.appendingPathComponent("stages/store.json")
    }
}
