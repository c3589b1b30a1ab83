import Testing
@testable import TerminalKit

/// A read-only field too long for its width reads from its start, and its cursor keys scroll it, never change it.
@Suite struct ReadOnlyFieldTests {
    @Test func aLongReadOnlyTextShowsItsStartAndScrolls() {
        let long = "Numérisation et description des fonds photographiques de l'entre-deux-guerres"
        var field = FormField.text("subject", "Sujet", long)
        field.readOnly = true
        var form = Form(fields: [FormField.text("other", "Autre", ""), field])
        var canvas = Canvas(Size(width: 40, height: 3))
        form.render(into: &canvas, in: Rect(x: 0, y: 0, width: 40, height: 3))
        #expect(canvas.text.contains("Numérisation et descr"))

        _ = form.handle(.tab, viewport: Size(width: 40, height: 3))
        #expect(form.handle(.home, viewport: Size(width: 40, height: 3)) == .moved)
        for _ in 0..<long.count { _ = form.handle(.right, viewport: Size(width: 40, height: 3)) }
        #expect(form.handle(.character("x"), viewport: Size(width: 40, height: 3)) == .ignored)
        canvas = Canvas(Size(width: 40, height: 3))
        form.render(into: &canvas, in: Rect(x: 0, y: 0, width: 40, height: 3))
        #expect(canvas.text.contains("deux-guerres"))
        #expect(form.value("subject") == long)
    }
}
