import CSimdjson
import Foundation

/// A `Decoder` over a simdjson document: the model's own `Codable` code reads
/// it as it reads JSONDecoder (with `.iso8601` dates), to the same values.
/// One decoder per thread; it walks down and back up the document as the
/// model's `init(from:)`s nest, like JSONDecoder's, so the containers it hands
/// out are for use inside the `init(from:)` that asked for them.
final class SimdjsonDecoder: Decoder, SingleValueDecodingContainer {
    let document: SimdjsonDocument
    /// The value being decoded now.
    private(set) var value: csj_value
    /// The coding path down to `value`, shared by the containers above it.
    private(set) var path: [any CodingKey]

    init(document: SimdjsonDocument, value: csj_value, codingPath: [any CodingKey] = []) {
        self.document = document
        self.value = value
        path = codingPath
    }

    var codingPath: [any CodingKey] { path }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes `T` from `value` one level down, at `key`; the decoder comes back up after.
    func decode<T: Decodable>(_ type: T.Type, from child: csj_value, at key: any CodingKey, depth: Int) throws -> T {
        if path.count > depth { path.removeLast(path.count - depth) }
        let parent = value
        value = child
        path.append(key)
        defer {
            value = parent
            path.removeLast()
        }
        return try decodeValue(T.self)
    }

    /// `T` from `value`: the types JSONDecoder reads itself first, then the type's own `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // Compared by type, not cast: a conformance look-up per value would cost more than the value.
        if T.self == String.self { return try read(String.self) as! T }
        if T.self == Int.self { return try read(Int.self) as! T }
        if T.self == Bool.self { return try read(Bool.self) as! T }
        if T.self == Date.self { return try readDate() as! T }
        if T.self == Decimal.self { return try readDecimal() as! T }
        if T.self == Double.self { return try read(Double.self) as! T }
        if T.self == Float.self { return try read(Float.self) as! T }
        if T.self == Int8.self { return try read(Int8.self) as! T }
        if T.self == Int16.self { return try read(Int16.self) as! T }
        if T.self == Int32.self { return try read(Int32.self) as! T }
        if T.self == Int64.self { return try read(Int64.self) as! T }
        if T.self == UInt.self { return try read(UInt.self) as! T }
        if T.self == UInt8.self { return try read(UInt8.self) as! T }
        if T.self == UInt16.self { return try read(UInt16.self) as! T }
        if T.self == UInt32.self { return try read(UInt32.self) as! T }
        if T.self == UInt64.self { return try read(UInt64.self) as! T }
        // JSONDecoder reads these its own way; leave them to it.
        if T.self == Data.self || T.self == URL.self {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "\(T.self) is left to JSONDecoder"))
        }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard csj_type_of(value) == CSJ_OBJECT else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(SimdjsonKeyedContainer<Key>(decoder: self, object: value, depth: path.count))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard csj_type_of(value) == CSJ_ARRAY else { throw mismatch([Any].self) }
        return SimdjsonUnkeyedContainer(decoder: self, array: value, depth: path.count)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: Single value

    func decodeNil() -> Bool { csj_type_of(value) == CSJ_NULL }
    func decode(_ type: Bool.Type) throws -> Bool { try read(type) }
    func decode(_ type: String.Type) throws -> String { try read(type) }
    func decode(_ type: Double.Type) throws -> Double { try read(type) }
    func decode(_ type: Float.Type) throws -> Float { try read(type) }
    func decode(_ type: Int.Type) throws -> Int { try read(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try read(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try read(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try read(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try read(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try read(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try read(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try read(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try read(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try read(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    // MARK: Errors, worded as JSONDecoder words them

    func mismatch(_ expected: Any.Type) -> DecodingError {
        let type = csj_type_of(value)
        if type == CSJ_NULL {
            return .valueNotFound(expected, .init(codingPath: path, debugDescription: "Cannot get value of type \(expected) -- found null value instead"))
        }
        return .typeMismatch(expected, .init(codingPath: path, debugDescription: "Expected to decode \(expected) but found \(Self.describe(type)) instead."))
    }

    static func describe(_ type: csj_type) -> String {
        switch type {
        case CSJ_ARRAY: "an array"
        case CSJ_OBJECT: "a dictionary"
        case CSJ_STRING: "a string"
        case CSJ_BOOL: "bool"
        case CSJ_NULL: "null"
        default: "number"
        }
    }
}

/// An index in an array, as a coding key.
struct SimdjsonIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// The key `super` of `superDecoder()`.
struct SimdjsonSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }

    init() {}
    init?(stringValue: String) { guard stringValue == "super" else { return nil } }
    init?(intValue: Int) { nil }
}
