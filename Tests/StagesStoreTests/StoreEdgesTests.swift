import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

/// The store's edges: what `create` finds already there, a compaction that fails,
/// journal lines that contradict themselves, temporary files of dead processes.
@Suite struct StoreEdgesTests {
    /// A fresh private folder and the store's name in it (not created).
    func folder() throws -> (dir: URL, url: URL) {
        let dir = try privateFolder()
        return (dir, dir.appendingPathComponent("store.json"))
    }

    @Test func createNeverReplacesWhatIsThere() throws {
        let (dir, url) = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = Data("not mine to erase\n".utf8)
        try text.write(to: url)
        #expect(throws: StoreError.alreadyThere(path: url.path, kind: .file)) { try Store.create(url, with: sampleDataset()) }
        #expect(try Data(contentsOf: url) == text)
        try FileManager.default.removeItem(at: url)
        #expect(mkdir(url.path, 0o700) == 0)
        let error = #expect(throws: StoreError.self) { try Store.create(url, with: sampleDataset()) }
        #expect(error == .alreadyThere(path: url.path, kind: .folder))
        #expect(error?.message.en.contains("a folder is already there") == true)
        #expect(error?.message.fr.contains("un dossier est déjà là") == true)
    }

    @Test func createKeepsAJournalWithoutItsDocument() throws {
        let (dir, url) = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = url.path + ".journal"
        let line = Data("{\"changes\":[]}\n".utf8)
        try line.write(to: URL(fileURLWithPath: journal))
        #expect(throws: StoreError.strayJournal(path: journal)) { try Store.create(url, with: sampleDataset()) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == line)
        #expect(AtomicFile.kind(of: url.path) == nil)
    }

    @Test func createLeavesNoTemporaryFile() throws {
        let (dir, url) = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Store.create(url, with: sampleDataset())
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["store.json", "store.json.lock"])
        #expect(try Store.open(url).base == sampleDataset())
    }
}
