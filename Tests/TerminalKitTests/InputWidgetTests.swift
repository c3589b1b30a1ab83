import Testing
@testable import TerminalKit

@Suite struct TextFieldTests {
    func typed(_ text: String, into field: TextField = TextField()) -> TextField {
        var field = field
        for c in text { _ = field.handle(.character(c)) }
        return field
    }

    @Test func accentsAreOneCharacterEach() {
        var field = typed("Zoé Lefèvre")
        #expect(field.text == "Zoé Lefèvre")
        #expect(field.cursor == 11)
        _ = field.handle(.wordLeft)
        #expect(field.cursor == 4)
        _ = field.handle(.backspace)
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "oéLefèvre")
    }

    @Test func aCombiningAccentIsErasedWithItsLetter() {
        var field = TextField("Ame\u{301}")
        #expect(field.characters.count == 3)
        _ = field.handle(.backspace)
        #expect(field.text == "Am")
    }

    @Test func wordMovesAndKills() {
        var field = TextField("Bibliothèque nationale de France")
        _ = field.handle(.home)
        _ = field.handle(.wordRight)
        #expect(field.cursor == 12)
        _ = field.handle(.wordRight)
        _ = field.handle(.control("k"))
        #expect(field.text == "Bibliothèque nationale")
        _ = field.handle(.control("w"))
        #expect(field.text == "Bibliothèque ")
    }

    @Test func maximumLength() {
        let field = typed("123456", into: TextField("", maxLength: 4))
        #expect(field.text == "1234")
    }

    @Test func scrollsSidewaysToTheCursor() {
        var canvas = Canvas(width: 12, height: 1)
        let field = TextField("Archives départementales")
        field.render(into: &canvas, in: Rect(x: 1, y: 0, width: 10, height: 1), style: .plain, focused: true)
        #expect(canvas.lines == [" ementales"])  // the last cell stays free for the cursor
        #expect(canvas.cursor?.x == 10)
        var start = field
        _ = start.handle(.home)
        var other = Canvas(width: 12, height: 1)
        start.render(into: &other, in: Rect(x: 1, y: 0, width: 10, height: 1), style: .plain, focused: true)
        #expect(other.lines == [" Archives d"])
        #expect(other.cursor?.x == 1)
    }

    @Test func wideCharactersScrollWhole() {
        var canvas = Canvas(width: 6, height: 1)
        TextField("张伟的档案").render(into: &canvas, in: Rect(x: 0, y: 0, width: 6, height: 1), style: .plain, focused: true)
        #expect(canvas.lines == [" 档案"])  // 的 would be cut in half: a blank stands in its place
        #expect(canvas.cursor?.x == 5)
    }
}

@Suite struct TextAreaTests {
    @Test func wrapsAndMovesByVisualLine() {
        var area = TextArea("Inventaire des fonds, cotation et rédaction")
        var canvas = Canvas(width: 16, height: 4)
        area.render(into: &canvas, in: Rect(x: 0, y: 0, width: 16, height: 3), style: .plain, focused: true)
        #expect(canvas.lines == ["Inventaire des", "fonds, cotation", "et rédaction", ""])
        #expect(canvas.cursor?.x == 12 && canvas.cursor?.y == 2)
        _ = area.handle(.up, width: 16, height: 3)
        _ = area.handle(.home, width: 16, height: 3)
        _ = area.handle(.character("X"), width: 16, height: 3)
        #expect(area.text == "Inventaire des Xfonds, cotation et rédaction")
        _ = area.handle(.enter, width: 16, height: 3)
        #expect(area.text.contains("X\nfonds"))
    }

    @Test func scrollsToKeepTheCursorInView() {
        var area = TextArea("")
        for line in ["un", "deux", "trois", "quatre", "cinq"] {
            for c in line { _ = area.handle(.character(c), width: 20, height: 2) }
            _ = area.handle(.enter, width: 20, height: 2)
        }
        var canvas = Canvas(width: 20, height: 2)
        area.render(into: &canvas, in: canvas.bounds, style: .plain, focused: true)
        #expect(canvas.lines == ["cinq", ""])
        for _ in 0..<5 { _ = area.handle(.up, width: 20, height: 2) }
        canvas = Canvas(width: 20, height: 2)
        area.render(into: &canvas, in: canvas.bounds, style: .plain, focused: true)
        #expect(canvas.lines == ["un", "deux"])
    }
}

@Suite struct ChoiceAndDateTests {
    @Test func choiceCyclesAndJumpsByLetter() {
        var choice = ChoiceField(options: ["Documentation", "Archives", "Données", "Autre"])
        _ = choice.handle(.right)
        #expect(choice.value == "Archives")
        _ = choice.handle(.left)
        _ = choice.handle(.left)
        #expect(choice.value == "Autre")
        _ = choice.handle(.character("d"))
        #expect(choice.value == "Documentation")
        _ = choice.handle(.character("d"))
        #expect(choice.value == "Données")
        var canvas = Canvas(width: 20, height: 1)
        choice.render(into: &canvas, in: canvas.bounds, style: .plain, focused: false)
        #expect(canvas.lines == ["◂ Données ▸"])
    }

    @Test("dates as a French user types them", arguments: [
        ("08/04/2027", "ok"), ("8/4/2027", "ok"), ("08.04.2027", "ok"), ("29/02/2028", "ok"),
        ("31/04/2027", "impossible"), ("29/02/2027", "impossible"), ("00/01/2027", "impossible"), ("12/13/2027", "impossible"),
        ("08/04/27", "malformed"), ("2027-04-08", "malformed"), ("", "empty"),
    ])
    func date(_ text: String, verdict: String) {
        switch DateField(text: text).value {
        case .success(let value?): #expect(verdict == "ok", "\(value)")
        case .success(nil): #expect(verdict == "empty")
        case .failure(.impossible): #expect(verdict == "impossible")
        case .failure(.malformed): #expect(verdict == "malformed")
        }
    }

    @Test func anEmptyDateFieldShowsThePlaceholderItsCreatorGave() {
        var canvas = Canvas(width: 12, height: 2)
        DateField().render(into: &canvas, in: Rect(x: 0, y: 0, width: 12, height: 1), style: .plain, focused: false)
        DateField(placeholder: "JJ/MM/AAAA").render(into: &canvas, in: Rect(x: 0, y: 1, width: 12, height: 1),
                                                    style: .plain, focused: false)
        #expect(canvas.lines == ["DD/MM/YYYY", "JJ/MM/AAAA"])
        var field = FormField.date("start", "Début", placeholder: "JJ/MM/AAAA")
        field.setValue("")  // a draft read again keeps it
        guard case .date(let date) = field.input else { return }
        #expect(date.placeholder == "JJ/MM/AAAA")
    }

    @Test func dateFieldTakesDigitsAndSeparatorsOnly() {
        var field = DateField()
        for c in "0a8/04x/2027" { _ = field.handle(.character(c)) }
        #expect(field.text == "08/04/2027")
        guard case .success(let value?) = field.value else {
            Issue.record("expected a date")
            return
        }
        #expect(value.day == 8 && value.month == 4 && value.year == 2027)
    }
}
