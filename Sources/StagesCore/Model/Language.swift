/// The two languages the application speaks. French is the default.
public enum Language: String, Sendable, Codable, CaseIterable {
    case fr, en
}

/// A sentence in both languages, so the model can explain itself without
/// knowing which language the user reads.
public struct LocalizedText: Hashable, Sendable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .fr ? fr : en
    }
}
