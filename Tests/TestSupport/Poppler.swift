import Foundation

/// poppler-utils, which the tests need (CI installs them): missing, the tests fail and say so.
public enum Poppler {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    public static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let executable = directories.map({ "\($0)/\(tool)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            throw Failure(description: "\(tool) is not installed: these tests read the PDF back with poppler-utils "
                + "(apt-get install poppler-utils; .ci/run installs it)")
        }
        let run = try Spawn.run([executable] + arguments, errors: .apart)
        guard run.status == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) ended with \(run.status): \(run.errors)")
        }
        return run.output
    }

    /// `pdftotext` of a whole file, in reading order (no layout): what a reader copies out of it.
    public static func text(_ path: String) throws -> String {
        try run("pdftotext", ["-enc", "UTF-8", path, "-"])
    }
}
