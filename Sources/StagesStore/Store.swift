#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StagesCore

/// One process's handle on the store: the JSON document `store.json` plus its
/// journal `store.json.journal` (see `Journal`). It remembers what it last read
/// or wrote (`base`). `save` takes the lock, catches up with what other
/// processes wrote since, merges this process's changes over it record by
/// record, and appends them to the journal. A file it cannot read is never written.
///
/// Everything it writes is its owner's alone: files 0600, folders 0700, created
/// exclusively, never through a symbolic link; a store in a folder other users
/// can write is refused (see `AtomicFile`).
public final class Store {
    public let url: URL
    public var path: String { url.path }
    var journalPath: String { path + ".journal" }
    var lockPath: String { path + ".lock" }

    /// The dataset as it is on disk, as far as this process knows.
    public private(set) var base: Dataset
    private var documentVersion: AtomicFile.Version?
    /// Bytes of the journal already applied to `base`.
    private var journalOffset = 0
    private var journalLines = 0
    /// The journal file the offset counts in, and its last line read: what proves, after another
    /// process folded it into the document, that the folded journal is this one (see `followCompaction`).
    private var journalFile: AtomicFile.Version?
    private var lastJournalLine = Data()
    /// The journal is folded into the document once it passes this share of the document's size.
    public var compactionRatio = 0.25

    private init(url: URL, base: Dataset) {
        self.url = url
        self.base = base
    }

    /// Opens an existing store; refuses a missing, empty, corrupt or newer one,
    /// and one whose folder other users can write.
    public static func open(_ url: URL) throws(StoreError) -> Store {
        try AtomicFile.checkStoreFolder(url.deletingLastPathComponent().path)
        let store = Store(url: url, base: Dataset(programme: .current(on: .today())))
        let lock = try FileLock(path: store.lockPath, exclusive: false)
        defer { lock.release() }
        try store.readAll()
        return store
    }

    /// Creates a new store holding `dataset`. It never removes or replaces
    /// anything: whatever is already at the store's name (a file, a folder, a
    /// symbolic link) or a journal left without its document is refused and
    /// named. Its folder (and missing parents) are made 0700, its files are 0600;
    /// an existing folder other users can write is refused.
    public static func create(_ url: URL, with dataset: Dataset) throws(StoreError) -> Store {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        try AtomicFile.refuseExisting(path)
        try AtomicFile.makeFolders(directory)
        try AtomicFile.checkStoreFolder(directory)
        var tracked = dataset
        tracked.markUnchanged()
        let store = Store(url: url, base: tracked)
        let lock = try FileLock(path: store.lockPath, exclusive: true)
        defer { lock.release() }
        try store.refuseSymbolicLinks()
        if AtomicFile.size(of: store.journalPath) != nil { throw .strayJournal(path: store.journalPath) }
        let data = try store.encoded(dataset)
        // Made under its own name only if that name is still free: another `init` may have won meanwhile.
        try AtomicFile.createExclusively(path, with: data)
        store.documentVersion = AtomicFile.version(of: path)
        return store
    }


    /// Takes in what others wrote since this handle last looked: the journal's
    /// new lines alone when the document is the one already read, else everything.
    @discardableResult
    public func reload() throws(StoreError) -> Dataset {
        let lock = try FileLock(path: lockPath, exclusive: false)
        defer { lock.release() }
        takenIn = []
        try catchUp()
        lastTakenIn = takenIn
        return base
    }

    /// The records the last `reload` took in from the journal; nil when it read the document again.
    public private(set) var lastTakenIn: [String]?
    /// What the catch-up under way took in, as `lastTakenIn` will say it.
    private var takenIn: [String]?

    /// Whether another process has written since this one last read or wrote.
    public var changedOnDisk: Bool {
        AtomicFile.version(of: path) != documentVersion || (AtomicFile.size(of: journalPath) ?? 0) != journalOffset
    }

