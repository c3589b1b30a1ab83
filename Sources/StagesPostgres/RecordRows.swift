import Foundation
import StagesCore

/// A record as the database keeps it: its JSON without the history (the history is rows of
/// its own), the columns the constraints read, and back.
enum RecordRows {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    struct Row {
        let doc: String
        let steps: [String]
    }

    /// The record's JSON without its history (when it has one), and each history step's JSON.
    static func row<R: Record>(_ record: R) throws -> Row {
        let data = try encoder.encode(record)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let history = object["history"] as? [Any], !history.isEmpty else {
            return Row(doc: String(decoding: data, as: UTF8.self), steps: [])
        }
        object["history"] = nil
        let steps = try history.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        return Row(doc: String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self),
                   steps: steps)
    }

    /// The record from its JSON and its history's steps, in order.
    static func record<R: Record>(_ type: R.Type, doc: String, steps: [String]) throws -> R {
        guard !steps.isEmpty else { return try decoder.decode(type, from: Data(doc.utf8)) }
        guard var object = try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: Any] else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "a record that is not a JSON object"))
        }
        object["history"] = try steps.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
        return try decoder.decode(type, from: try JSONSerialization.data(withJSONObject: object))
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
