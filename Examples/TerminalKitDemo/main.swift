#if canImport(Glibc)
import Glibc
#endif
import CursesTerminal
import Foundation
import TerminalKit

/// A gallery of the toolkit's widgets on the real terminal: a table of names
/// with accents, CJK and emoji, a form, and a status bar. `terminalkit-demo`
/// is what the toolkit's end-to-end test drives in tmux.
struct Gallery: InteractiveProgram {
    var form = Form(fields: [
        .text("first", "Prénom", required: true),
        .text("city", "Ville", "Besançon"),
        .choice("domain", "Domaine", options: ["Documentation", "Archives", "Données"]),
        .date("start", "Début", required: true, placeholder: "JJ/MM/AAAA"),
        .area("missions", "Missions", rows: 3),
    ])
    var selection = ListSelection()
    var size = Size(width: 80, height: 24)
    let names = [["Zoé Lefèvre", "Besançon"], ["张伟", "Lyon"], ["Ame\u{301}lie 🎓", "Saint-Étienne"], ["Maëlys Œhler", "Montpellier"]]

    func formRect(_ bounds: Rect) -> Rect {
        Rect(x: 2, y: 9, width: bounds.width - 4, height: bounds.height - 11)
    }

    func render(into canvas: inout Canvas) {
        let bounds = canvas.bounds
        canvas.draw("Galerie TerminalKit — élève, œuvre, garçon — \(size.width)×\(size.height)", x: 1, y: 0, style: .bold)
        Table(columns: [Column("Nom", .flex(1, min: 10)), Column("Ville", .fixed(16))],
              rows: names, emptyMessage: "Aucun nom")
            .render(into: &canvas, in: Rect(x: 2, y: 2, width: bounds.width - 4, height: 5), selection: selection, focused: false)
        form.render(into: &canvas, in: formRect(bounds))
        StatusBar(hints: [("Tab", "champ suivant"), ("Échap", "quitter"), ("Ctrl-C", "interrompre")])
            .render(into: &canvas, in: bounds.splitBottom(1).bottom)
    }

    mutating func handle(_ event: TerminalEvent, size: Size) -> Bool {
        self.size = size
        guard case .key(let key) = event else { return event == .tick }
        switch key {
        case .escape: return false
        case .control("c"): return false
        case .resize: return true
        case .pageDown, .pageUp: _ = selection.handle(key, count: names.count, visibleRows: 4)
        default:
            let rect = formRect(Rect(x: 0, y: 0, width: size.width, height: size.height))
            _ = form.handle(key, viewport: Size(width: rect.width, height: rect.height))
        }
        return true
    }

    func tooSmallMessage(_ size: Size) -> String {
        "Fenêtre trop petite : \(size.width)×\(size.height) (80×24 au moins)."
    }
}

let terminal: CursesTerminal
do {
    terminal = try CursesTerminal()
} catch {
    // The gallery speaks French: it says the toolkit's English messages with its own words.
    let message = switch error {
    case .notATerminal: "terminalkit-demo doit être lancé dans un terminal (l'entrée ou la sortie est redirigée)."
    case .noTerminalType: "La variable TERM n'est pas définie : impossible de piloter ce terminal."
    case .unknownTerminalType(let name): "Type de terminal inconnu ou trop limité : TERM=\(name)."
    case .tooLarge(let width, let height):
        "Fenêtre de \(width)×\(height) : au plus \(CursesTerminal.maxSize.width)×\(CursesTerminal.maxSize.height)."
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}
var gallery = Gallery(size: terminal.size)
let ending = EventLoop.run(&gallery, on: terminal)
terminal.stop()
print("Prénom saisi : \(gallery.form.value("first"))")
exit(ending.exitStatus)
