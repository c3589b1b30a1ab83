import Foundation

/// A stipend (gratification) amount and how it is counted.
public struct Stipend: Hashable, Sendable, Codable {
    public var amount: Decimal
    public var unit: StipendUnit

    public init(amount: Decimal, unit: StipendUnit) {
        self.amount = amount
        self.unit = unit
    }
}

public enum StipendUnit: String, Codable, Labelled {
    case perHour, perMonth

    public var label: LocalizedText {
        switch self {
        case .perHour: LocalizedText(fr: "€/heure", en: "€/hour")
        case .perMonth: LocalizedText(fr: "€/mois", en: "€/month")
        }
    }
}

/// What an offer says it pays: a figure, or just "the legal minimum".
public enum AnnouncedStipend: Hashable, Sendable, Codable {
    case legalMinimum
    case amount(Stipend)

    private static let legalMinimumText = "legal-minimum"

    public init(from decoder: Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            guard text == Self.legalMinimumText else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected “\(Self.legalMinimumText)” or an amount and unit"))
            }
            self = .legalMinimum
        } else {
            self = .amount(try Stipend(from: decoder))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .legalMinimum:
            var container = encoder.singleValueContainer()
            try container.encode(Self.legalMinimumText)
        case .amount(let stipend):
            try stipend.encode(to: encoder)
        }
    }
}
