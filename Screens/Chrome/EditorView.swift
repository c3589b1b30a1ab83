import StagesCore
import TerminalKit

/// A form over the whole body: its title, the fields, and for a placement a
/// panel with the computed duration, the legal minimum and the findings.
enum EditorView {
    /// Rows under the form kept for the placement panel: a rule, the length, the stipend and the counts,
    /// then two rows of findings (F6 shows the next ones).
    static let panelHeight = 5
    static let findingRows = 2

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

    /// What the rules make of the request so far, updated at every keystroke: the length (also as the law
    /// counts it, "2 mois 25 jours 7 heures"), the legal minimum and what is agreed, then every finding, wrapped,
    /// two rows at a time from `editor.findingsShown`.
    static func placementPanel(_ editor: Editor, _ state: AppState, into canvas: inout Canvas, _ rect: Rect) {
        guard rect.height >= panelHeight else { return }
        let t = state.translate
        let (book, placement, problems, findings) = PlacementEditor.preview(editor, state)
        let duration = StageDuration(placement)
        let stipend = book.stipendAssessment(for: placement)
        let datesKnown = [PlacementField.start, .end].allSatisfy { problems[$0.rawValue] == nil } && placement.start <= placement.end
        // What the law counts first, the days of presence last: a narrow window cuts those.
        let length = datesKnown
            ? "\(Format.weeks(duration, state.language)) (\(Format.legalDuration(duration, state.language))) · "
                + "\(Format.hours(duration.hours, state.language)) · \(Format.number(duration.presenceDays, state.language)) "
                + t(Strings.Chrome.daysPresent)
            : t(Strings.Chrome.datesToComplete)
        canvas.draw(TextLayout.truncate(t(Strings.Chrome.length) + length, to: rect.width), x: rect.x, y: rect.y + 1, clip: rect)
        let lines = findingLines(findings, of: editor, state, width: rect.width)
        // The rule over the panel carries the counts, and F6 when there are more findings than rows.
        // The fields that could not be read count as errors too (each marked under its field).
        let counts = " " + t(Strings.Chrome.errorsAndWarnings(findings.errors.count + problems.count, findings.warnings.count))
            + (lines.count > findingRows ? " · " + t(Strings.Chrome.moreFindings) : "") + " "
        let rule = String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(counts) - 2))
        canvas.draw(rule, x: rect.x, y: rect.y, style: Theme.dim, clip: rect)
        canvas.draw(counts, x: rect.x + DisplayWidth.of(rule), y: rect.y,
                    style: findings.hasErrors || !problems.isEmpty ? Theme.error : (findings.isEmpty ? Theme.success : Theme.warning), clip: rect)
        canvas.draw("──", x: rect.x + DisplayWidth.of(rule) + DisplayWidth.of(counts), y: rect.y, style: Theme.dim, clip: rect)
        let minimum = !datesKnown ? "" : stipend.isMandatory
            ? t(Strings.Chrome.legalMinimum) + state.money(stipend.minimumTotal)
                + (stipend.agreedTotal.map { t(Strings.Chrome.agreed) + state.money($0) } ?? "")
            : t(Strings.Chrome.noStipendRequired)
        canvas.draw(TextLayout.truncate(minimum, to: rect.width), x: rect.x, y: rect.y + 2, clip: rect)
        let first = lines.isEmpty ? 0 : (editor.findingsShown * findingRows) % lines.count
        for (row, line) in lines.dropFirst(first).prefix(findingRows).enumerated() {
            canvas.draw(line.text, x: rect.x, y: rect.y + 3 + row, style: line.error ? Theme.error : Theme.warning, clip: rect)
        }
    }

    /// Every finding, marked and wrapped to `width`, a row each; a required field named as `editor` names it.
    static func findingLines(_ findings: [Finding], of editor: Editor, _ state: AppState, width: Int) -> [(text: String, error: Bool)] {
        findings.flatMap { f in
            let field = f.rule == .required ? (editor.form[f.field]?.label).map { $0 + " — " } ?? "" : ""
            return TextLayout.wrap((f.severity == .error ? "✗ " : "! ") + field + state.t(f.message), to: max(10, width - 2)).enumerated()
                .map { (($0.offset == 0 ? "" : "  ") + $0.element, f.severity == .error) }
        }
    }
}
