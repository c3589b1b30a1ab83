/// What a login may be: it names a person in the store, a drafts file and an
/// SSH forced command, so it holds nothing a shell or a path could read otherwise.
public enum Login {
    /// ASCII letters, digits, `.`, `_`, `-`; not starting with `-` or `.`; at most 64 characters.
    public static func isValid(_ login: String) -> Bool {
        !login.isEmpty && login.utf8.count <= 64 && login.first != "-" && login.first != "."
            && login.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
