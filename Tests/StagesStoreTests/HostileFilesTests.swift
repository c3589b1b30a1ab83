import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

/// Files beside the store that someone else planted: symbolic links at every
/// name the store reads or writes, folders others can write, a FIFO. The store
/// either does its work or refuses with an error naming the path; it never
/// writes through a link, never removes what one points at.
@Suite struct HostileFilesTests {
    /// Files the attacker would like the owner to overwrite, in a folder of their own.
    struct Victims {
        struct Entry: Equatable {
            let bytes: Data
            let mode: mode_t
        }

        let folder: URL

        init() throws {
            folder = try privateFolder()
            chmod(folder.path, 0o755)
            for name in ["bashrc", "profile", "fbertrand.json"] {
                let file = folder.appendingPathComponent(name)
                try Data("# \(name): the owner's own file\n".utf8).write(to: file)
                chmod(file.path, 0o644)
            }
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        /// Every entry of the folder, with its bytes and mode.
        func snapshot() throws -> [String: Entry] {
            var out: [String: Entry] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                var info = stat()
                #expect(lstat(path(name), &info) == 0)
                out[name] = Entry(bytes: try Data(contentsOf: folder.appendingPathComponent(name)), mode: info.st_mode)
            }
            return out
        }
    }

    func plant(_ target: String, at path: String) {
        #expect(symlink(target, path) == 0, "symlink \(path)")
    }

    func addStudent(_ store: Store, _ login: String) throws {
        var data = store.base
        try data.save(Student(login: login, lastName: "L", firstName: "F", email: "\(login)@example.fr", year: "2026-2027"),
                      by: .coordinator("c"))
        _ = try store.save(data)
    }

    /// Two handles change the same offer: the second save is a conflict.
    func provokeConflict(_ url: URL, round: Int = 1) throws -> SaveOutcome {
        let (second, change) = try rivalEdits(url, suffix: " \(round)")
        return try second.save(change)
    }

    /// Everything a session does with the store: open, save enough to compact,
    /// compact, a draft, a conflict. Returns the refusals met.
    func exercise(_ url: URL) -> [StoreError] {
        var refusals: [StoreError] = []
        func attempt(_ what: String, _ body: () throws -> Void) {
            do {
                try body()
            } catch let error as StoreError {
                refusals.append(error)
            } catch {
                Issue.record("\(what): \(error)")
            }
        }
        attempt("open and save") {
            let store = try Store.open(url)
            store.compactionRatio = 0.0001  // every save or so folds the journal
            for n in 0..<6 { try addStudent(store, "hostile\(n)") }
        }
        attempt("compact") { try Store.open(url).compact() }
        attempt("draft") {
            let drafts = FormDrafts(store: try Store.open(url))
            try drafts.save(["title": "Brouillon"], for: "fbertrand")
            _ = drafts.load("fbertrand")
            _ = drafts.loadAll(prefix: "f")
            drafts.remove("fbertrand")
        }
        attempt("conflict") { _ = try provokeConflict(url) }
        return refusals
    }

