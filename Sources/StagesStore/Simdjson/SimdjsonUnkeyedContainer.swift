import CSimdjson
import Foundation

/// An array's elements in order.
struct SimdjsonUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: SimdjsonDecoder
    /// How deep in the coding path this array is.
    let depth: Int
    let count: Int?
    private(set) var currentIndex = 0
    private var cursor = csj_cursor()
    /// The element at `currentIndex`, read ahead; nil at the end.
    private var next: csj_value?

    init(decoder: SimdjsonDecoder, array: csj_value, depth: Int) {
        self.decoder = decoder
        self.depth = depth
        count = csj_count(array)
        _ = csj_array_begin(array, &cursor)
        advance()
    }

    var codingPath: [any CodingKey] { Array(decoder.path.prefix(depth)) }
    var isAtEnd: Bool { next == nil }

    private mutating func advance() {
        var element = csj_value()
        next = csj_array_next(&cursor, &element) ? element : nil
    }

    private mutating func take(_ type: Any.Type) throws -> csj_value {
        guard let element = next else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [SimdjsonIndexKey(currentIndex)],
                                                          debugDescription: "Unkeyed container is at end."))
        }
        return element
    }

    mutating func decodeNil() throws -> Bool {
        guard csj_type_of(try take(Never.self)) == CSJ_NULL else { return false }
        currentIndex += 1
        advance()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let element = try take(T.self)
        let value = try decoder.decode(T.self, from: element, at: SimdjsonIndexKey(currentIndex), depth: depth)
        currentIndex += 1
        advance()
        return value
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decodeGeneric(type) }
    mutating func decode(_ type: String.Type) throws -> String { try decodeGeneric(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decodeGeneric(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decodeGeneric(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decodeGeneric(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeGeneric(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeGeneric(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeGeneric(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeGeneric(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeGeneric(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeGeneric(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeGeneric(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeGeneric(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeGeneric(type) }

    /// A scalar read in place; only a value of another type goes down a level, for the error's coding path.
    @inline(__always) private mutating func decodeGeneric<T: SimdjsonScalar>(_ type: T.Type) throws -> T {
        guard let element = next, let scalar = T.exactly(element) else { return try decode(T.self) }
        currentIndex += 1
        advance()
        return scalar
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try takeDecoder(type).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try takeDecoder([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try takeDecoder(Decoder.self) }

    /// A decoder of its own for the next element, whose life the caller decides.
    private mutating func takeDecoder(_ type: Any.Type) throws -> SimdjsonDecoder {
        let element = try take(type)
        let child = SimdjsonDecoder(document: decoder.document, value: element,
                                    codingPath: codingPath + [SimdjsonIndexKey(currentIndex)])
        currentIndex += 1
        advance()
        return child
    }
}
