import Foundation
import Testing
@testable import StagesCore

@Suite struct RuleTests {
    @Test("12 to 16 weeks", arguments: [
        (83, true), (84, false), (112, false), (113, true),
    ])
    func durationBounds(calendarDays: Int, isError: Bool) {
        let p = placement(end: day(2026, 4, 8).adding(days: calendarDays - 1))
        #expect(rules(of: p).contains(.duration) == isError)
    }

    @Test("start on or after 8 April", arguments: [(7, true), (8, false)])
    func earliestStart(aprilDay: Int, isError: Bool) {
        let start = day(2026, 4, aprilDay)
        let p = placement(start: start, end: start.adding(days: 90))
        #expect(rules(of: p).contains(.earliestStart) == isError)
    }

    @Test func earliestStartFollowsTheAcademicYear() {
        let book = RuleBook(dataset())
        #expect(book.earliestStart(for: day(2026, 5, 1)) == day(2026, 4, 8))
        #expect(book.earliestStart(for: day(2027, 5, 1)) == day(2027, 4, 8))
    }

    @Test func endBeforeStart() {
        let p = placement(start: day(2026, 6, 1), end: day(2026, 5, 1))
        #expect(rules(of: p) == [.endBeforeStart])
    }

    /// 1 Sept – 30 Oct 2026 has 44 weekdays and no holiday: exactly 308 h at 35 h a week.
    @Test("stipend owed from the 309th hour", arguments: [(false, false), (true, true)])
    func stipendThreshold(addOneHour: Bool, owed: Bool) {
        let base = placement(start: day(2026, 9, 1), end: day(2026, 10, 30), stipend: nil)
        var all = [base]
        if addOneHour {  // one more day at 5 h a week = 1 h, same organisation and year
            all.append(placement("plc-2", start: day(2026, 11, 2), end: day(2026, 11, 2), weeklyHours: 5, stipend: nil))
        }
        let book = RuleBook(dataset(all))
        #expect(book.hoursInOrganization(for: base) == (addOneHour ? 309 : 308))
        #expect(book.findings(for: base).map(\.rule).contains(.stipendMissing) == owed)
    }

    @Test("a cent under the minimum", arguments: [(Decimal(string: "4.49")!, true), (Decimal(string: "4.50")!, false)])
    func stipendMinimum(hourly: Decimal, isError: Bool) {
        let p = placement(stipend: Stipend(amount: hourly, unit: .perHour))
        #expect(rules(of: p).contains(.stipendBelowMinimum) == isError)
    }

    @Test func monthlyStipendCountsTwentyTwoDays() {
        // 4,50 €/h × 7 h × 22 days = 693 € a month.
        #expect(!rules(of: placement(stipend: Stipend(amount: 693, unit: .perMonth))).contains(.stipendBelowMinimum))
        #expect(rules(of: placement(stipend: Stipend(amount: 692, unit: .perMonth))).contains(.stipendBelowMinimum))
    }

    @Test func yearWithoutRateBorrowsTheLatest() {
        let p = placement(start: day(2027, 4, 8), end: day(2027, 6, 30))
        let data = dataset([p], programme: Programme(academicYear: 2026))
        let found = RuleBook(data).findings(for: p)
        let warning = try! #require(found.first { $0.rule == .stipendRateUnknown })
        #expect(warning.severity == .warning)
        #expect(warning.message.fr.contains("2027") && warning.message.fr.contains("2026"))
        #expect(!found.map(\.rule).contains(.stipendBelowMinimum))
    }

    @Test func hoursCapAddsPlacementsInOneOrganisation() {
        let first = placement(start: day(2025, 9, 1), end: day(2026, 2, 27))  // about 800 h
        let second = placement("plc-2", start: day(2026, 4, 8), end: day(2026, 6, 30))
        let data = dataset([first, second])
        #expect(RuleBook(data).findings(for: second).map(\.rule).contains(.hoursPerOrganization))
        let elsewhere = placement("plc-2", org: "org-2", start: day(2026, 4, 8), end: day(2026, 6, 30))
        let split = dataset([first, elsewhere], organizations: [organization(), organization("org-2")])
        #expect(!RuleBook(split).findings(for: elsewhere).map(\.rule).contains(.hoursPerOrganization))
    }

