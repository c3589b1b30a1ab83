import Testing
@testable import TerminalKit

@Suite struct FormTests {
    func form() -> Form {
        Form(fields: [
            .text("name", "Nom", "Lefèvre", required: true),
            .text("first", "Prénom", required: true),
            .choice("domain", "Domaine", options: ["Documentation", "Archives", "Données"]),
            .date("start", "Début", required: true, placeholder: "JJ/MM/AAAA"),
            .area("missions", "Missions", "Inventaire", rows: 2),
        ])
    }

    @Test func tabMovesAndLettersType() {
        var f = form()
        let size = Size(width: 50, height: 10)
        #expect(f.handle(.tab, viewport: size) == .moved)
        #expect(f.isTyping)
        for c in "Zoé" { _ = f.handle(.character(c), viewport: size) }
        #expect(f.value("first") == "Zoé")
        _ = f.handle(.down, viewport: size)
        #expect(!f.isTyping)  // a choice: letters choose, shortcuts stay free for the screen
        #expect(f.handle(.right, viewport: size) == .edited("domain"))
        #expect(f.value("domain") == "Archives")
        _ = f.handle(.backTab, viewport: size)
        #expect(f.focusedField?.id == "first")
        _ = f.handle(.enter, viewport: size)
        _ = f.handle(.enter, viewport: size)
        for c in "31/04/2027" { _ = f.handle(.character(c), viewport: size) }
        #expect(f.value("start") == "31/04/2027")
        _ = f.handle(.tab, viewport: size)
        _ = f.handle(.end, viewport: size)
        _ = f.handle(.enter, viewport: size)  // a new line inside the multi-line field
        #expect(f.value("missions") == "Inventaire\n")
        #expect(f.focusedField?.id == "missions")
    }

    @Test func rendersLabelsMarkersAndMessages() {
        var f = form()
        f.setMessage("Date impossible : le 31/04/2027 n'existe pas.", for: "start")
        f.setMessage("Pensez au tuteur.", for: "missions", isError: false)
        var canvas = Canvas(width: 60, height: 9)
        f.render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines == [
            "Nom *     Lefèvre",
            "Prénom *",
            "Domaine   ◂ Documentation ▸",
            "Début *   JJ/MM/AAAA",
            "          ✗ Date impossible : le 31/04/2027 n'existe pas.",
            "Missions  Inventaire",
            "",
            "          ! Pensez au tuteur.",
            "",
        ])
        #expect(canvas.cursor?.x == 17 && canvas.cursor?.y == 0)
    }

    @Test func scrollsToTheFocusedField() {
        var f = Form(fields: (1...12).map { .text("f\($0)", "Champ \($0)") })
        let size = Size(width: 40, height: 4)
        for _ in 0..<7 { _ = f.handle(.tab, viewport: size) }
        var canvas = Canvas(width: 40, height: 4)
        f.render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines.map { $0.trimmingCharacters(in: .whitespaces) } == ["Champ 5", "Champ 6", "Champ 7", "Champ 8"])
        #expect(canvas.cursor?.y == 3)
        _ = f.handle(.up, viewport: size)  // moving back up does not scroll yet
        canvas = Canvas(width: 40, height: 4)
        f.render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines.first?.hasPrefix("Champ 5") == true)
        #expect(canvas.cursor?.y == 2)
    }
}

@Suite struct TableTests {
    let columns = [Column("Nom", .flex(1, min: 8)), Column("Ville", .fixed(10)), Column("Sem.", .fixed(4), alignRight: true)]
    let rows = [["Zoé Lefèvre", "Besançon", "12"], ["张伟", "Lyon", "16"], ["Ame\u{301}lie 🎓", "Saint-Étienne-de-Tinée", "14"]]

    @Test func alignsByDisplayWidth() {
        var canvas = Canvas(width: 30, height: 4)
        Table(columns: columns, rows: rows, emptyMessage: "Aucune ligne").render(into: &canvas, in: canvas.bounds,
                                                                                 selection: ListSelection(index: 1))
        #expect(canvas.lines == [
            "Nom            Ville      Sem.",
            "Zoé Lefèvre    Besançon     12",
            "张伟           Lyon         16",
            "Ame\u{301}lie 🎓      Saint-Éti…   14",
        ])
        #expect(canvas[0, 2].style == .reverse)
        #expect(canvas.cursor?.y == 2)
    }

    @Test func selectionStaysVisibleWithoutJumping() {
        var selection = ListSelection()
        let many = (1...50).map { ["Offre \($0)", "Lyon", "\($0)"] }
        for _ in 0..<10 { _ = selection.handle(.down, count: 50, visibleRows: 5) }
        #expect(selection.index == 10 && selection.offset == 6)
        _ = selection.handle(.up, count: 50, visibleRows: 5)
        #expect(selection.index == 9 && selection.offset == 6)
        _ = selection.handle(.character("G"), count: 50, visibleRows: 5)
        #expect(selection.index == 49 && selection.offset == 45)
        _ = selection.handle(.pageUp, count: 50, visibleRows: 5)
        #expect(selection.index == 45)
        var canvas = Canvas(width: 30, height: 6)
        Table(columns: columns, rows: many, emptyMessage: "").render(into: &canvas, in: canvas.bounds, selection: selection)
        #expect(canvas.lines[1].hasPrefix("Offre 46"))
        #expect(canvas.lines[5].hasPrefix("Offre 50"))
    }

    @Test func emptyListSaysSo() {
        var canvas = Canvas(width: 30, height: 3)
        Table(columns: columns, rows: [], emptyMessage: "Aucune offre ne correspond.")
            .render(into: &canvas, in: canvas.bounds, selection: ListSelection())
        #expect(canvas.lines[1] == " Aucune offre ne correspond.")
    }
}

