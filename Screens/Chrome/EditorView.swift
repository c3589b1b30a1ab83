import StagesCore
import TerminalKit

/// A form over the whole body: its title, the fields, and for a placement a
/// panel with the computed duration, the legal minimum and the findings.
enum EditorView {
    /// Rows under the form kept for the placement panel.
    static let panelHeight = 3

    static func render(_ editor: Editor, _ state: AppState, into canvas: inout Canvas, _ rect: Rect, marker: String? = nil) {
        let (titleRow, rest) = rect.splitTop(2)
        canvas.draw(" " + editor.title, x: titleRow.x + 1, y: titleRow.y, style: Theme.heading, clip: titleRow)
        let marker = marker ?? state.t(Strings.Chrome.requiredF2SaveEscClose)
        canvas.draw(marker, x: titleRow.maxX - DisplayWidth.of(marker) - 2, y: titleRow.y, style: Theme.dim, clip: titleRow)
        if let notice = editor.notice {
            canvas.draw(TextLayout.truncate("  " + notice.text, to: titleRow.width), x: titleRow.x + 1, y: titleRow.y + 1,
                        style: notice.isError ? Theme.error : Theme.warning, clip: titleRow)
        }
        let (formArea, panel) = rest.splitBottom(panelHeight)
        let cursorBeforeForm = canvas.cursor
        editor.form.render(into: &canvas, in: formArea.inset(horizontal: 2, vertical: 0), styles: FormStyles())
        if canvas.cursor == nil { canvas.cursor = cursorBeforeForm }
        if case .placement = editor.kind {
            placementPanel(editor, state, into: &canvas, panel.inset(horizontal: 2, vertical: 0))
        }
    }

    /// What the rules make of the request so far, updated at every keystroke.
    static func placementPanel(_ editor: Editor, _ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        guard rect.height >= 3 else { return }
        let t = state.translate
        let (book, placement, problems) = PlacementEditor.preview(editor, state)
        canvas.draw(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: Theme.dim, clip: rect)
        let duration = StageDuration(placement)
        let stipend = book.stipendAssessment(for: placement)
        let datesKnown = [PlacementField.start, .end].allSatisfy { problems[$0.rawValue] == nil } && placement.start <= placement.end
        let length = datesKnown
            ? "\(Format.weeks(duration, state.language)) · \(Format.number(duration.presenceDays, state.language)) "
                + t(Strings.Chrome.daysPresent) + " · \(Format.hours(duration.hours, state.language))"
            : t(Strings.Chrome.datesToComplete)
        let minimum = stipend.isMandatory
            ? t(Strings.Chrome.legalMinimum) + state.money(stipend.minimumTotal)
                + (stipend.agreedTotal.map { t(Strings.Chrome.agreed) + state.money($0) } ?? "")
            : t(Strings.Chrome.noStipendRequired)
        canvas.draw(TextLayout.truncate(t(Strings.Chrome.length) + length + (datesKnown ? " · " + minimum : ""), to: rect.width),
                    x: rect.x, y: rect.y + 1, clip: rect)
        let findings = state.findingsAsShown(book.findings(for: placement))
        let summary = t(Strings.Chrome.errorsAndWarnings(findings.errors.count, findings.warnings.count))
        let first = findings.sorted { $0.severity > $1.severity }.first.map { " — " + state.t($0.message) } ?? ""
        canvas.draw(TextLayout.truncate(summary + first, to: rect.width), x: rect.x, y: rect.y + 2,
                    style: findings.hasErrors ? Theme.error : (findings.isEmpty ? Theme.success : Theme.warning), clip: rect)
    }
}