    @Test func overlappingPlacements() {
        let a = placement(status: .cancelled)
        let b = placement("plc-2", start: day(2026, 6, 1), end: day(2026, 8, 31))
        #expect(!rules(of: b, in: dataset([a, b])).contains(.overlap))
        let c = placement("plc-3")
        #expect(rules(of: b, in: dataset([c, b])).contains(.overlap))
    }

    @Test func oneActivePlacementPerStudent() {
        let done = placement(status: .completed)
        let next = placement("plc-2", start: day(2026, 7, 6), end: day(2026, 9, 25))
        #expect(!rules(of: next, in: dataset([done, next])).contains(.secondActivePlacement))
        let validated = placement(status: .validated)
        let findings = RuleBook(dataset([validated, next])).findings(for: next).filter { $0.rule == .secondActivePlacement }
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.message.fr.contains("« Validée » chez Archives départementales du Rhône") == true)
        #expect(!rules(of: placement("plc-3", status: .cancelled), in: dataset([validated])).contains(.secondActivePlacement))
    }

    @Test func alternanceStudentHasNoPlacement() {
        let p = placement()
        #expect(rules(of: p, in: dataset([p], students: [student(track: .alternance)])).contains(.alternanceTrack))
    }

    @Test func tutorWithFourInternsAtOnce() {
        let logins = ["a", "b", "c", "d"]
        let all = logins.map { placement("plc-\($0)", student: $0) }
        let data = dataset(all, students: logins.map { student($0) })
        #expect(!RuleBook(data).findings(for: all[0]).filter { $0.rule == .tutorLoad }.isEmpty)
        let three = dataset(Array(all.prefix(3)), students: logins.map { student($0) })
        #expect(RuleBook(three).findings(for: all[0]).filter { $0.rule == .tutorLoad }.isEmpty)
    }

    @Test("quota: 15 % of the headcount from 20, else 3", arguments: [
        (5, 3), (19, 3), (20, 3), (21, 4), (100, 15),
    ])
    func quota(headcount: Int, limit: Int) {
        #expect(RuleBook.quota(headcount: headcount) == limit)
    }

    @Test func quotaCountsInternsPerCalendarWeek() {
        let logins = ["a", "b", "c", "d"]
        let all = logins.enumerated().map { i, login in
            placement("plc-\(login)", student: login, tutor: Tutor(name: "T\(i)", function: "f", email: "t\(i)@example.fr"))
        }
        let small = dataset(all, students: logins.map { student($0) }, organizations: [organization(headcount: 10)])
        let finding = RuleBook(small).findings(for: all[0]).first { $0.rule == .organizationQuota }
        #expect(finding?.severity == .warning)
        let big = dataset(all, students: logins.map { student($0) }, organizations: [organization(headcount: 40)])
        #expect(RuleBook(big).findings(for: all[0]).allSatisfy { $0.rule != .organizationQuota })
    }

    @Test func requiredFieldsNameTheirField() {
        var p = placement()
        p.subject = "  "
        p.tutor.email = "pas-une-adresse"
        let found = RuleBook(dataset([p])).findings(for: p)
        #expect(found.on("subject").first?.rule == .required)
        #expect(found.on("tutor.email").first?.rule == .email)
        #expect(found.on("tutor.email").first?.message.fr.contains("pas-une-adresse") == true)
    }

    @Test func organisationFindingsArePrefixed() {
        var org = organization()
        org.siret = "12345678901234"
        org.postcode = "6900"
        let p = placement()
        let found = RuleBook(dataset([p], organizations: [org])).findings(for: p)
        #expect(found.on("organization.siret").first?.rule == .siret)
        #expect(found.on("organization.postcode").first?.rule == .postcode)
    }

    @Test func aValidPlacementHasNoFinding() {
        let p = placement()
        #expect(RuleBook(dataset([p])).findings(for: p).isEmpty)
    }
}