@Suite struct OverlayTests {
    enum Action: Hashable, Sendable { case quit, search, help }
    let keymap = Keymap<Action>([
        KeyBinding([.character("q")], .quit, hint: "quitter", help: "Quitter l'application"),
        KeyBinding([.character("/")], .search, hint: "chercher", help: "Chercher dans la liste"),
        KeyBinding([.character("?"), .function(1)], .help, help: "Afficher l'aide"),
    ])

    @Test func lettersDoNotFireWhileTyping() {
        #expect(keymap.action(for: .character("q")) == .quit)
        #expect(keymap.action(for: .character("q"), typing: true) == nil)
        #expect(keymap.action(for: .function(1), typing: true) == .help)
    }

    @Test func keysAreNamedWithTheApplicationsWords() {
        let french = KeyNames(space: "Espace", enter: "Entrée", escape: "Échap", backTab: "Maj-Tab")
        #expect(Key.enter.label() == "Enter" && Key.enter.label(french) == "Entrée")
        #expect(Key.character(" ").label(french) == "Espace")
        #expect(Key.control("s").label() == "Ctrl-S" && Key.wordLeft.label() == "Ctrl-←")
        #expect(Key.pageDown.label(french) == "PgDn")  // a word not given stays English
        let binding = KeyBinding([.tab, .backTab], "move", help: "move")
        #expect(binding.keyLabel() == "Tab, Shift-Tab" && binding.keyLabel(french) == "Tab, Maj-Tab")
        var canvas = Canvas(width: 60, height: 6)
        HelpOverlay(title: "Aide", keymap: Keymap([KeyBinding([.escape], "close", help: "Fermer")]), keyNames: french,
                    footer: "").render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines[2].contains("Échap  Fermer"))
    }

    @Test func helpIsGeneratedFromTheKeymap() {
        var canvas = Canvas(width: 60, height: 9)
        HelpOverlay(title: "Aide — Offres", keymap: keymap, footer: "Échap pour fermer")
            .render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines == [
            "",
            "     ┌─ Aide — Offres ────────────────────────────────┐",
            "     │ q      Quitter l'application                   │",
            "     │ /      Chercher dans la liste                  │",
            "     │ ?, F1  Afficher l'aide                         │",
            "     │                                                │",
            "     │ Échap pour fermer                              │",
            "     └────────────────────────────────────────────────┘",
            "",
        ])
    }

    @Test func dialogAnswersAndRenders() {
        var dialog = Dialog(title: "Quitter ?", message: "Des modifications ne sont pas enregistrées.",
                            buttons: ["Oui", "Non"], selected: 1)
        var canvas = Canvas(width: 60, height: 7)
        dialog.render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines == [
            "",
            "  ┌─ Quitter ? ──────────────────────────────────────────┐",
            "  │ Des modifications ne sont pas enregistrées.          │",
            "  │                                                      │",
            "  │ [ Oui ]  [ Non ]                                     │",
            "  └──────────────────────────────────────────────────────┘",
            "",
        ])
        #expect(dialog.handle(.left) == .handled)
        #expect(dialog.handle(.enter) == .chose(0))
        #expect(dialog.handle(.character("n")) == .chose(1))
        #expect(dialog.handle(.escape) == .cancelled)
    }

    @Test func dialogWithACommentTypesLetters() {
        var dialog = Dialog(title: "Renvoyer", message: "Commentaire pour l'étudiant·e :", buttons: ["Renvoyer", "Annuler"],
                            input: TextArea())
        for c in "Préciser" { _ = dialog.handle(.character(c)) }
        #expect(dialog.input?.text == "Préciser")
        #expect(dialog.handle(.function(2)) == .chose(0))
    }

    @Test func statusBarShowsHintsOrTheMessage() {
        var canvas = Canvas(width: 40, height: 1)
        StatusBar(hints: [("q", "quitter"), ("/", "chercher"), ("?", "aide")]).render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines == [" q quitter  / chercher  ? aide"])
        StatusBar(hints: [], message: ("Enregistré.", .success)).render(into: &canvas, in: canvas.bounds)
        #expect(canvas.lines == [" Enregistré."])
        #expect(canvas[1, 0].style.foreground == .green)
    }
}

@Suite struct HeadlessTests {
    struct Counter: InteractiveProgram {
        var count = 0
        func render(into canvas: inout Canvas) {
            canvas.draw("Compteur : \(count) — élève", x: 0, y: 0)
        }
        mutating func handle(_ event: TerminalEvent, size: Size) -> Bool {
            switch event {
            case .key(.character("+")): count += 1
            case .key(.character("q")), .interrupt: return false
            default: break
            }
            return true
        }
        func tooSmallMessage(_ size: Size) -> String { "Fenêtre trop petite (\(size.width)×\(size.height))" }
    }

    @Test func playsKeysAndKeepsFrames() {
        let terminal = HeadlessTerminal()
        terminal.type("++")
        terminal.resize(width: 60, height: 15)
        terminal.resize(width: 80, height: 24)
        terminal.type("+q+")
        var program = Counter()
        EventLoop.run(&program, on: terminal)
        #expect(program.count == 3)
        #expect(terminal.frames.count == 6)
        #expect(terminal.frames[3].lines[7] == " Fenêtre trop petite (60×15)")
        #expect(terminal.screen.hasPrefix("Compteur : 3 — élève"))
        #expect(!terminal.isDrained)  // the last "+" came after "q"
    }
}

import Foundation