    /// Saves `mine`, a dataset that started as `base` and was then changed.
    /// Returns what is now on disk (with other processes' changes) and the
    /// records both sides changed, whose disk version was kept; our side of each
    /// is copied to `<store>.conflicts/` first, and if a copy cannot be written
    /// the save is refused before anything is committed.
    ///
    /// When it throws before its journal line is written, this handle forgets
    /// what it read during the attempt, so saving `mine` again merges it afresh
    /// instead of writing over others' changes.
    public func save(_ mine: Dataset) throws(StoreError) -> SaveOutcome {
        if base.programme.archivedOn != nil { throw .archived(name: path, year: base.programme.academicYearLabel) }
        let lock = try FileLock(path: lockPath, exclusive: true)
        defer { lock.release() }
        try refuseSymbolicLinks()
        AtomicFile.removeLeftoverTemporaries(beside: path)
        var before = Optional((base, documentVersion, journalOffset, journalLines, journalFile, lastJournalLine))
        let result: Merge.Result, othersChanged: Bool, copies: [String]
        var written: Data?
        do throws(StoreError) {
            (result, othersChanged) = try mergeWithDisk(mine)
            // Our side of a conflict is on disk before theirs is committed as the outcome.
            copies = result.conflicts.isEmpty ? [] : try keepConflicts(result.conflicts)
            if !result.changes.isEmpty { written = try append(Journal.Entry(changes: result.changes)) }
        } catch {
            if let before { (base, documentVersion, journalOffset, journalLines, journalFile, lastJournalLine) = before }
            throw error
        }
        before = nil  // committed; and the old tables must not be shared while changed in place below
        if let written {
            // Taken out of `base` so the tables are changed in place, not copied whole.
            var merged = base
            base = Dataset(programme: merged.programme)
            // The line as any reader decodes it (stamps to the second), not our values in memory:
            // otherwise the same record read back after another process's compaction looks changed.
            do throws(StoreError) {
                _ = try Journal.replay(written, startLine: journalLines, path: journalPath, onto: &merged)
            } catch {
                for change in result.changes { change.apply(to: &merged) }
            }
            merged.markUnchanged()
            base = merged
        }
        return SaveOutcome(dataset: base, conflicts: result.conflicts, conflictCopies: copies,
                           othersChanged: othersChanged, compactionFailure: compactIfDue())
    }

    /// Whether a failed compaction was already reported to this handle's user.
    private var compactionFailureReported = false

    /// Folds the journal into the document once it is large enough. The save is
    /// in the journal already and stands whatever happens here: a failure (disk
    /// full, folder read-only) is returned the first time only, and the fold is
    /// tried again at the next save.
    private func compactIfDue() -> StoreError? {
        guard Double(journalOffset) > compactionRatio * Double(max(AtomicFile.size(of: path) ?? 0, 4 << 20)) else { return nil }
        do throws(StoreError) {
            try writeDocument(base)
            compactionFailureReported = false
            return nil
        } catch {
            defer { compactionFailureReported = true }
            return compactionFailureReported ? nil : error
        }
    }

    /// The store's own names must not be symbolic links: refused before anything is written.
    private func refuseSymbolicLinks() throws(StoreError) {
        for name in [path, path + ".bak", journalPath, journalPath + ".bak"] {
            try AtomicFile.refuseSymbolicLink(name)
        }
    }

    /// Under the lock: catches up with the disk and works out what to write.
    /// The copy of the old base lives only here, so the tables are not shared afterwards.
    private func mergeWithDisk(_ mine: Dataset) throws(StoreError) -> (Merge.Result, othersChanged: Bool) {
        let original = base
        let othersChanged = try catchUp()
        return (Merge.merge(base: original, mine: mine, theirs: base), othersChanged)
    }

    /// Folds the journal into the document, so the document alone holds everything.
    public func compact() throws(StoreError) {
        let lock = try FileLock(path: lockPath, exclusive: true)
        defer { lock.release() }
        try refuseSymbolicLinks()
        try catchUp()
        if AtomicFile.size(of: journalPath) != nil { try writeDocument(base) }
    }

