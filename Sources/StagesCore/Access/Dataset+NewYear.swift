import Foundation

/// A new academic year: what carries over from the one that ends, and the archive it leaves.
extension Dataset {
    /// The records a new academic year `year` starts with: the organisations; the offers marked
    /// recurring, open again with their dates a year on (or as many years as `year` is ahead), nobody's
    /// name on them; the programme's settings and coordinators. No students, placements or contracts:
    /// the new students are imported.
    public func newYear(_ year: Int, by actor: Actor, at now: Date) throws(ModelError) -> Dataset {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        guard programme.archivedOn == nil else { throw Refusal.archived(programme.academicYearLabel) }
        let years = year - programme.academicYear
        // The next year only: a year skipped by a typo would date every carried offer wrongly.
        guard years == 1 else { throw Refusal.notAfter(year: year, current: programme.academicYear) }
        func later(_ day: CivilDate) -> CivilDate {
            CivilDate(year: day.year + years, month: day.month, day: day.day)
                ?? CivilDate(year: day.year + years, month: day.month, day: day.day - 1)!  // 29 February
        }
        var next = programme
        next.academicYear = year
        next.earliestStart = later(programme.earliestStart)
        let stamp = Stamp(by: actor.login, at: now)
        let carried = offers.values.filter { $0.recurring == true }.map { offer -> Offer in
            var again = offer
            again.status = .open
            again.filledBy = nil
            if case .on(let day) = offer.start { again.start = .on(later(day)) }
            again.receivedOn = CivilDate.today(now)  // received again for the new year, today (not a year on)
            again.applyBy = offer.applyBy.map(later)
            again.history = [actor.transition(at: now, from: nil, to: OfferStatus.open.rawValue,
                                              comment: "\(programme.academicYearLabel) → \(next.academicYearLabel)")]
            again.updated = stamp
            return again
        }
        // Not marked unchanged: a store saving it compares every table with what it holds.
        return Dataset(programme: next, organizations: Array(organizations.values), offers: carried)
    }

    /// What the year leaves undone, which an archive would freeze: requests drafted, submitted or returned, and
    /// contracts still sought. By id, sorted.
    public var unfinished: (placements: [String], alternances: [String]) {
        (placements.values.filter { [.draft, .submitted, .returned].contains($0.status) }.map(\.id).sorted(),
         alternances.values.filter { $0.status == .searching }.map(\.id).sorted())
    }

    /// The records as an archive keeps them: as they are, marked archived on `day` (read-only from then on).
    public func archived(on day: CivilDate) -> Dataset {
        var archive = self
        archive.programme.archivedOn = day
        return archive
    }
}

extension Refusal {
    static func archived(_ year: String) -> ModelError {
        .notPermitted(LocalizedText(fr: "Archive de l'année \(year) : lecture seule.", en: "Archive of \(year): read-only."))
    }

    static func notAfter(year: Int, current: Int) -> ModelError {
        .notPermitted(LocalizedText(fr: "L'année \(year)-\(year + 1) ne suit pas \(current)-\(current + 1), l'année en cours : "
                                        + "la suivante est \(current + 1)-\(current + 2).",
                                    en: "\(year)-\(year + 1) does not come after \(current)-\(current + 1), the current year: "
                                        + "the next one is \(current + 1)-\(current + 2)."))
    }
}
