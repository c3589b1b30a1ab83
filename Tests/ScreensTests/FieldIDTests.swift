import Foundation
import Testing
import StagesCore
import TerminalKit
@testable import Screens

/// Each form names its fields with an enum, and every field a rule can point
/// at for a record has a place in that record's form.
@Suite struct FieldIDTests {
    /// Every `Finding.field` the rules of StagesCore produce, by record (see Sources/StagesCore/Rules).
    static let placementPaths = [
        "organization", "subject", "activities", "skills", "tutor.name", "tutor.function", "tutor.email", "tutor.phone",
        "student", "weeklyHours", "daysPerWeek", "referent.email", "start", "end", "interruptions", "stipend",
        "organization.name", "organization.address", "organization.postcode", "organization.city", "organization.country",
        "organization.siret", "organization.email", "organization.phone",
    ]
    static let offerPaths = ["title", "description", "contact.name", "organization", "postcode", "applyBy",
                             "contact.email", "contact.phone"]
    static let alternancePaths = ["end", "employer", "student", "tutor.email", "tutor.phone"]
    static let studentPaths = ["login", "lastName", "firstName", "email", "phone", "track"]

    static func state() -> AppState { UpdateTests.state() }

    /// The ids a form was built with.
    static func ids(_ editor: Editor) -> [String] { editor.form.fields.map(\.id) }

