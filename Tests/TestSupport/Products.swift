import Foundation

/// The path of a product `swift build` made beside the tests (`stages`, `terminalkit-demo`,
/// `stages-bench`): the first folder up from the running test bundle that holds it.
public func builtProduct(_ name: String) -> String {
    var dir = Bundle.main.bundleURL
    while !FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), dir.path != "/" {
        dir.deleteLastPathComponent()
    }
    return dir.appendingPathComponent(name).path
}
