import Foundation

/// Checks records against the rules of DOMAIN.md. Built once over a dataset,
/// with the indexes the cross-record rules need, then asked about any record,
/// including one being edited that is not yet saved.
public struct RuleBook {
    public let dataset: Dataset
    private let groups: Groups

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        groups = Groups(dataset)
    }

    private init(_ dataset: Dataset, groups: Groups) {
        self.dataset = dataset
        self.groups = groups
    }

    /// The same rules with one organisation as a form has it: the groupings of
    /// placements are shared, so checking a form at every keystroke stays cheap.
    public func replacing(_ organization: Organization) -> RuleBook {
        guard dataset.organizations[organization.id] != organization else { return self }
        var data = dataset
        data.put(organization)
        return RuleBook(data, groups: groups)
    }

    /// Counted placements' ids by student, organisation and tutor, grouped the
    /// first time a rule needs them: checking an offer or a student needs none.
    private final class Groups {
        let dataset: Dataset
        lazy var byStudent = group { $0.studentLogin }
        lazy var byOrganization = group { $0.organizationID }
        lazy var byTutor = group { $0.tutor.identity }

        init(_ dataset: Dataset) {
            self.dataset = dataset
        }

        /// Durations worked out once: a placement's is asked for by several rules, and for
        /// each of its student's placements in the same organisation.
        private var durations: [StageDuration.Key: StageDuration] = [:]

        /// The legal minimum per hour by year: the same few years for every placement.
        private var rates: [Int: (amount: Decimal, borrowedFrom: Int?)] = [:]

        func rate(_ year: Int) -> (amount: Decimal, borrowedFrom: Int?) {
            if let known = rates[year] { return known }
            let rate = dataset.programme.minimumHourlyStipend(in: year)
            rates[year] = rate
            return rate
        }

        func duration(_ key: StageDuration.Key) -> StageDuration {
            if let known = durations[key] { return known }
            let duration = StageDuration(key)
            durations[key] = duration
            return duration
        }

        func placements(_ ids: [String]) -> [Placement] { ids.compactMap { dataset.placements[$0] } }

        private func group(_ key: (Placement) -> String) -> [String: [String]] {
            var out: [String: [String]] = [:]
            for (id, p) in dataset.placements where p.status.counts {
                let k = key(p)
                if !k.isEmpty { out[k, default: []].append(id) }
            }
            return out
        }
    }

    private func placementsByStudent(_ login: String) -> [Placement]? { groups.byStudent[login].map(groups.placements) }
    func placementsByOrganization(_ id: String) -> [Placement]? { groups.byOrganization[id].map(groups.placements) }
    private func placementsByTutor(_ identity: String) -> [Placement]? { groups.byTutor[identity].map(groups.placements) }

    var programme: Programme { dataset.programme }

    /// `p` and the other counted placements of one group, `p` replacing its saved version.
    private func with(_ p: Placement, in group: [Placement]?) -> [Placement] {
        (group ?? []).filter { $0.id != p.id } + (p.status.counts ? [p] : [])
    }

    // MARK: Placements

    public func findings(for p: Placement) -> [Finding] {
        var out = requiredFields(of: p)
        out += contactFormats(email: p.tutor.email, phone: p.tutor.phone, prefix: "tutor.")
        if let referent = p.referent, !referent.email.isEmpty, !FieldFormats.isValidEmail(referent.email) {
            out.append(Finding(.email, .error, field: "referent.email", Messages.badEmail(referent.email)))
        }
        if let org = dataset.organizations[p.organizationID] {
            out += findings(for: org).map { Finding($0.rule, $0.severity, field: "organization.\($0.field)", $0.message) }
        } else if !p.organizationID.isEmpty {
            out.append(Finding(.unknownReference, .error, field: "organization", Messages.unknownOrganization))
        }
        guard p.start <= p.end else {
            out.append(Finding(.endBeforeStart, .error, field: "end", Messages.endBeforeStart))
            return out
        }
        out += durationFindings(p)
        guard p.status.counts else { return out }
        out += stipendFindings(p)
        out += overlapFindings(p)
        out += secondActivePlacementFindings(p)
        if let student = dataset.students[p.studentLogin], student.track == .alternance {
            out.append(Finding(.alternanceTrack, .error, field: "student", Messages.alternanceTrack))
        }
        out += tutorLoadFindings(p)
        out += quotaFindings(p)
        return out
    }

    private func requiredFields(of p: Placement) -> [Finding] {
        let fields: [(String, String)] = [
            ("organization", p.organizationID), ("subject", p.subject), ("activities", p.activities),
            ("skills", p.skills), ("tutor.name", p.tutor.name), ("tutor.function", p.tutor.function),
            ("tutor.email", p.tutor.email),
        ]
        var out = fields.filter { $0.1.isBlank }
            .map { Finding(.required, .error, field: $0.0, Messages.required) }
        if !dataset.students.keys.contains(p.studentLogin) {
            out.append(Finding(.unknownReference, .error, field: "student", Messages.unknownStudent(p.studentLogin)))
        }
        if p.weeklyHours <= 0 || p.weeklyHours > 48 {
            out.append(Finding(.required, .error, field: "weeklyHours", Messages.weeklyHours))
        }
        if !(1...6).contains(p.daysPerWeek) {
            out.append(Finding(.required, .error, field: "daysPerWeek", Messages.daysPerWeek))
        }
        return out
    }

    func contactFormats(email: String, phone: String, prefix: String) -> [Finding] {
        var out: [Finding] = []
        if !email.isEmpty, !FieldFormats.isValidEmail(email) {
            out.append(Finding(.email, .error, field: prefix + "email", Messages.badEmail(email)))
        }
        if !phone.isEmpty, !FieldFormats.isValidPhone(phone) {
            out.append(Finding(.phone, .error, field: prefix + "phone", Messages.badPhone(phone)))
        }
        return out
    }

    /// The earliest start that applies to the academic year the placement starts in.
    public func earliestStart(for start: CivilDate) -> CivilDate {
        let shift = Programme.academicYear(of: start) - programme.academicYear
        let base = programme.earliestStart
        guard shift != 0 else { return base }
        return CivilDate(year: base.year + shift, month: base.month, day: base.day) ?? base.adding(days: 365 * shift)
    }

    private func durationFindings(_ p: Placement) -> [Finding] {
        var out: [Finding] = []
        let days = DateRange(start: p.start, end: p.end).calendarDays
        let duration = groups.duration(StageDuration.Key(period: DateRange(start: p.start, end: p.end)))
        if days < programme.minWeeks * 7 {
            out.append(Finding(.duration, .error, field: "end", Messages.tooShort(duration, min: programme.minWeeks)))
        } else if days > programme.maxWeeks * 7 {
            out.append(Finding(.duration, .error, field: "end", Messages.tooLong(duration, max: programme.maxWeeks)))
        }
        let earliest = earliestStart(for: p.start)
        if p.start < earliest {
            out.append(Finding(.earliestStart, .error, field: "start", Messages.tooEarly(earliest)))
        }
        if p.interruptions.contains(where: { $0.end < $0.start }) {
            out.append(Finding(.dateOrder, .error, field: "interruptions", Messages.interruptionOrder))
        }
        return out
    }

    /// Hours the student spends in the placement's organisation over its academic year, all placements added.
    public func hoursInOrganization(for p: Placement) -> Decimal {
        let year = Programme.academicYear(of: p.start)
        return with(p, in: placementsByStudent(p.studentLogin))
            .filter { $0.organizationID == p.organizationID && Programme.academicYear(of: $0.start) == year && $0.start <= $0.end }
            .reduce(Decimal(0)) { $0 + groups.duration(StageDuration.Key($1)).hours }
    }

    public func stipendAssessment(for p: Placement) -> StipendAssessment {
        StipendAssessment(placement: p, programme: programme, hoursInOrganization: hoursInOrganization(for: p),
                          duration: groups.duration(StageDuration.Key(p)), rate: groups.rate)
    }

    private func stipendFindings(_ p: Placement) -> [Finding] {
        let assessment = stipendAssessment(for: p)
        var out: [Finding] = []
        if assessment.hoursInOrganization > Decimal(programme.maxHoursPerOrganization) {
            out.append(Finding(.hoursPerOrganization, .error, field: "end",
                               Messages.hoursCap(assessment.hoursInOrganization, cap: programme.maxHoursPerOrganization)))
        }
        for (year, borrowed) in assessment.borrowedRates.sorted(by: { $0.key < $1.key }) {
            out.append(Finding(.stipendRateUnknown, .warning, field: "stipend",
                               Messages.rateUnknown(year: year, borrowed: borrowed, rate: groups.rate(year).amount)))
        }
        guard assessment.isMandatory else { return out }
        guard let agreed = assessment.agreedHourly, agreed > 0 else {
            out.append(Finding(.stipendMissing, .error, field: "stipend",
                               Messages.stipendMissing(assessment.hoursInOrganization, threshold: programme.stipendThresholdHours)))
            return out
        }
        for (year, minimum) in assessment.minimumHourlyByYear.sorted(by: { $0.key < $1.key }) where agreed < minimum {
            out.append(Finding(.stipendBelowMinimum, .error, field: "stipend",
                               Messages.stipendBelow(agreed: agreed, minimum: minimum, year: year)))
        }
        return out
    }

    private func overlapFindings(_ p: Placement) -> [Finding] {
        let period = p.effectivePeriod
        return (placementsByStudent(p.studentLogin) ?? [])
            .filter { $0.id != p.id && $0.start <= $0.end && $0.effectivePeriod.overlaps(period) }
            .sorted { $0.start < $1.start }
            .map { Finding(.overlap, .error, field: "start", Messages.overlap($0.effectivePeriod)) }
    }

    /// One placement under way per student (`PlacementStatus.isActive`): what an
    /// import or an older store may hold, which the workflow itself refuses.
    private func secondActivePlacementFindings(_ p: Placement) -> [Finding] {
        guard p.status.isActive else { return [] }
        return (placementsByStudent(p.studentLogin) ?? [])
            .filter { $0.id != p.id && $0.status.isActive }
            .sorted { $0.start < $1.start }
            .map { Finding(.secondActivePlacement, .error, field: "student", Messages.secondActivePlacement(
                $0.status, at: dataset.organizations[$0.organizationID]?.name ?? $0.organizationID)) }
    }

    private func tutorLoadFindings(_ p: Placement) -> [Finding] {
        guard !p.tutor.identity.isEmpty else { return [] }
        let peers = with(p, in: placementsByTutor(p.tutor.identity)).filter { $0.start <= $0.end }
        let peak = Self.peakConcurrency(peers.map(\.effectivePeriod), within: p.effectivePeriod)
        guard peak > programme.maxInternsPerTutor else { return [] }
        return [Finding(.tutorLoad, .warning, field: "tutor.name", Messages.tutorLoad(peak, max: programme.maxInternsPerTutor))]
    }

    /// Interns the organisation may host in one calendar week (L124-8, R124-10).
    public static func quota(headcount: Int) -> Int {
        headcount >= 20 ? Int((Double(headcount) * 0.15).rounded(.up)) : 3
    }

    private func quotaFindings(_ p: Placement) -> [Finding] {
        guard let headcount = dataset.organizations[p.organizationID]?.headcount else { return [] }
        let limit = Self.quota(headcount: headcount)
        let hosted = with(p, in: placementsByOrganization(p.organizationID)).filter { $0.start <= $0.end }
        let worst = Self.busiestWeek(of: hosted, within: p.effectivePeriod)?.interns ?? 0
        guard worst > limit else { return [] }
        return [Finding(.organizationQuota, .warning, field: "organization", Messages.quota(worst, limit: limit, headcount: headcount))]
    }

    /// The calendar week inside `window` in which most of `hosted` are present (the
    /// first such week), and how many: what the quota is checked against.
    static func busiestWeek(of hosted: [Placement], within window: DateRange) -> (monday: CivilDate, interns: Int)? {
        var busiest: (monday: CivilDate, interns: Int)?
        var week = window.start.mondayOfWeek
        while week <= window.end {
            let span = DateRange(start: week, end: week.adding(days: 6))
            let count = hosted.count { $0.effectivePeriod.overlaps(span) }
            if count > (busiest?.interns ?? 0) { busiest = (week, count) }
            week = week.adding(days: 7)
        }
        return busiest
    }

    /// The most periods covering one same day inside `window`.
    static func peakConcurrency(_ periods: [DateRange], within window: DateRange) -> Int {
        var events: [(day: Int, delta: Int)] = []
        for period in periods where period.overlaps(window) {
            events.append((max(period.start, window.start).dayNumber, 1))
            events.append((min(period.end, window.end).dayNumber + 1, -1))
        }
        events.sort { ($0.day, $0.delta) < ($1.day, $1.delta) }
        var current = 0, peak = 0
        for event in events {
            current += event.delta
            peak = max(peak, current)
        }
        return peak
    }
}
