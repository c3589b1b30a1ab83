import Foundation

/// What the calendar allows a placement or a contract: ongoing from its first
/// day, completed from its last day or, earlier, only with an early end recorded
/// (a rupture: date and reason), and a rupture dated from its start to its end.
enum WorkflowDates {
    static func mayStart(_ start: CivilDate, today: CivilDate) throws(ModelError) {
        guard today >= start else { throw .notStartedYet(start: start, today: today) }
    }

    /// Completing: from the end on; before it, `earlyEnd` must be given, inside
    /// the period and already reached.
    static func mayComplete(start: CivilDate, end: CivilDate, earlyEnd: Rupture?, today: CivilDate) throws(ModelError) {
        guard let earlyEnd else {
            guard today >= end else { throw .notEndedYet(end: end, today: today) }
            return
        }
        try checkRupture(earlyEnd, start: start, end: end)
        guard today >= earlyEnd.date else { throw .notEndedYet(end: earlyEnd.date, today: today) }
    }

    static func checkRupture(_ rupture: Rupture, start: CivilDate, end: CivilDate) throws(ModelError) {
        guard !rupture.reason.isBlank else { throw .ruptureRequired }
        guard rupture.date >= start, rupture.date <= end else {
            throw .ruptureOutsidePeriod(date: rupture.date, start: start, end: end)
        }
    }
}