    /// Under the lock (shared is enough, it only reads): applies what others wrote since this process last looked.
    /// Returns whether there was anything.
    @discardableResult
    private func catchUp() throws(StoreError) -> Bool {
        let size = AtomicFile.size(of: journalPath) ?? 0
        if AtomicFile.version(of: path) != documentVersion || size < journalOffset {
            if try followCompaction() { return true }
            let before = base
            try readAll()
            return base != before
        } else if size > journalOffset {
            let tail = try AtomicFile.read(journalPath, from: journalOffset)
            let before = journalOffset
            try applyJournal(tail)
            return journalOffset != before
        }
        return false
    }

    /// Another process folded the journal into a new document and renamed it `.journal.bak`: the
    /// new document is our base plus the lines of that journal we had not read yet, so those are
    /// read from the `.bak` (and the new journal after them) instead of decoding the whole document
    /// again, which at 100 000 offers froze every open window for seconds. Only when the `.bak` is
    /// provably the journal we were reading (same file, and our last line where we left it);
    /// otherwise false, and everything is read.
    private func followCompaction() throws(StoreError) -> Bool {
        let folded = journalPath + ".bak"
        guard let known = journalFile, journalOffset >= lastJournalLine.count, !lastJournalLine.isEmpty,
              let version = AtomicFile.version(of: path), version != documentVersion,
              let bak = AtomicFile.version(of: folded), bak.device == known.device, bak.inode == known.inode,
              let read = try? AtomicFile.read(folded, from: journalOffset - lastJournalLine.count),
              read.prefix(lastJournalLine.count) == lastJournalLine else { return false }
        let tail = read.dropFirst(lastJournalLine.count)
        var data = base
        let consumed = try Journal.replay(Data(tail), startLine: journalLines + 1, path: folded, onto: &data)
        guard consumed == tail.count else { return false }
        // `data` is now the new document's records: the new journal goes over it as over any document.
        try adopt(document: data, version: version)
        return true
    }

    /// Remembers which journal file the offset counts in, and the last complete line of `consumed`.
    private func noteJournal(_ consumed: Data) {
        if journalFile == nil { journalFile = AtomicFile.version(of: journalPath) }
        guard let last = consumed.dropLast().lastIndex(of: 0x0A).map({ consumed.index(after: $0) }) ?? (consumed.isEmpty ? nil : consumed.startIndex)
        else { return }
        lastJournalLine = Data(consumed[last...])
    }

    /// How many times this handle decoded the whole document: once to open, then only when it must.
    private(set) var documentReads = 0

    private func readAll() throws(StoreError) {
        documentReads += 1
        let version = AtomicFile.version(of: path)
        try adopt(document: try StoreFormat.decode(try AtomicFile.read(path), path: path), version: version)
    }

    /// A handle on the store at `url` whose document, as of `version`, decodes to `document`
    /// (see `StoreOpening`); its journal is read and applied here.
    static func opened(_ url: URL, document: Dataset, version: AtomicFile.Version?) throws(StoreError) -> Store {
        let store = Store(url: url, base: document)
        try store.adopt(document: document, version: version)
        return store
    }

    /// Takes `document` (the document's records as of `version`) with the journal applied as the base.
    private func adopt(document: Dataset, version: AtomicFile.Version?) throws(StoreError) {
        takenIn = nil  // everything read again: which records changed is not known
        var data = document
        journalOffset = 0
        journalLines = 0
        journalFile = nil
        lastJournalLine = Data()
        if AtomicFile.size(of: journalPath) != nil {
            let bytes = try AtomicFile.read(journalPath, from: 0)
            journalOffset = try Journal.replay(bytes, startLine: 1, path: journalPath, onto: &data)
            journalLines = bytes.prefix(journalOffset).count { $0 == 0x0A }
            noteJournal(bytes.prefix(journalOffset))
        }
        data.markUnchanged()
        base = data
        documentVersion = version
    }

