import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

/// The printed conventions beside the store: a private folder, files replaced whole,
/// and a symbolic link planted at the folder or at a file's name refused, never followed.
@Suite struct ConventionFolderTests {
    func store() throws -> (Store, URL) {
        let folder = try privateFolder()
        return (try Store.create(folder.appendingPathComponent("store.json"), with: sampleDataset()), folder)
    }

    @Test func writesIntoAPrivateFolderAndReplacesTheFile() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let conventions = ConventionFolder(store: store)
        let path = try conventions.write(Data("%PDF-1".utf8), named: "convention-2026-plc-001.pdf")
        #expect(path == folder.appendingPathComponent("conventions/convention-2026-plc-001.pdf").path)
        #expect(try conventions.write(Data("%PDF-2".utf8), named: "convention-2026-plc-001.pdf") == path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("%PDF-2".utf8))
        #expect(AtomicFile.mode(of: conventions.directory).map { $0 & 0o777 } == 0o700)
        #expect(AtomicFile.mode(of: path).map { $0 & 0o777 } == 0o600)
        // A name cannot climb out of the folder.
        let flat = try conventions.write(Data("x".utf8), named: "../../evil.pdf")
        #expect(flat == conventions.directory + "/....evil.pdf")
        #expect(throws: StoreError.self) { try conventions.write(Data("x".utf8), named: "/..") }
    }

    @Test func aLinkAtTheFileOrTheFolderIsRefused() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim")
        try Data("mine".utf8).write(to: victim)
        let conventions = ConventionFolder(store: store)
        try AtomicFile.makePrivateDirectory(conventions.directory)
        #expect(symlink(victim.path, conventions.directory + "/c.pdf") == 0)
        #expect(throws: StoreError.self) { try conventions.write(Data("%PDF".utf8), named: "c.pdf") }
        #expect(try Data(contentsOf: victim) == Data("mine".utf8))

        try FileManager.default.removeItem(atPath: conventions.directory)
        let elsewhere = try privateFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        #expect(symlink(elsewhere.path, conventions.directory) == 0)
        #expect(throws: StoreError.self) { try conventions.write(Data("%PDF".utf8), named: "c.pdf") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }
}
