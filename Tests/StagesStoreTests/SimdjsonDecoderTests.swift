import Foundation
import Testing
import StagesCore
@testable import StagesStore

/// The simdjson decoder reads what JSONDecoder reads, to the same values, and
/// leaves to JSONDecoder whatever it cannot read the same way.
@Suite struct SimdjsonDecoderTests {
    /// Both ways, for the same text: simdjson (which must have read it) and JSONDecoder.
    func bothDecodings(of text: Data) throws -> (simdjson: Dataset, foundation: Dataset) {
        let fast = try #require(SimdjsonStoreDecode.decode(text), "simdjson left the store to JSONDecoder")
        let slow = try StoreFormat.makeDecoder().decode(StoreFormat.Document.self, from: text)
        return (try StoreFormat.dataset(fast, in: text, path: "store.json"), try StoreFormat.dataset(slow, in: text, path: "store.json"))
    }

    func expectSame(_ text: Data) throws {
        let (simdjson, foundation) = try bothDecodings(of: text)
        #expect(simdjson == foundation)
        #expect(try StoreFormat.encode(simdjson) == StoreFormat.encode(foundation))
    }

    @Test func theDemoStoreDecodesAsJSONDecoderDecodesIt() throws {
        try expectSame(StoreFormat.encode(DemoData.make(academicYear: 2026)))
    }

    @Test func runsOfRecordsDecodeAsTheWholeDocument() throws {
        let text = try StoreFormat.encode(DemoData.make(academicYear: 2026))
        let whole = try StoreFormat.makeDecoder().decode(StoreFormat.Document.self, from: text)
        for runSize in [1, 700, 4_096, 50_000] {
            let runs = try #require(ParallelDecode.decode(text, reader: .simdjson, runSize: runSize))
            #expect(runs.offers.map(\.id) == whole.offers.map(\.id))
            #expect(runs.placements.map(\.id) == whole.placements.map(\.id))
            #expect(runs.students.map(\.id) == whole.students.map(\.id))
            #expect(try StoreFormat.dataset(runs, in: text, path: "store.json") == StoreFormat.dataset(whole, in: text, path: "store.json"))
        }
    }

