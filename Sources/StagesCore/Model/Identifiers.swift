import Foundation

/// Record identifiers: a short prefix naming the kind, then random hex, so two
/// people creating records at the same time never pick the same one.
public enum RecordID {
    public static func make(_ prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() & 0xFFFF_FFFF_FFFF
        return prefix + "-" + String(value, radix: 16).leftPadded(to: 12, with: "0")
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
