import Foundation
import Testing

/// The real `stages` binary, as a user runs it.
@Suite struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static var binary: URL {
        var dir = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("stages").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("stages")
    }

    func stages(_ arguments: String...) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors, as: UTF8.self))
    }

    func temporaryStore() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("stages-cli-\(UUID().uuidString)/store.json").path
    }

    @Test func demoThenCheck() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent) }
        let demo = try stages("demo", "--store", store)
        #expect(demo.status == 0)
        #expect(demo.output.contains("44 offres, 30 étudiant·es"))
        let again = try stages("demo", "--store", store)
        #expect(again.status != 0)
        #expect(again.errors.contains(store))

        let check = try stages("check", "--store", store)
        #expect(check.status == 1)
        #expect(check.output.contains("placements/plc-005  Jules Richard — Médiathèque Émile-Zola"))
        #expect(check.output.contains("✗ erreur [start] Le stage ne peut commencer avant le 08/04/"))
        #expect(check.output.contains("! attention [tutor.name] Ce tuteur encadre 4 stagiaires"))
        let english = try stages("check", "--store", store, "--lang", "en")
        #expect(english.output.contains("✗ error [start] The internship may not start before"))
    }

    @Test func aCleanStoreChecksClean() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent) }
        #expect(try stages("init", "--store", store).status == 0)
        let check = try stages("check", "--store", store)
        #expect(check.status == 0)
        #expect(check.output.contains("0 erreur(s), 0 avertissement(s)"))
        let mode = try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aBrokenStoreIsRefusedAndLeftAlone() throws {
        let store = temporaryStore()
        defer { try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent) }
        #expect(try stages("init", "--store", store).status == 0)
        let text = try String(contentsOfFile: store, encoding: .utf8)
        let truncated = String(text.prefix(200))
        try truncated.write(toFile: store, atomically: false, encoding: .utf8)
        let check = try stages("check", "--store", store)
        #expect(check.status == 2)
        let lines = truncated.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(check.errors.contains("\(store):\(lines):"))
        #expect(check.errors.contains("il n'a pas été modifié"))
        #expect(try String(contentsOfFile: store, encoding: .utf8) == truncated)
    }

    @Test func helpExplainsItself() throws {
        let help = try stages("--help")
        #expect(help.output.contains("demo") && help.output.contains("check") && help.output.contains("STAGES_STORE"))
        let checkHelp = try stages("check", "--help")
        #expect(checkHelp.output.contains("--store"))
    }
}