    @Test func trickyContentDecodesAsJSONDecoderDecodesIt() throws {
        let demo = DemoData.make(academicYear: 2026)
        let tricky = "Zoé 张伟 \"cité\" \\ back/slash 😀 👩‍👩‍👧 \u{01}\u{1F}\t\r\n\u{7F} \u{2028} 𝄞"
        var offers = demo.offers.values.sorted { $0.id < $1.id }
        offers[0].title = tricky
        offers[0].description = ""
        offers[0].weeklyHours = nil
        offers[0].applyBy = nil
        offers[0].stipend = .amount(Stipend(amount: Decimal(string: "-2362.5")!, unit: .perMonth))
        offers[1].weeklyHours = Decimal(string: "123456789012.5")
        offers[1].stipend = .amount(Stipend(amount: Decimal(string: "0.1")!, unit: .perHour))
        offers[2].weeklyHours = Decimal(string: "4.5")
        offers[0].history = []
        for (n, date) in [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: 4_102_444_799),
                          Date(timeIntervalSince1970: 951_825_600)].enumerated() {
            offers[1].history.append(Transition(by: "coord", name: tricky, at: date, from: nil, to: "open", comment: "\(n)"))
        }
        var organizations = demo.organizations.values.sorted { $0.id < $1.id }
        organizations[0].headcount = Int.max
        organizations[1].headcount = Int.min
        organizations[2].name = tricky
        var students = demo.students.values.sorted { $0.id < $1.id }
        students[0].firstName = "Zoé"
        students[0].lastName = "张伟"
        let data = Dataset(programme: demo.programme, students: students, organizations: organizations, offers: offers,
                           placements: Array(demo.placements.values), alternances: Array(demo.alternances.values))
        var text = String(decoding: try StoreFormat.encode(data), as: UTF8.self)
        try expectSame(Data(text.utf8))
        // The same store as another writer might escape it, with an optional field given as null.
        text = text.replacingOccurrences(of: "é", with: "\\u00e9").replacingOccurrences(of: "😀", with: "\\ud83d\\ude00")
            .replacingOccurrences(of: "\"id\" : \"\(offers[0].id)\"", with: "\"applyBy\" : null, \"id\" : \"\(offers[0].id)\"")
        try expectSame(Data(text.utf8))
        #expect(try bothDecodings(of: Data(text.utf8)).simdjson.offers[offers[0].id]?.title == tricky)
    }

    @Test func decimalsAreTheNumbersJSONDecoderReads() throws {
        struct Amount: Codable, Equatable { let value: Decimal }
        for literal in ["4.5", "2362.5", "35", "0.1", "-3.25", "0.0001", "1e2", "1.5E-7", "123456789012.5", "-0", "-0.0",
                        "18446744073709551615", "-9223372036854775808", "9999999999999.99", "12345678901234567890"] {
            let text = Data("{\"value\" : \(literal)}".utf8)
            let document = try #require(SimdjsonDocument(parsing: text))
            let fast = try SimdjsonDecoder(document: document, value: document.root).decodeValue(Amount.self)
            let slow = try JSONDecoder().decode(Amount.self, from: text)
            #expect(fast == slow, "\(literal)")
            #expect(fast.value.description == slow.value.description, "\(literal)")
        }
    }

    @Test func longNumbersAreLeftToJSONDecoder() throws {
        for literal in ["0.30000000000000004", "999999999999999.9", "1234567890123456e-3", "0.1000000000000000000001"] {
            #expect(try #require(SimdjsonDocument(parsing: Data("[\(literal)]".utf8))).hasLongNumbers, "\(literal)")
        }
        // Wherever the number falls in the scan's windows of bytes.
        for padding in 0..<140 {
            func flagged(_ literal: String) throws -> Bool {
                let text = "[\"\(String(repeating: "x", count: padding))\", \(literal), \"\(String(repeating: "y", count: 140 - padding))\"]"
                return try #require(SimdjsonDocument(parsing: Data(text.utf8))).hasLongNumbers
            }
            #expect(try flagged("1234567890.1234567"), "\(padding)")
            #expect(try flagged("12345678.12345678"), "\(padding)")
            #expect(try flagged("-1234567890123456E2"), "\(padding)")
            #expect(try !flagged("12345678.1234567"), "\(padding)")
            #expect(try !flagged("12345678901234567890"), "\(padding)")
        }
        let demo = DemoData.make(academicYear: 2026)
        var offers = demo.offers.values.sorted { $0.id < $1.id }
        offers[0].weeklyHours = Decimal(string: "35.1000000000000000000001")
        let text = try StoreFormat.encode(Dataset(programme: demo.programme, offers: offers))
        #expect(SimdjsonStoreDecode.decode(text) == nil)
        let opened = try StoreFormat.decode(text, path: "store.json")
        #expect(opened.offers[offers[0].id]?.weeklyHours == Decimal(string: "35.1000000000000000000001"))
    }

    @Test func datesAreTheDatesJSONDecoderReads() throws {
        struct Stamp: Codable, Equatable { let at: Date }
        var generator = SystemRandomNumberGenerator()
        var texts = ["2026-09-01T10:00:00Z", "2000-02-29T23:59:59Z", "1900-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"]
        for _ in 0..<2_000 {
            let seconds = Double(Int64.random(in: -2_208_988_800...253_402_300_799, using: &generator))
            texts.append(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds)))
        }
        for text in texts {
            let json = Data("{\"at\" : \"\(text)\"}".utf8)
            let document = try #require(SimdjsonDocument(parsing: json))
            let fast = try SimdjsonDecoder(document: document, value: document.root).decodeValue(Stamp.self)
            #expect(fast == (try StoreFormat.makeDecoder().decode(Stamp.self, from: json)), "\(text)")
        }
        // Other ISO 8601 forms and impossible dates: left to JSONDecoder, which decides.
        for odd in ["2026-09-01T10:00:00+02:00", "2026-09-01T10:00:00.5Z", "2026-02-30T10:00:00Z", "2026-09-01T24:00:00Z",
                    "2026-09-01t10:00:00z", "1600-01-01T00:00:00Z", "2026-09-01T10:00:60Z"] {
            #expect(SimdjsonDecoder.internetDate(odd) == nil, "\(odd)")
        }
    }

    @Test func jsonDetailsReadAsJSONDecoderReadsThem() throws {
        struct Sample: Codable, Equatable {
            let text: String
            let none: String?
            let absent: Int?
            let big: UInt64
            let small: Int64
            let real: Double
            let empty: [Int]
            let nested: [[String?]]
            let flag: Bool
            let same: Int
        }
        let text = Data(#"""
            {"text": "a\"b\\c\/\u00e9\ud83d\ude00\u0001\n\u0000z", "none": null, "big": 18446744073709551615,
             "small": -9223372036854775808, "real": -1.5e-7, "empty": [], "nested": [[], ["x", null]], "flag": true,
             "same": 1, "same": 2, "unknown": {"deep": [1, {"a": null}]}}
            """#.utf8)
        let document = try #require(SimdjsonDocument(parsing: text))
        let fast = try SimdjsonDecoder(document: document, value: document.root).decodeValue(Sample.self)
        #expect(fast == (try JSONDecoder().decode(Sample.self, from: text)))
    }

    @Test func errorsAreJSONDecodersErrors() throws {
        struct Inner: Codable { let count: Int }
        struct Outer: Codable { let items: [Inner] }
        for json in [#"{"items": [{"count": 1}, {"count": "2"}]}"#, #"{"items": [{"count": 1}, {}]}"#,
                     #"{"items": [{"count": null}]}"#, #"{"items": {}}"#] {
            let text = Data(json.utf8)
            let document = try #require(SimdjsonDocument(parsing: text))
            /// Where the error is, or that there is none.
            func describe(_ body: () throws -> Outer) -> String {
                switch Result(catching: body) {
                case .success:
                    "no error"
                case .failure(DecodingError.typeMismatch(_, let context)), .failure(DecodingError.valueNotFound(_, let context)),
                     .failure(DecodingError.keyNotFound(_, let context)), .failure(DecodingError.dataCorrupted(let context)):
                    context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
                case .failure(let error):
                    "\(error)"
                }
            }
            let fast = describe { try SimdjsonDecoder(document: document, value: document.root).decodeValue(Outer.self) }
            #expect(fast == describe { try JSONDecoder().decode(Outer.self, from: text) }, "\(json)")
            #expect(fast != "no error")
        }
    }

    @Test func whatJSONDecoderRefusesSimdjsonRefuses() {
        for text in [#"{"a": 1} {"a": 2}"#, #"{"a": 1} x"#, #"{"a": "\ud800"}"#, "{\"a\": \"tab\there\"}", #"{"a": 1,}"#, ""] {
            #expect(SimdjsonDocument(parsing: Data(text.utf8)) == nil, "\(text)")
        }
        // Nesting: JSONDecoder takes 512 levels and refuses 513.
        #expect(SimdjsonDocument(parsing: Data((String(repeating: "[", count: 512) + String(repeating: "]", count: 512)).utf8)) != nil)
        #expect(SimdjsonDocument(parsing: Data((String(repeating: "[", count: 513) + String(repeating: "]", count: 513)).utf8)) == nil)
        #expect(SimdjsonDocument(parsing: Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x22, 0x7D])) == nil)
    }

    @Test func aMalformedStoreStillGetsItsLocatedMessage() throws {
        let text = String(decoding: try StoreFormat.encode(DemoData.make(academicYear: 2026)), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "\"daysPerWeek\" : 5", with: "\"daysPerWeek\" : \"5\"")
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"daysPerWeek\" : \"5\"") }) + 1
        #expect(throws: StoreError.self) { try StoreFormat.decode(Data(broken.utf8), path: "store.json") }
        do {
            _ = try StoreFormat.decode(Data(broken.utf8), path: "store.json")
        } catch {
            guard case .corrupt(_, let at, _, let reason) = error else {
                Issue.record("expected corrupt, got \(error)")
                return
            }
            #expect(at == line)
            #expect(reason.contains("daysPerWeek"))
        }
    }
}
