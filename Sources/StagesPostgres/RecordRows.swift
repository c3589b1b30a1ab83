import Foundation
import StagesCore
import StagesStore
import TextFolding

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

    /// The columns beside the JSON that the constraints check and the offers' searches read, by column name.
    static func columns(_ record: any Record) -> [Column] {
        func org(_ id: String) -> String? { id.isEmpty ? nil : id }
        switch record {
        case let o as Offer: return [Column("organization_id", org(o.organizationID))]
        case let g as Organization: return [Column("name_text", Folding.fold(g.name))]
        case let p as Placement:
            return [Column("student_login", p.studentLogin), Column("organization_id", org(p.organizationID)), Column("status", p.status.rawValue)]
        case let a as Alternance: return [Column("student_login", a.studentLogin), Column("employer_id", org(a.employerID))]
        default: return []
        }
    }

    /// An offer's row in `offer_list`: what its list shows, filters and sorts by, and its search text.
    static func listColumns(_ o: Offer) -> [Column] {
        let start: CivilDate? = if case .on(let day) = o.start { day } else { nil }
        return [Column("organization_id", o.organizationID), Column("title", o.title), Column("city", o.city),
                Column("domain", o.domain.rawValue), Column("status", o.status.rawValue),
                Column("apply_by", o.applyBy?.iso, type: "date"), Column("received_on", o.receivedOn?.iso, type: "date"),
                Column("start_on", start?.iso, type: "date"), Column("own_text", searchText(o)),
                Column("title_text", Folding.fold(o.title)), Column("city_text", Folding.fold(o.city)),
                Column("weeks", o.durationWeeks.map(String.init), type: "integer"),
                Column("stipend_rank", o.stipend.map { String($0.sortRank) }, type: "integer")]
    }

    /// An offer's own words as search compares them (its organisation's name is the `org_text` column).
    static func searchText(_ offer: Offer) -> String {
        String(decoding: Folding.bytes(offer.title, offer.city, offer.description), as: UTF8.self)
    }
}

/// A column beside a record's JSON: nil is SQL's NULL.
struct Column: Sendable {
    let name: String
    let value: String?
    /// The SQL type the text is cast to.
    let type: String

    init(_ name: String, _ value: String?, type: String = "text") {
        self.name = name
        self.value = value
        self.type = type
    }

    /// As the statement binds it: an empty text stands for NULL where NULL may be.
    var sql: (text: String, select: (String) -> String) {
        let nullable = type != "text" || name.hasSuffix("_id")
        return (value ?? "", { nullable ? "NULLIF(\($0), '')::\(type)" : $0 })
    }
}