    @Test func everyRulePathHasAFieldInItsRecordsForm() {
        let state = Self.state()
        func check<F: FieldID>(_ paths: [String], _ editor: Editor, _: F.Type) {
            let ids = Set(Self.ids(editor))
            for path in paths {
                let field = F(finding: path)
                #expect(field != nil, "\(F.self) has no field for the rules' \"\(path)\"")
                if let field { #expect(ids.contains(field.rawValue), "\(editor.title) lacks \(field.rawValue) for \"\(path)\"") }
            }
        }
        // The coordinator's form links the organisation: its own fields are fixed in its form, and
        // their findings show under the link; the student's form types them.
        check(Self.placementPaths.filter { !$0.hasPrefix("organization.") }, PlacementEditor.make(nil, state), PlacementField.self)
        check(Self.placementPaths.filter { $0 != "student" && $0 != "organization" },
              PlacementEditor.make(nil, UpdateTests.state(.student("fbertrand"))), PlacementField.self)
        check(Self.offerPaths, OfferEditor.make(nil, state), OfferField.self)
        check(OrganizationField.allCases.map(\.rawValue), OrganizationEditor.make(nil, state), OrganizationField.self)
        check(Self.alternancePaths, AlternanceEditor.make(nil, state), AlternanceField.self)
        check(Self.studentPaths, StudentEditor.make(nil, state), StudentField.self)
    }

    /// The rules run on what the forms give, empty and with "x" in every text field (a bad email,
    /// phone, postcode, date…): every finding lands on a field of the form that produced it.
    @Test func findingsOfWhatTheFormsGiveLandOnTheirFields() {
        let state = Self.state()
        func filled(_ editor: Editor) -> Editor {
            var editor = editor
            for i in editor.form.fields.indices where !editor.form.fields[i].readOnly {
                if case .choice = editor.form.fields[i].input { continue }
                editor.form.fields[i].setValue("x")
            }
            return editor
        }
        func check<F: FieldID>(_ findings: [Finding], _ editor: Editor, _: F.Type) -> Int {
            for finding in findings {
                let field = F(finding: finding.field)
                #expect(field.map { editor.form[$0.rawValue] != nil } == true, "\(F.self): \"\(finding.field)\" has no field")
            }
            return findings.count
        }
        var seen = 0
        for editor in [PlacementEditor.make(nil, state), filled(PlacementEditor.make(nil, state))] {
            let (book, placement, _, _) = PlacementEditor.preview(editor, state)
            seen += check(book.findings(for: placement), editor, PlacementField.self)
        }
        for editor in [OfferEditor.make(nil, state), filled(OfferEditor.make(nil, state))] {
            seen += check(state.index.facts.book.findings(for: OfferEditor.read(editor, state).offer), editor, OfferField.self)
        }
        for editor in [AlternanceEditor.make(nil, state), filled(AlternanceEditor.make(nil, state))] {
            seen += check(state.index.facts.book.findings(for: AlternanceEditor.read(editor, state).contract), editor, AlternanceField.self)
        }
        for editor in [StudentEditor.make(nil, state), filled(StudentEditor.make(nil, state))] {
            seen += check(state.index.facts.book.findings(for: StudentEditor.read(editor, state).student), editor, StudentField.self)
        }
        #expect(seen > 20)
    }

    /// The lists above name every field the rules' sources write, so a new rule field fails here until it has its place.
    @Test func theListsCoverEveryFieldTheRulesWrite() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/StagesCore/Rules")
        var written: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: rules.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8)
            // `field: "end"`, `prefix + "email"`, and the required-field tables `("subject", p.subject)`.
            for pattern in [#"field: "([\w.]+)""#, #"\+ "([\w.]+)""#, #"\("([\w.]+)", (?:p|org|student|offer)\."#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                    written.insert(String(source[Range(match.range(at: 1), in: source)!]))
                }
            }
        }
        #expect(written.count > 20)
        let known = Self.placementPaths + Self.offerPaths + Self.alternancePaths + Self.studentPaths
        for field in written.sorted() {
            #expect(known.contains { $0 == field || $0.hasSuffix("." + field) }, "the rules write \"\(field)\", which no list above names")
        }
    }

    /// The enums and the forms agree: every field of a form is a case, every case a field of the coordinator's new form.
    @Test func formsAreBuiltFromTheirEnum() {
        let state = Self.state()
        func check<F: FieldID>(_ editor: Editor, _: F.Type) {
            #expect(Self.ids(editor).sorted() == F.allCases.map(\.rawValue).sorted(), "\(F.self)")
        }
        let placement = PlacementEditor.make(nil, state), request = PlacementEditor.make(nil, UpdateTests.state(.student("fbertrand")))
        #expect(Self.ids(placement).sorted() == PlacementField.allCases.filter { !PlacementField.typedOrganization.contains($0) }
            .map(\.rawValue).sorted())
        #expect(Self.ids(request).sorted() == PlacementField.allCases.filter { !PlacementField.coordinatorOnly.contains($0) }
            .map(\.rawValue).sorted())
        check(OrganizationEditor.make(nil, state), OrganizationField.self)
        check(OfferEditor.make(nil, state), OfferField.self)
        check(AlternanceEditor.make(nil, state), AlternanceField.self)
        check(StudentEditor.make(nil, state), StudentField.self)
        check(SmallForms.rupture(.placementRupture(id: "x"), state), RuptureField.self)
        check(SmallForms.fillOffer("x", state), FillOfferField.self)
    }

    /// A finding on a field the form does not have shows over the form, not under a field it does not concern.
    @Test func aFindingOnAnUnknownFieldShowsAboveTheForm() {
        let state = Self.state()
        var editor = PlacementEditor.make(nil, state)
        let findings = [Finding(.required, .error, field: "strat", LocalizedText(fr: "Début inconnu", en: "Unknown start")),
                        Finding(.required, .warning, field: "tutor.email", LocalizedText(fr: "Courriel", en: "Email"))]
        let messages = FieldMessages.of(findings, problems: [:], in: editor.form, state, as: PlacementField.self)
        #expect(messages[Editor.aboveFields]?.text == "Début inconnu")
        #expect(messages["start"] == nil)
        #expect(messages["tutor.email"]?.text == "Courriel")
        editor.show(messages)
        #expect(editor.notice?.text == "Début inconnu")
        #expect(editor.form["start"]?.message == nil)
        var canvas = Canvas(width: 100, height: 30)
        EditorView.render(editor, state, into: &canvas, Rect(x: 0, y: 0, width: 100, height: 30))
        #expect(canvas.text.contains("Début inconnu"))
    }
}
