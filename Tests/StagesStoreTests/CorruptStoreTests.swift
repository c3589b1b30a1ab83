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

    private func path(_ error: StoreError) -> String {
        if case .corrupt(let path, _, _, _) = error { return path }
        return ""
    }

    private func isEmpty(_ error: StoreError) -> Bool {
        if case .empty = error { return true }
        return false
    }
}
