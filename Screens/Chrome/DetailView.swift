import Foundation
import StagesCore
import TerminalKit

/// One line of a detail screen.
struct DetailLine {
    var text: String
    var style: Style = .plain
    /// Columns of a label printed bold at the start of the line.
    var labelWidth = 0
    /// What the line opens (the dashboard's entries): Enter on it goes there.
    var target: DrillTarget?
}

/// The detail screens: a record's every field as lines, wrapped and scrollable.
enum DetailView {
    /// `selected`: the line drawn as chosen (the dashboard's entry the cursor is on).
    static func render(_ lines: [DetailLine], scroll: Int, selected: Int? = nil, into canvas: inout Canvas, _ rect: Rect) {
        let area = rect.inset(horizontal: 2, vertical: 0).splitTop(rect.height).top
        let top = max(0, min(scroll, lines.count - area.height))
        for (i, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + i
            if top + i == selected {
                canvas.draw(TextLayout.fit(line.text, to: area.width), x: area.x, y: y, style: .reverse, clip: area)
            } else if line.labelWidth > 0 {
                let label = String(line.text.prefix(line.labelWidth))
                let x = canvas.draw(label, x: area.x, y: y, style: Theme.label, clip: area)
                canvas.draw(line.text.dropFirst(line.labelWidth), x: x, y: y, style: line.style, clip: area)
            } else {
                canvas.draw(line.text, x: area.x, y: y, style: line.style, clip: area)
            }
        }
        if lines.count > area.height {
            let more = "↕ \(top + 1)-\(min(lines.count, top + area.height))/\(lines.count)"
            canvas.draw(more, x: area.maxX - DisplayWidth.of(more), y: rect.y, style: Theme.dim, clip: rect)
        }
        canvas.cursor = (area.x, area.y)
    }

    /// Builds lines: headings, "Label : value" pairs, and wrapped paragraphs.
    struct Builder {
        let width: Int
        let labelWidth: Int
        var lines: [DetailLine] = []

        init(width: Int, labelWidth: Int = 22) {
            self.width = max(20, width - 4)
            self.labelWidth = labelWidth
        }

        mutating func heading(_ text: String) {
            if !lines.isEmpty { lines.append(DetailLine(text: "")) }
            lines.append(DetailLine(text: text, style: Theme.heading))
        }

        mutating func field(_ label: String, _ value: String, style: Style = .plain) {
            guard !value.isEmpty else { return }
            // A label longer than its column has a line of its own, the value under it: never cut.
            if DisplayWidth.of(label) > labelWidth - 1 {
                for part in TextLayout.wrap(label, to: width) { lines.append(DetailLine(text: part, style: style, labelWidth: part.count)) }
                for part in TextLayout.wrap(value, to: width - labelWidth) {
                    lines.append(DetailLine(text: String(repeating: " ", count: labelWidth) + part, style: style))
                }
                return
            }
            let padded = TextLayout.fit(label, to: labelWidth - 1) + " "
            let wrapped = TextLayout.wrap(value, to: width - labelWidth)
            for (i, part) in wrapped.enumerated() {
                lines.append(DetailLine(text: (i == 0 ? padded : String(repeating: " ", count: labelWidth)) + part,
                                        style: style, labelWidth: i == 0 ? padded.count : 0))
            }
        }

        /// A count with its bar against `most` (see `Bars`), under a label as a field's.
        mutating func bar(_ label: String, _ count: Int, of most: Int, style: Style = .plain, target: DrillTarget? = nil) {
            let barWidth = max(0, min(40, width - labelWidth - 5))
            line(TextLayout.fit(label, to: labelWidth - 1) + " " + Bars.counted(count, of: most, width: barWidth), style: style,
                 target: target)
        }

        /// A line as it is, aligned by the caller (the rows of a small table).
        mutating func line(_ text: String, style: Style = .plain, target: DrillTarget? = nil) {
            lines.append(DetailLine(text: text, style: style, target: target))
        }

        /// The lines added by `body` all open `target`.
        mutating func opening(_ target: DrillTarget, _ body: (inout Builder) -> Void) {
            let first = lines.count
            body(&self)
            for i in first..<lines.count { lines[i].target = target }
        }

        mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0) {
            for part in TextLayout.wrap(text, to: width - indent) {
                lines.append(DetailLine(text: String(repeating: " ", count: indent) + part, style: style))
            }
        }

        /// Each finding on its own lines. With `fieldName` (a student's), a required field is named by it
        /// ("Courriel du tuteur — Champ obligatoire."), the other messages saying what they concern; without it,
        /// the field follows each message as the coordinator's screens name it.
        mutating func findings(_ findings: [Finding], _ state: AppState, none: String, fieldName: ((String) -> String?)? = nil) {
            if findings.isEmpty {
                lines.append(DetailLine(text: "✓ " + none, style: Theme.success))
            }
            for f in findings.sorted(by: { $0.severity > $1.severity }) {
                let mark = f.severity == .error ? "✗ " : "! "
                let text = if let fieldName {
                    mark + (f.rule == .required ? fieldName(f.field).map { $0 + " — " } ?? "" : "") + state.t(f.message)
                } else {
                    mark + state.t(f.message) + (state.findingField(f.field).map { " (\($0))" } ?? "")
                }
                paragraph(text, style: f.severity == .error ? Theme.error : Theme.warning)
            }
        }

        mutating func history(_ history: [Transition], _ state: AppState, label: (String) -> String) {
            for step in history.reversed() {
                if step.isAmendment {
                    paragraph(state.amendment(step))
                    continue
                }
                let from = step.from.map { label($0) + " → " } ?? ""
                let undone = step.isReversal ? state.t(Strings.Chrome.undone) : ""
                paragraph("\(state.dateTime(step.at))  \(step.person.label)  \(undone)\(from)\(label(step.to))")
                if let comment = step.comment, !comment.isEmpty { paragraph("« \(comment) »", style: Theme.dim, indent: 4) }
            }
        }
    }
}

extension AppState {
    /// A comment with who left it and when: "« … » — Hélène Carpentier (hcarpentier), le 28/11/2026".
    func signedComment(_ step: Transition) -> String {
        t(Strings.Chrome.historyComment(step.comment ?? "", by: step.person.label, on: date(step.at)))
    }
}
