import CSimdjson
import Foundation

/// The JSON scalars read straight from simdjson's values: strings, booleans
/// and numbers. `exactly` is nil when the JSON type differs (or the number
/// does not fit), and then the decoder throws JSONDecoder's error.
protocol SimdjsonScalar: Decodable {
    static func exactly(_ value: csj_value) -> Self?
}

extension String: SimdjsonScalar {
    static func exactly(_ value: csj_value) -> String? {
        var bytes: UnsafePointer<CChar>?
        var length = 0
        guard csj_string(value, &bytes, &length) else { return nil }
        // simdjson has checked the UTF-8; the bytes live in its document, so they are copied here.
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
}

extension Bool: SimdjsonScalar {
    static func exactly(_ value: csj_value) -> Bool? {
        var out = false
        return csj_bool(value, &out) ? out : nil
    }
}

extension Double: SimdjsonScalar {
    static func exactly(_ value: csj_value) -> Double? {
        var out = 0.0
        return csj_double(value, &out) ? out : nil
    }
}

extension Float: SimdjsonScalar {
    static func exactly(_ value: csj_value) -> Float? {
        guard let wide = Double.exactly(value), wide.magnitude <= Double(Float.greatestFiniteMagnitude) else { return nil }
        return Float(wide)
    }
}

/// Integers from integer literals only: a literal such as `35.0`, which
/// JSONDecoder also takes, is left to it.
extension SimdjsonScalar where Self: FixedWidthInteger {
    @inline(__always) static func exactly(_ value: csj_value) -> Self? {
        switch csj_type_of(value) {
        case CSJ_INT64:
            var out: Int64 = 0
            return csj_int64(value, &out) ? Self(exactly: out) : nil
        case CSJ_UINT64:
            var out: UInt64 = 0
            return csj_uint64(value, &out) ? Self(exactly: out) : nil
        default:
            return nil
        }
    }
}

extension Int: SimdjsonScalar {}
extension Int8: SimdjsonScalar {}
extension Int16: SimdjsonScalar {}
extension Int32: SimdjsonScalar {}
extension Int64: SimdjsonScalar {}
extension UInt: SimdjsonScalar {}
extension UInt8: SimdjsonScalar {}
extension UInt16: SimdjsonScalar {}
extension UInt32: SimdjsonScalar {}
extension UInt64: SimdjsonScalar {}

extension SimdjsonDecoder {
    /// The current value as `T`, or JSONDecoder's error for what it is instead.
    @inline(__always) func read<T: SimdjsonScalar>(_ type: T.Type) throws -> T {
        if let scalar = T.exactly(value) { return scalar }
        let found = csj_type_of(value)
        guard found == CSJ_INT64 || found == CSJ_UINT64 || found == CSJ_DOUBLE, T.self != String.self, T.self != Bool.self else {
            throw mismatch(T.self)
        }
        throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Number does not fit in \(T.self)."))
    }
}