    private func applyJournal(_ tail: Data) throws(StoreError) {
        var data = base
        let consumed = try Journal.replay(tail, startLine: journalLines + 1, path: journalPath, onto: &data)
        journalLines += tail.prefix(consumed).count { $0 == 0x0A }
        journalOffset += consumed
        noteJournal(tail.prefix(consumed))
        takenIn?.append(contentsOf: data.changeLog)
        data.markUnchanged()
        base = data
    }

    /// Appends `entry` as one line and returns the line.
    private func append(_ entry: Journal.Entry) throws(StoreError) -> Data {
        let line: Data
        do {
            line = try Journal.encode(entry)
        } catch {
            throw .io(path: journalPath, operation: "encode", reason: StoreFormat.explain(error))
        }
        // A line cut short by a crash is dropped before ours follows it.
        try AtomicFile.append(line, to: journalPath, truncatingTo: journalOffset)
        journalOffset += line.count
        journalLines += 1
        noteJournal(line)
        return line
    }

    /// Replaces the document with `dataset` and retires the journal it now contains.
    /// The previous document and journal stay beside it as `.bak` and `.journal.bak`.
    private func writeDocument(_ dataset: Dataset) throws(StoreError) {
        try AtomicFile.replace(path, with: try encoded(dataset))
        // Until this rename the new document and the old journal coexist; replaying
        // the journal over a document that already holds it changes nothing.
        if AtomicFile.size(of: journalPath) != nil { rename(journalPath, journalPath + ".bak") }
        base = dataset
        base.markUnchanged()
        documentVersion = AtomicFile.version(of: path)
        journalOffset = 0
        journalLines = 0
        journalFile = nil
        lastJournalLine = Data()
    }

    /// The document's text for `dataset`.
    private func encoded(_ dataset: Dataset) throws(StoreError) -> Data {
        do {
            return try StoreFormat.encode(dataset)
        } catch {
            throw .io(path: path, operation: "encode", reason: StoreFormat.explain(error))
        }
    }

    /// Our side of each conflict goes to `<store>.conflicts/` (0700), each in a
    /// new file (0600) created exclusively, so nothing typed is lost; returns their paths.
    private func keepConflicts(_ conflicts: [Conflict]) throws(StoreError) -> [String] {
        let directory = path + ".conflicts"
        try AtomicFile.makePrivateDirectory(directory)
        let stamp = Int(Date().timeIntervalSince1970)
        var written: [String] = []
        for conflict in conflicts {
            // An id comes from the data: it must not reach another folder.
            let stem = "\(stamp)-\(conflict.collection)-\(conflict.id)".filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
            written.append(try AtomicFile.createNew(in: directory, stem: stem, contents: conflict.mine ?? Data("null\n".utf8)))
        }
        AtomicFile.syncFolder(directory)
        return written
    }
}

/// What a save did.
public struct SaveOutcome: Sendable {
    package init(dataset: Dataset, conflicts: [Conflict], conflictCopies: [String], othersChanged: Bool,
                 compactionFailure: StoreError?) {
        self.dataset = dataset
        self.conflicts = conflicts
        self.conflictCopies = conflictCopies
        self.othersChanged = othersChanged
        self.compactionFailure = compactionFailure
    }

    /// The store's content after the save: adopt it to see others' changes.
    public let dataset: Dataset
    public let conflicts: [Conflict]
    /// Where our side of each conflict was kept, one file per conflict, in order.
    public let conflictCopies: [String]
    /// Whether another process had written since this one last looked.
    public let othersChanged: Bool
    /// The save is in the journal, but folding the journal into the document
    /// failed: set the first time only, it is tried again at later saves.
    public let compactionFailure: StoreError?

    /// What to tell the user about `compactionFailure`, if anything.
    public var compactionWarning: LocalizedText? {
        compactionFailure.map { failure in
            LocalizedText(fr: "Enregistré (dans le journal). Mais le document n'a pas pu être réécrit : \(failure.message.fr) Nouvel essai aux prochains enregistrements.",
                          en: "Saved (in the journal). But the document could not be rewritten: \(failure.message.en) It will be tried again at the next saves.")
        }
    }
}
