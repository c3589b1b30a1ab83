import CSimdjson
import Foundation

/// An object's fields by key. As in JSONDecoder, a key given twice is read
/// from its first occurrence; null or absent are nil for `decodeIfPresent`.
struct SimdjsonKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: SimdjsonDecoder
    let object: csj_value
    /// How deep in the coding path this object is.
    let depth: Int

    var codingPath: [any CodingKey] { Array(decoder.path.prefix(depth)) }

    var allKeys: [Key] {
        var cursor = csj_cursor()
        guard csj_object_begin(object, &cursor) else { return [] }
        var keys: [Key] = []
        var name: UnsafePointer<CChar>?
        var length = 0
        var value = csj_value()
        while csj_object_next(&cursor, &name, &length, &value) {
            let text = String(decoding: UnsafeRawBufferPointer(start: name, count: length), as: UTF8.self)
            if let key = Key(stringValue: text) { keys.append(key) }
        }
        return keys
    }

    private func field(_ key: some CodingKey) -> csj_value? {
        var found = csj_value()
        var name = key.stringValue
        let present = name.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { csj_object_field(object, $0.baseAddress, $0.count, &found) }
        }
        return present ? found : nil
    }

    private func required(_ key: some CodingKey) throws -> csj_value {
        guard let value = field(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    func contains(_ key: Key) -> Bool { field(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { csj_type_of(try required(key)) == CSJ_NULL }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decode(T.self, from: try required(key), at: key, depth: depth)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = field(key), csj_type_of(value) != CSJ_NULL else { return nil }
        return try decoder.decode(T.self, from: value, at: key, depth: depth)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeGeneric(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeGeneric(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeGeneric(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeGeneric(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeGeneric(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeGeneric(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeGeneric(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeGeneric(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeGeneric(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeGeneric(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeGeneric(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeGeneric(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeGeneric(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeGeneric(type, key) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decodeIfPresentGeneric(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decodeIfPresentGeneric(type, key) }

    /// A scalar read in place; only a value of another type goes down a level, for the error's coding path.
    @inline(__always) private func decodeGeneric<T: SimdjsonScalar>(_ type: T.Type, _ key: Key) throws -> T {
        let value = try required(key)
        return try T.exactly(value) ?? decoder.decode(T.self, from: value, at: key, depth: depth)
    }

    @inline(__always) private func decodeIfPresentGeneric<T: SimdjsonScalar>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let value = field(key), csj_type_of(value) != CSJ_NULL else { return nil }
        return try T.exactly(value) ?? decoder.decode(T.self, from: value, at: key, depth: depth)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(at: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(at: key).unkeyedContainer()
    }

    /// Unlike JSONDecoder, an absent key is an error here, not a decoder of null: left to JSONDecoder.
    func superDecoder() throws -> any Decoder { try child(at: SimdjsonSuperKey()) }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(at: key) }

    /// A decoder of its own for a nested container, whose life the caller decides.
    private func child(at key: some CodingKey) throws -> SimdjsonDecoder {
        SimdjsonDecoder(document: decoder.document, value: try required(key), codingPath: codingPath + [key])
    }
}
