import Foundation
import Testing
import StagesCore
@testable import StagesStore
import TestSupport

@Suite struct CorruptStoreTests {
    /// Writes `text` as a store, tries to open it, and checks the file was not touched.
    func refusal(of text: String) throws -> StoreError? {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        try Data(text.utf8).write(to: url)
        defer { #expect((try? Data(contentsOf: url)) == Data(text.utf8)) }
        do {
            _ = try Store.open(url)
            return nil
        } catch {
            #expect(error.message.fr.contains(url.path))
            return error
        }
    }

    func validText() throws -> String {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        _ = try Store.create(url, with: sampleDataset())
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func truncatedFileNamesWhereItEnds() throws {
        let text = try validText()
        let cut = String(text.prefix(text.count / 2))
        let error = try refusal(of: cut)
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false)
        guard case .corrupt(_, let line, _, let reason)? = error else {
            Issue.record("expected corrupt, got \(String(describing: error))")
            return
        }
        #expect(line == lines.count)
        #expect(reason.contains("ends too early") || reason.contains("unterminated"))
    }

    @Test func garbageIsLocated() throws {
        let error = try refusal(of: "{\n  \"format\" : \"stages\",\n  \"version\" : 1,\n  oops\n}\n")
        #expect(error == .corrupt(path: error.map(path) ?? "", line: 4, column: 3, reason: "a quoted key expected"))
    }

    @Test func emptyAndBlankFilesAreRefused() throws {
        #expect(try refusal(of: "").map(isEmpty) == true)
        #expect(try refusal(of: "  \n").map(isEmpty) == true)
    }

    @Test func newerVersionIsRefused() throws {
        let text = try validText().replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7")
        guard case .newerVersion(_, 7, 1)? = try refusal(of: text) else {
            Issue.record("expected newerVersion")
            return
        }
    }

    @Test func otherJSONIsNotAStore() throws {
        guard case .notAStore? = try refusal(of: "[1, 2, 3]") else {
            Issue.record("expected notAStore")
            return
        }
    }

    @Test func missingFieldPointsAtItsRecord() throws {
        let text = try validText()
        let broken = text.replacingOccurrences(of: "      \"title\" : \"Œuvres numérisées : qualité des métadonnées\",\n", with: "")
        #expect(broken != text)
        guard case .corrupt(_, let line, let column, let reason)? = try refusal(of: broken) else {
            Issue.record("expected corrupt")
            return
        }
        let offerLine = broken.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("  \"offers\"") }! + 2  // the offer's opening brace
        #expect(line == offerLine)
        #expect(column == 5)
        #expect(reason.contains("title"))
    }

    @Test func wrongTypeIsLocatedOnItsLine() throws {
        let text = try validText()
        let broken = text.replacingOccurrences(of: "\"minWeeks\" : 12", with: "\"minWeeks\" : \"douze\"")
        guard case .corrupt(_, let line, _, let reason)? = try refusal(of: broken) else {
            Issue.record("expected corrupt")
            return
        }
        let expected = broken.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"douze\"") }! + 1
        #expect(line == expected)
        #expect(reason.contains("programme.minWeeks"))
    }

    /// The line (1-based) of the `n`th line of `text` holding `needle`.
    private func line(of needle: String, _ n: Int = 1, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.filter { lines[$0].contains(needle) }[n - 1] + 1
    }

    @Test func duplicateIdIsRefusedWhereItComesAgain() throws {
        let text = try validText().replacingOccurrences(of: "etu2", with: "etu1")
        guard case .corrupt(_, let line, let column, let reason)? = try refusal(of: text) else {
            Issue.record("expected corrupt")
            return
        }
        // The second student's opening brace, the line before its first field.
        let fields = text.split(separator: "\n", omittingEmptySubsequences: false)
        let second = self.line(of: "\"login\" : \"etu1\"", 2, in: text)
        let brace = fields[..<(second - 1)].lastIndex { $0 == "    {" }! + 1
        #expect((line, column) == (brace, 5))
        #expect(reason.contains("“etu1”") && reason.contains("students"))
    }

    @Test func duplicateIdIsRefusedInAnyLayout() throws {
        // Not the layout the program writes: the ordinary decoder reads it, and must refuse too.
        let text = try validText().replacingOccurrences(of: "etu2", with: "etu1")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        guard case .corrupt(_, 1, let column, let reason)? = try refusal(of: text) else {
            Issue.record("expected corrupt")
            return
        }
        #expect(column > 1)
        #expect(reason.contains("“etu1”"))
    }

    @Test func trailingTextIsRefusedWhereItStarts() throws {
        let text = try validText()
        let after = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for tail in ["oops\n", "}\n", "\n\n  ,\n"] {
            guard case .corrupt(_, let line, _, let reason)? = try refusal(of: text + tail) else {
                Issue.record("expected corrupt for \(tail.debugDescription)")
                continue
            }
            #expect(line >= after, "\(tail.debugDescription)")
            #expect(reason.contains("after the document"), "\(reason)")
        }
    }

    @Test func secondDocumentIsRefusedWhereItStarts() throws {
        let text = try validText()
        let second = text.split(separator: "\n", omittingEmptySubsequences: false).count  // `text` ends with a newline
        for other in [text, "{}\n", "{\"format\": \"stages\"}"] {
            let error = try refusal(of: text + other)
            #expect(error == .corrupt(path: error.map(path) ?? "", line: second, column: 1, reason: "a second document after the first"))
        }
    }

    /// Writes `bytes` as a store and returns why opening it was refused; the file is left as it was.
    func refusal(ofBytes bytes: Data) throws -> StoreError? {
        let dir = try privateFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("store.json")
        try bytes.write(to: url)
        defer { #expect((try? Data(contentsOf: url)) == bytes) }
        return #expect(throws: StoreError.self) { try Store.open(url) }
    }

    @Test func invalidUTF8IsLocatedOnItsCharacter() throws {
        let text = try validText()
        let line = self.line(of: "\"firstName\" : \"Zoé\"", in: text)
        let words = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        let column = words.distance(from: words.startIndex, to: words.firstIndex(of: "é")!) + 1
        var bytes = [UInt8](text.utf8)
        let zoe = Array("\"Zoé\"".utf8)
        let at = bytes.indices.first { bytes[$0...].starts(with: zoe) }! + 3  // the first student's “é”
        bytes[at + 1] = 0x28  // “é” without its continuation byte
        let error = try refusal(ofBytes: Data(bytes))
        guard case .corrupt(_, line, let found, "invalid UTF-8")? = error else {
            Issue.record("expected invalid UTF-8 on line \(line), got \(String(describing: error))")
            return
        }
        #expect(found == column)
    }

    @Test func aNumberOutOfRangeIsLocatedWhereItStarts() throws {
        let text = try validText().replacingOccurrences(of: "\"minWeeks\" : 12", with: "\"minWeeks\" : 1e400")
        let line = self.line(of: "1e400", in: text)
        let column = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].count - "1e400,".count + 1
        let error = try refusal(of: text)
        #expect(error == .corrupt(path: error.map(path) ?? "", line: line, column: column, reason: "number out of range"))
    }

    private func path(_ error: StoreError) -> String {
        if case .corrupt(let path, _, _, _) = error { return path }
        return ""
    }

    private func isEmpty(_ error: StoreError) -> Bool {
        if case .empty = error { return true }
        return false
    }
}
