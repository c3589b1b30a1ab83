import Testing
@testable import StagesCore

/// The interruptions line of the placement request, as people type it.
@Suite struct InterruptionsTests {
    func periods(_ text: String) -> [DateRange]? { try? Interruptions.parse(text).get() }

    func error(_ text: String) -> InterruptionsError? {
        if case .failure(let error) = Interruptions.parse(text) { return error }
        return nil
    }

    @Test func periodsSeparatedByCommas() {
        #expect(periods("01/05/2027-03/05/2027, 20/05/2027-20/05/2027") == [
            DateRange(start: day(2027, 5, 1), end: day(2027, 5, 3)), DateRange(start: day(2027, 5, 20), end: day(2027, 5, 20)),
        ])
        #expect(periods(" 1/5/2027 - 3.5.2027 ") == [DateRange(start: day(2027, 5, 1), end: day(2027, 5, 3))])
    }

    @Test func atMostTwentyPeriods() {
        let one = "01/05/2027-01/05/2027"
        if case .success(let periods) = Interruptions.parse(Array(repeating: one, count: 20).joined(separator: ", ")) {
            #expect(periods.count == 20)
        } else {
            Issue.record("twenty periods are allowed")
        }
        guard case .failure(let error) = Interruptions.parse(Array(repeating: one, count: 200).joined(separator: ", ")) else {
            Issue.record("two hundred periods are refused")
            return
        }
        #expect(error.reason == .tooMany)
        #expect(error.message.fr == "Au plus 20 périodes d'interruption.")
    }

    @Test func blankTextAndBlankPiecesAreNoPeriods() {
        #expect(periods("") == [])
        #expect(periods("   ") == [])
        #expect(periods("01/05/2027-03/05/2027, ,") == [DateRange(start: day(2027, 5, 1), end: day(2027, 5, 3))])
    }

    @Test func aPeriodEndingBeforeItStartsIsLeftToTheRules() {
        #expect(periods("03/05/2027-01/05/2027") == [DateRange(start: day(2027, 5, 3), end: day(2027, 5, 1))])
    }

    @Test func somethingThatIsNotTwoEndsIsRefusedWithThePiece() {
        #expect(error("01/05/2027") == InterruptionsError(period: "01/05/2027", reason: .notAPeriod))
        #expect(error("01/05/2027-02/05/2027-03/05/2027")?.reason == .notAPeriod)
        #expect(error("01-05-2027-03-05-2027")?.reason == .notAPeriod)
        #expect(error("01/05/2027-03/05/2027; 20/05/2027-21/05/2027")?.reason == .notAPeriod)
        #expect(error("01/05/2027-03/05/2027, du 20 au 21 mai")?.period == "du 20 au 21 mai")
    }

    @Test func badDaysAreNamed() {
        #expect(error("31/04/2027-02/05/2027") == InterruptionsError(period: "31/04/2027-02/05/2027", reason: .badDate("31/04/2027")))
        #expect(error("28/02/2027-29/02/2027")?.reason == .badDate("29/02/2027"))
        #expect(error("01/05/27-03/05/27")?.reason == .badDate("01/05/27"))
        #expect(error("-03/05/2027")?.reason == .badDate(""))
        #expect(error("01/05/2027-")?.reason == .badDate(""))
        // Too long, signs, letters and empty parts are not dates (a form field once cut "01/05/20271" to 10 characters).
        for bad in ["01/05/20271", "+1/05/2027", "0a/05/2027", "01//05/2027", "001/05/2027", "01/05/2027/"] {
            #expect(error("\(bad)-03/05/2027")?.reason == .badDate(bad))
        }
    }

    @Test func theMessageSaysHowToWriteThem() {
        let message = error("demain")?.message
        #expect(message?.fr == "Écrire les périodes JJ/MM/AAAA-JJ/MM/AAAA, séparées par des virgules.")
        #expect(message?.en == "Write periods DD/MM/YYYY-DD/MM/YYYY, separated by commas.")
    }

    @Test func textReadsBack() {
        let written = [DateRange(start: day(2027, 5, 1), end: day(2027, 5, 3)), DateRange(start: day(2027, 5, 20), end: day(2027, 5, 20))]
        #expect(Interruptions.text(written) == "01/05/2027-03/05/2027, 20/05/2027-20/05/2027")
        #expect(periods(Interruptions.text(written)) == written)
        #expect(Interruptions.text([]) == "")
    }

    @Test func frenchDates() {
        #expect(CivilDate(french: "08/04/2027") == day(2027, 4, 8))
        #expect(CivilDate(french: "8.4.2027") == day(2027, 4, 8))
        #expect(CivilDate(french: "29/02/2028") == day(2028, 2, 29))
        for bad in ["", "2027-04-08", "08-04-2027", "8/4", "08/13/2027", "00/04/2027", "08/04/ 2027", "٠٨/٠٤/٢٠٢٧"] {
            #expect(CivilDate(french: bad) == nil, "\(bad)")
        }
    }
}
