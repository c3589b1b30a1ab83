import Foundation
import Testing
@testable import StagesCore

/// Every case a student can be in, as the lists, the dashboard and `export students` say it.
@Suite struct SituationTests {
    func contract(_ id: String = "alt-1", student: String = "cmartin", status: AlternanceStatus,
                  start: CivilDate = day(2025, 9, 1)) -> Alternance {
        Alternance(id: id, studentLogin: student, kind: .apprenticeship, status: status, employerID: "org-1",
                   start: start, end: day(2026, 8, 31))
    }

    func situation(_ placements: [Placement] = [], contracts: [Alternance] = [], track: Track = .stage) -> Situation? {
        let data = Dataset(programme: programme2026, students: [student(track: track)], organizations: [organization()],
                           placements: placements, alternances: contracts)
        return Situation.all(in: data)["cmartin"]
    }

    @Test func aStudentWithNothingIsSearching() {
        #expect(situation() == .searching)
        #expect(situation()?.isWithoutAnything == true)
    }

    @Test func aPlacementGivesItsStatusAtEveryStep() {
        for status in PlacementStatus.allCases where status != .cancelled && status != .broken {
            #expect(situation([placement(status: status)]) == .placement(status))
            #expect(situation([placement(status: status)])?.isWithoutAnything == [.draft, .submitted, .returned].contains(status))
        }
    }

    @Test func cancelledAndBrokenPlacementsNoLongerCount() {
        #expect(situation([placement(status: .cancelled)]) == .searching)
        #expect(situation([placement(status: .broken)]) == .searching)
        let validated = placement("plc-1", start: day(2026, 4, 8), status: .validated)
        let cancelledLater = placement("plc-2", start: day(2026, 5, 4), end: day(2026, 8, 14), status: .cancelled)
        #expect(situation([validated, cancelledLater]) == .placement(.validated))
    }

    @Test func theLatestPlacementWinsAndTiesAreSettledById() {
        let early = placement("plc-1", start: day(2026, 4, 8), status: .submitted)
        let late = placement("plc-2", start: day(2026, 5, 4), end: day(2026, 8, 14), status: .draft)
        #expect(situation([early, late]) == .placement(.draft))
        #expect(situation([late, early]) == .placement(.draft))
        let twin = placement("plc-3", start: day(2026, 5, 4), end: day(2026, 8, 14), status: .returned)
        #expect(situation([late, twin]) == .placement(.returned))
        #expect(situation([twin, late]) == .placement(.returned))
    }

    @Test func aWorkStudyStudentIsInTheirLatestContract() {
        #expect(situation(track: .alternance) == .alternance(.searching))
        #expect(situation(track: .alternance)?.isWithoutAnything == true)
        for status in AlternanceStatus.allCases {
            #expect(situation(contracts: [contract(status: status)], track: .alternance) == .alternance(status))
        }
        let old = contract("alt-1", status: .broken, start: day(2025, 9, 1))
        let new = contract("alt-2", status: .signed, start: day(2026, 1, 5))
        #expect(situation(contracts: [old, new], track: .alternance) == .alternance(.signed))
        #expect(situation(contracts: [old, new], track: .alternance)?.isWithoutAnything == false)
    }

    @Test func theTrackDecidesBetweenAContractAndAPlacement() {
        // Back on the stage track after a rupture: the old contract no longer says anything.
        #expect(situation(contracts: [contract(status: .broken)], track: .stage) == .searching)
        #expect(situation([placement(status: .signed)], contracts: [contract(status: .broken)], track: .stage) == .placement(.signed))
        // On the alternance track, a contract wins over a placement; a placement wins over no contract.
        #expect(situation([placement(status: .validated)], contracts: [contract(status: .ongoing)], track: .alternance)
            == .alternance(.ongoing))
        #expect(situation([placement(status: .validated)], track: .alternance) == .placement(.validated))
    }

    @Test func everyStudentHasOneAndOthersNone() {
        let data = dataset([placement(student: "lbernard", status: .signed)],
                           students: [student("cmartin"), student("lbernard"), student("adurand", track: .alternance)])
        #expect(Situation.all(in: data) == ["cmartin": .searching, "lbernard": .placement(.signed), "adurand": .alternance(.searching)])
    }

    @Test func searchingComesFirstThenPlacementsThenContracts() {
        let all: [Situation] = [.alternance(.signed), .placement(.validated), .searching, .alternance(.searching), .placement(.draft)]
        #expect(all.sorted() == [.searching, .placement(.draft), .placement(.validated), .alternance(.searching), .alternance(.signed)])
    }

    @Test func labelsInBothLanguages() {
        #expect(Situation.searching.label == LocalizedText(fr: "en recherche", en: "searching"))
        #expect(Situation.placement(.validated).label(.fr) == "stage : validée")
        #expect(Situation.placement(.ongoing).label(.en) == "placement: ongoing")
        #expect(Situation.alternance(.signed).label(.fr) == "alternance : signé")
        #expect(Situation.alternance(.broken).label(.en) == "work-study: broken")
    }

    @Test func jsonNamesTheKindAndTheStatus() throws {
        let all: [Situation] = [.searching, .placement(.returned), .alternance(.ongoing)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(all), as: UTF8.self)
        #expect(text == #"[{"kind":"searching"},{"kind":"placement","status":"returned"},{"kind":"alternance","status":"ongoing"}]"#)
        #expect(try JSONDecoder().decode([Situation].self, from: Data(text.utf8)) == all)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Situation.self, from: Data(#"{"kind":"holiday"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Situation.self, from: Data(#"{"kind":"placement","status":"lost"}"#.utf8))
        }
    }
}
