import Foundation
import StagesCore
import TextFolding

/// Where an offer stands in one of the offers list's orders. The list held in memory sorts by these
/// keys, and the database by columns the program fills with the same (see `StagesPostgres`), so that
/// both give the same list: texts folded and compared byte by byte (SQL's `COLLATE "C"`), numbers,
/// and offers without a key last either way (`NULLS LAST`), as a spreadsheet leaves its blanks. Ties go
/// by id; descending turns the rest round.
public enum OfferSortKey: Comparable, Sendable {
    /// Whole numbers (days, ranks, ten-thousandths of a euro), compared at once: 100 000 offers sort in a blink.
    case number(Int)
    case text([UInt8])
    case none

    public static func < (a: OfferSortKey, b: OfferSortKey) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): x < y
        case (.text(let x), .text(let y)): x.lexicographicallyPrecedes(y)
        case (.none, _): false
        case (_, .none): true
        case (.number, .text): true
        case (.text, .number): false
        }
    }

    static func folded(_ text: String) -> OfferSortKey { .text(Folding.bytes(text)) }
}

extension OfferQuery.Order {
    /// `offer`'s key in this order. `organizationText`: its organisation's folded name; an offer
    /// "from the earliest start" starts on `earliestStart`; its status is the one it has `today`.
    public func key(of offer: Offer, organizationText: [UInt8], earliestStart: CivilDate, today: CivilDate) -> OfferSortKey {
        switch self {
        case .received: offer.receivedOn.map { .number(-$0.dayNumber) } ?? .none
        case .title: .folded(offer.title)
        // By organisation, then by title within it (as the database's two columns).
        case .organization: .text(organizationText + [0] + Folding.bytes(offer.title))
        case .city: .folded(offer.city)
        case .domain: .number(Domain.allCases.firstIndex(of: offer.domain) ?? 0)
        case .start: .number(offer.startDay(earliest: earliestStart).dayNumber)
        case .weeks: offer.durationWeeks.map { .number($0) } ?? .none
        case .applyBy: offer.applyBy.map { .number($0.dayNumber) } ?? .none
        case .stipend: offer.stipend.map { .number($0.sortRank) } ?? .none
        case .status: .number(OfferStatus.allCases.firstIndex(of: offer.effectiveStatus(today: today)) ?? 0)
        }
    }

    /// Whether an offer edited from `a` to `b` keeps its place in this order (its organisation unchanged).
    public func keyStands(_ a: Offer, _ b: Offer, today: CivilDate) -> Bool {
        switch self {
        case .received: a.receivedOn == b.receivedOn
        case .title: a.title == b.title
        case .organization: a.organizationID == b.organizationID && a.title == b.title
        case .city: a.city == b.city
        case .domain: a.domain == b.domain
        case .start: a.start == b.start
        case .weeks: a.durationWeeks == b.durationWeeks
        case .applyBy: a.applyBy == b.applyBy
        case .stipend: a.stipend == b.stipend
        case .status: a.effectiveStatus(today: today) == b.effectiveStatus(today: today)
        }
    }
}

extension AnnouncedStipend {
    /// What sorts stipends: an hourly amount in ten-thousandths of a euro (a monthly one over the legal month
    /// of 22 days of 7 hours), the legal minimum below any amount stated.
    public var sortRank: Int {
        switch self {
        case .legalMinimum: return 0
        case .amount(let stipend):
            let hourly = stipend.unit == .perHour ? stipend.amount
                : stipend.amount / (StageDuration.daysPerLegalMonth * StageDuration.hoursPerLegalDay)
            return NSDecimalNumber(decimal: (hourly * 10_000).rounded(scale: 0)).intValue
        }
    }
}
