import Foundation
import StagesCore
import StagesStore

/// A record as the database keeps it: its JSON, whose history the server keeps as rows of
/// their own (split on write, joined on read by the SQL in `Queries`), and the columns the
/// constraints read.
enum RecordRows {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder = StoreFormat.makeDecoder()

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func record<R: Record>(_ type: R.Type, json: String) throws -> R {
        try decoder.decode(type, from: Data(json.utf8))
    }

    /// Every record of a JSON array: simdjson reads it as the JSON store's opening does,
    /// JSONDecoder whatever it leaves (a number too long for a double, say).
    static func records<R: Record>(_ type: R.Type, array json: String) throws -> [R] {
        let data = Data(json.utf8)
        if let records = try? SimdjsonStoreDecode.records(type, array: data) { return records }
        return try decoder.decode([R].self, from: data)
    }

    /// The columns beside the JSON that the constraints check, by column name.
    static func columns(_ record: any Record) -> [(String, String?)] {
        func org(_ id: String) -> String? { id.isEmpty ? nil : id }
        switch record {
        case let o as Offer: return [("organization_id", org(o.organizationID))]
        case let p as Placement: return [("student_login", p.studentLogin), ("organization_id", org(p.organizationID)), ("status", p.status.rawValue)]
        case let a as Alternance: return [("student_login", a.studentLogin), ("employer_id", org(a.employerID))]
        default: return []
        }
    }
}