    @Test func symlinksAtEveryTemporaryNameAreNeverWrittenThrough() throws {
        let victims = try Victims()
        let dir = try privateFolder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: victims.folder)
        }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let drafts = url.path + ".drafts"
        #expect(mkdir(drafts, 0o700) == 0)
        let pid = Int(getpid())
        var planted: [String] = []
        for name in [url.path + ".tmp", url.path + ".bak.tmp", drafts + "/fbertrand.json.tmp"] {
            for suffix in [""] + (pid - 50...pid + 50).map({ "-\($0)" }) {
                planted.append(name + suffix)
            }
        }
        for (n, path) in planted.enumerated() {
            // Existing files, and dangling links that would create one in the victims' folder.
            plant(n % 2 == 0 ? victims.path(["bashrc", "profile"][n / 2 % 2]) : victims.path("new-\(n)"), at: path)
        }
        let before = try victims.snapshot()

        #expect(exercise(url) == [])
        let outcome = try provokeConflict(url, round: 2)
        #expect(outcome.conflicts.map(\.id) == ["off-1"])
        #expect(outcome.conflictCopies.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path + ".conflicts").count == 2)
        #expect(outcome.conflictCopies.allSatisfy { AtomicFile.mode(of: $0) == 0o600 })

        #expect(try victims.snapshot() == before)
        #expect(planted.allSatisfy(AtomicFile.isSymbolicLink))  // left as found
        let store = try Store.open(url)
        #expect((0..<6).allSatisfy { store.base.students["hostile\($0)"] != nil })
        #expect(store.base.offers["off-1"]?.title == "Version du premier 2")
    }

    enum Plant: String, CaseIterable, Sendable {
        case document = "", danglingJournal = ".journal", lock = ".lock", backup = ".bak", journalBackup = ".journal.bak"
        case draftsFolder = ".drafts", draft = ".drafts/fbertrand.json", conflictsFolder = ".conflicts"
    }

    @Test(arguments: Plant.allCases)
    func aSymlinkWhereTheStoreWritesIsRefusedAndItsTargetKept(_ place: Plant) throws {
        let victims = try Victims()
        let dir = try privateFolder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: victims.folder)
        }
        let url = dir.appendingPathComponent("store.json")
        let path = url.path + place.rawValue
        if place == .document {
            plant(victims.path("bashrc"), at: path)
            #expect(throws: StoreError.symbolicLink(path: path)) { try Store.create(url, with: sampleDataset()) }
        } else {
            _ = try Store.create(url, with: sampleDataset())
            unlink(path)  // the lock is there already
            switch place {
            case .danglingJournal: plant(victims.path("journal-created-here"), at: path)
            case .draftsFolder, .conflictsFolder: plant(victims.folder.path, at: path)
            case .draft:
                #expect(mkdir(url.path + ".drafts", 0o700) == 0)
                plant(victims.path("fbertrand.json"), at: path)
            default: plant(victims.path("bashrc"), at: path)
            }
        }
        let before = try victims.snapshot()

        let refusals = exercise(url)
        #expect(refusals.contains(.symbolicLink(path: path)))
        for refusal in refusals {
            #expect(refusal.message.en.contains(path) && refusal.message.fr.contains(path), "\(refusal.message.en)")
            #expect(refusal.message.en.contains("symbolic link this program did not make"))
            #expect(refusal.message.fr.contains("lien symbolique que ce programme n'a pas créé"))
        }
        #expect(try victims.snapshot() == before)
        // The link itself may go (a draft's removal unlinks the draft's own name), never what it points at.
        if place != .draft { #expect(AtomicFile.isSymbolicLink(path)) }
    }

    @Test func aFifoWhereTheJournalGoesIsRefusedWithoutHanging() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let journal = url.path + ".journal"
        #expect(mkfifo(journal, 0o600) == 0)
        #expect(throws: StoreError.notAFile(path: journal)) { try Store.open(url) }
        unlink(journal)
        let store = try Store.open(url)
        #expect(mkfifo(journal, 0o600) == 0)
        #expect(throws: StoreError.notAFile(path: journal)) { try addStudent(store, "x") }
    }

    @Test func aFailedSaveIsNotCommittedAndItsRetryStillSeesTheConflict() throws {
        let victims = try Victims()
        let dir = try privateFolder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: victims.folder)
        }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        let conflicts = url.path + ".conflicts"
        plant(victims.folder.path, at: conflicts)
        let (second, change) = try rivalEdits(url)
        var b = change
        try b.save(Student(login: "avec", lastName: "L", firstName: "F", email: "a@example.fr", year: "2026-2027"),
                   by: .coordinator("deux"))

        // Our side could not be kept: nothing of this save is committed.
        #expect(throws: StoreError.symbolicLink(path: conflicts)) { try second.save(b) }
        #expect(try Store.open(url).base.students["avec"] == nil)
        #expect(try Store.open(url).base.offers["off-1"]?.title == "Version du premier")

        // Once the link is gone, the same save is merged afresh: still a conflict, not an overwrite.
        unlink(conflicts)
        let outcome = try second.save(b)
        #expect(outcome.conflicts.map(\.id) == ["off-1"])
        #expect(try Store.open(url).base.offers["off-1"]?.title == "Version du premier")
        #expect(try Store.open(url).base.students["avec"] != nil)
        let kept = try #require(outcome.conflictCopies.first)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: kept)), as: UTF8.self).contains("Version du second"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: victims.folder.path).count == 3)
    }

    @Test(arguments: [0o777, 0o770, 0o1777])
    func aFolderOthersCanWriteIsRefused(_ mode: Int) throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("shared")
        let url = folder.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        #expect(chmod(folder.path, mode_t(mode)) == 0)
        let expected = StoreError.folderWritableByOthers(path: folder.path, mode: mode)
        #expect(throws: expected) { try Store.open(url) }
        let octal = "mode " + [0o777: "0777", 0o770: "0770", 0o1777: "1777"][mode]!
        #expect(expected.message.fr.hasPrefix("\(folder.path) : dossier modifiable par d'autres utilisateurs (\(octal)) ; un autre compte pourrait y remplacer les fichiers du store."))
        #expect(expected.message.en.hasPrefix("\(folder.path): folder writable by other users (\(octal)); another account could replace the store's files there."))
        if mode & 0o1000 == 0 {
            #expect(expected.message.fr.hasSuffix("chmod go-w \(folder.path)"))
            #expect(expected.message.en.hasSuffix("chmod go-w \(folder.path)"))
        } else {  // chmod go-w on a folder like /tmp would break it for everyone
            #expect(!expected.message.en.contains("chmod"))
        }

        let other = folder.appendingPathComponent("other.json")
        #expect(throws: expected) { try Store.create(other, with: sampleDataset()) }
        #expect(!FileManager.default.fileExists(atPath: other.path))
        chmod(folder.path, 0o700)
    }

    @Test(arguments: [0o755, 0o700])
    func aFolderOnlyItsOwnerWritesIsAccepted(_ mode: Int) throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("own")
        #expect(mkdir(folder.path, 0o700) == 0)
        #expect(chmod(folder.path, mode_t(mode)) == 0)
        let url = folder.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        try addStudent(try Store.open(url), "ok")
        #expect(try Store.open(url).base.students["ok"] != nil)
        #expect(AtomicFile.mode(of: folder.path) == mode_t(mode))  // an existing folder is left as it was
    }

    @Test func underUmask022EverythingIsPrivate() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("new/stages")
        let url = folder.appendingPathComponent("store.json")
        let store = try Store.create(url, with: sampleDataset())
        try addStudent(store, "un")
        try FormDrafts(store: store).save(["title": "t"], for: "fbertrand")
        let outcome = try provokeConflict(url)
        try store.compact()

        for folder in [dir.appendingPathComponent("new").path, folder.path, url.path + ".drafts", url.path + ".conflicts"] {
            #expect(AtomicFile.mode(of: folder) == 0o700, "\(folder)")
        }
        var files = [url.path, url.path + ".lock", url.path + ".bak", url.path + ".journal.bak",
                     url.path + ".drafts/fbertrand.json"] + outcome.conflictCopies
        try addStudent(store, "deux")
        files.append(store.journalPath)
        for file in files { #expect(AtomicFile.mode(of: file) == 0o600, "\(file)") }
        // Nothing else: no temporary left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["store.json", "store.json.bak", "store.json.conflicts", "store.json.drafts", "store.json.journal",
                          "store.json.journal.bak", "store.json.lock"])
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a folder to another user"))
    func aDraftsFolderOfAnotherUserIsRefused() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.create(url, with: sampleDataset())
        let drafts = url.path + ".drafts"
        #expect(mkdir(drafts, 0o700) == 0)
        #expect(chown(drafts, 65534, 65534) == 0)
        #expect(throws: StoreError.notOwned(path: drafts, owner: 65534)) {
            try FormDrafts(store: store).save(["title": "t"], for: "fbertrand")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts).isEmpty)
    }

    /// Runs `arguments` as user and group 65534 (nobody), with no other group.
    func asNobody(_ arguments: String...) throws -> Int32 {
        try Spawn.run(Spawn.asUser(65534) + arguments, errors: .discarded).status
    }

    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and /usr/bin/setpriv to act as another Unix user"))
    func anotherUserCanNeitherReadTheStoreNorPlantInItsFolder() throws {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(chmod(dir.path, 0o755) == 0)  // others may look in: only the file's own mode protects it
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.create(url, with: sampleDataset())
        try addStudent(store, "un")
        let control = dir.appendingPathComponent("public.txt")
        try Data("public\n".utf8).write(to: control)
        chmod(control.path, 0o644)
        #expect(try asNobody("cat", control.path) == 0)  // the other user does exist and can read what is public

        for file in [url.path, store.journalPath, url.path + ".lock"] {
            #expect(try asNobody("cat", file) != 0, "\(file)")
        }
        let planted = url.path + ".tmp-1234"
        #expect(try asNobody("ln", "-s", "/etc/passwd", planted) != 0)
        #expect(AtomicFile.size(of: planted) == nil)

        // A new store in a new folder: the folder itself is closed to others.
        let fresh = dir.appendingPathComponent("fresh/store.json")
        _ = try Store.create(fresh, with: sampleDataset())
        #expect(try asNobody("cat", fresh.path) != 0)
        #expect(try asNobody("ln", "-s", "/etc/passwd", fresh.path + ".journal") != 0)
        #expect(AtomicFile.size(of: fresh.path + ".journal") == nil)
    }
}
