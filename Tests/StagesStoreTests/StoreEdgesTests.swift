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

    /// A store whose name leaves no room for a temporary file beside it (a name
    /// is at most 255 bytes): its journal grows, its document cannot be rewritten.
    func storeThatCannotCompact(in dir: URL) throws -> URL {
        let short = dir.appendingPathComponent("store.json")
        _ = try Store.create(short, with: sampleDataset())
        let long = dir.appendingPathComponent(String(repeating: "s", count: 235) + ".json")
        for suffix in ["", ".lock"] { #expect(rename(short.path + suffix, long.path + suffix) == 0) }
        return long
    }

    func retitled(_ store: Store, _ title: String) throws -> Dataset {
        var data = store.base
        var offer = try #require(data.offers["off-1"])
        offer.title = title
        try data.save(offer, by: .coordinator("un"), at: someday)
        return data
    }

    @Test func aSaveInTheJournalStandsWhenCompactionFails() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try storeThatCannotCompact(in: dir)
        let store = try Store.open(url)
        store.compactionRatio = 0  // fold at every save
        let document = try Data(contentsOf: url)

        let first = try store.save(try retitled(store, "Premier"))
        guard case .io(_, _, let reason)? = first.compactionFailure else {
            Issue.record("expected the compaction's failure, got \(String(describing: first.compactionFailure))")
            return
        }
        #expect(reason == String(cString: strerror(ENAMETOOLONG)))
        #expect(first.compactionWarning?.fr.hasPrefix("Enregistré (dans le journal).") == true)
        // Tried again, and failing again, but the user was told already.
        let second = try store.save(try retitled(store, "Second"))
        #expect(second.compactionFailure == nil)
        #expect(second.dataset.offers["off-1"]?.title == "Second")

        #expect(try Data(contentsOf: url) == document)
        #expect(try Store.open(url).base.offers["off-1"]?.title == "Second")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.contains(".tmp-") })
    }

    @Test func temporaryFilesOfDeadProcessesGoAtTheNextSave() throws {
        let (dir, url) = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.create(url, with: sampleDataset())
        func plant(_ name: String) throws -> String {
            let file = dir.appendingPathComponent(name).path
            try Data("left by a killed save\n".utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
        let leftovers = [try plant("store.json.tmp-a1B2c3D4e5F6"), try plant("store.json.bak.tmp-ZZZZZZZZZZZZ")]
        // Not ours, or not a file: kept.
        let victim = try plant("victim.txt")
        var kept = [try plant("store.json.tmp-short"), try plant("store.json.tmp-a1B2c3D4e5F6.mine"),
                    try plant("other.json.tmp-a1B2c3D4e5F6"), try plant("store.json.tmp-abc_def-ghij")]
        let someoneElses = try plant("store.json.tmp-000000000000")
        #expect(chown(someoneElses, 65534, 65534) == 0)
        let link = dir.appendingPathComponent("store.json.tmp-LLLLLLLLLLLL").path
        #expect(symlink(victim, link) == 0)
        let folder = dir.appendingPathComponent("store.json.bak.tmp-DDDDDDDDDDDD").path
        #expect(mkdir(folder, 0o700) == 0)
        kept += [someoneElses, link, folder, victim]

        _ = try store.save(try retitled(store, "Après un crash"))
        for file in leftovers { #expect(AtomicFile.kind(of: file) == nil, "\(file)") }
        for file in kept { #expect(AtomicFile.kind(of: file) != nil, "\(file)") }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "left by a killed save\n")
        #expect(AtomicFile.isSymbolicLink(link))
    }

    @Test func aFolderInPlaceOfTheStoreIsNamedAsSuch() throws {
        let (dir, url) = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkdir(url.path, 0o700) == 0)
        let error = #expect(throws: StoreError.self) { try Store.open(url) }
        #expect(error == .notAFile(path: url.path, kind: .folder))
        #expect(error?.message.en == "\(url.path): a folder, not a file; refused, it was left untouched. Check the path given by --store or $STAGES_STORE.")
    }

    @Test func fileErrorsSayWhatHappenedInTheUsersLanguage() throws {
        let full = StoreError.io(path: "/srv/stages/store.json", operation: "write", reason: String(cString: strerror(ENOSPC)))
        #expect(full.message.fr == "/srv/stages/store.json : échec de l'écriture : disque plein.")
        #expect(full.message.en == "/srv/stages/store.json: write failed: No space left on device.")
        let readOnly = StoreError.io(path: "/srv/stages/store.json.lock", operation: "open lock", reason: String(cString: strerror(EROFS)))
        #expect(readOnly.message.fr == "/srv/stages/store.json.lock : échec de l'ouverture du verrou : système de fichiers en lecture seule.")
        // Foundation's errors are told by the system's reason, never by their number.
        let (dir, _) = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (target, operation) in [(dir.path, "write"), (dir.path + "/missing/file.csv", "write")] {
            let error = #expect(throws: (any Error).self) { try Data("x".utf8).write(to: URL(fileURLWithPath: target), options: .atomic) }
            let message = StoreError.file(target, operation: operation, try #require(error)).message
            #expect(!message.en.contains("NSCocoaErrorDomain") && !message.fr.contains("NSCocoaErrorDomain"), "\(message.en)")
            #expect(message.fr.hasSuffix(target == dir.path ? "c'est un dossier." : "fichier ou dossier introuvable."), "\(message.fr)")
        }
        let listed = #expect(throws: (any Error).self) { try FileManager.default.contentsOfDirectory(atPath: dir.path + "/missing") }
        #expect(StoreError.file(dir.path + "/missing", operation: "list", try #require(listed)).message.en
                == "\(dir.path)/missing: list failed: No such file or directory.")
    }
}
