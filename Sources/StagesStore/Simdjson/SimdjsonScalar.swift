import CSimdjson
import Foundation

/// The JSON scalars a decoder reads straight from simdjson's values: strings,
/// booleans and numbers, refused (to JSONDecoder) when the JSON type differs.
protocol SimdjsonScalar {
    static func read(_ value: csj_value, in decoder: SimdjsonDecoder) throws -> Self
}

extension String: SimdjsonScalar {
    static func read(_ value: csj_value, in decoder: SimdjsonDecoder) throws -> String {
        var bytes: UnsafePointer<CChar>?
        var length = 0
        guard csj_string(value, &bytes, &length) else { throw decoder.mismatch(String.self) }
        // simdjson has checked the UTF-8; the bytes live in its document, so they are copied here.
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
}

extension Bool: SimdjsonScalar {
    static func read(_ value: csj_value, in decoder: SimdjsonDecoder) throws -> Bool {
        var out = false
        guard csj_bool(value, &out) else { throw decoder.mismatch(Bool.self) }
        return out
    }
}

extension Double: SimdjsonScalar {
    static func read(_ value: csj_value, in decoder: SimdjsonDecoder) throws -> Double {
        var out = 0.0
        guard csj_double(value, &out) else { throw decoder.mismatch(Double.self) }
        return out
    }
}

extension Float: SimdjsonScalar {
    static func read(_ value: csj_value, in decoder: SimdjsonDecoder) throws -> Float {
        let wide = try Double.read(value, in: decoder)
        guard wide.magnitude <= Double(Float.greatestFiniteMagnitude) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.path,
                                                    debugDescription: "Parsed JSON number <\(wide)> does not fit in Float."))
        }
        return Float(wide)
    }
}

/// Integers from integer literals only: a literal such as `35.0`, which
/// JSONDecoder also takes, is left to it.
extension SimdjsonScalar where Self: FixedWidthInteger {
    static func read(_ value: csj_value, in decoder: SimdjsonDecoder) throws -> Self {
        switch csj_type_of(value) {
        case CSJ_INT64:
            var out: Int64 = 0
            if csj_int64(value, &out), let fitting = Self(exactly: out) { return fitting }
        case CSJ_UINT64:
            var out: UInt64 = 0
            if csj_uint64(value, &out), let fitting = Self(exactly: out) { return fitting }
        default:
            throw decoder.mismatch(Self.self)
        }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.path,
                                                debugDescription: "Number does not fit in \(Self.self)."))
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
