import StagesCore
import TerminalKit

/// The fields of one form, named by an enum whose raw values are the ids the
/// form, its drafts on disk and the goldens use ("organization.name", "start"…),
/// so a misspelt id does not compile.
protocol FieldID: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// The field a rule's finding on `path` (`Finding.field`) is shown under;
    /// nil when the form has no field for it, and the finding shows above the form.
    init?(finding path: String)
}

extension FieldID {
    init?(finding path: String) { self.init(rawValue: path) }
}

/// Makes the fields of the form `F` names: `Fields<PlacementField>().text(.subject, …)`.
struct Fields<F: FieldID> {
    func text(_ id: F, _ label: String, _ value: String = "", required: Bool = false, maxLength: Int? = nil) -> FormField {
        .text(id.rawValue, label, value, required: required, maxLength: maxLength)
    }

    func area(_ id: F, _ label: String, _ value: String = "", rows: Int = 3, required: Bool = false) -> FormField {
        .area(id.rawValue, label, value, rows: rows, required: required)
    }

    func choice(_ id: F, _ label: String, options: [String], selected: Int = 0) -> FormField {
        .choice(id.rawValue, label, options: options, selected: selected)
    }

    func date(_ id: F, _ label: String, _ text: String = "", required: Bool = false, placeholder: String) -> FormField {
        .date(id.rawValue, label, text, required: required, placeholder: placeholder)
    }
}

/// Rule findings and reading problems as messages by field id. A finding whose
/// field the form lacks goes under `Editor.aboveFields`, shown over the form,
/// rather than under a field it does not concern.
enum FieldMessages {
    static func of<F: FieldID>(_ findings: [Finding], problems: [String: String], in form: Form, _ state: AppState,
                               as _: F.Type) -> [String: (text: String, isError: Bool)] {
        var out: [String: (text: String, isError: Bool)] = [:]
        for finding in findings {
            let id = F(finding: finding.field).map(\.rawValue).flatMap { form[$0] == nil ? nil : $0 } ?? Editor.aboveFields
            let text = state.t(finding.message)
            if id == Editor.aboveFields, let shown = out[id] {
                out[id] = (shown.text + " · " + text, shown.isError || finding.severity == .error)
            } else if out[id] == nil {
                out[id] = (text, finding.severity == .error)
            }
        }
        for (field, text) in problems { out[field] = (text, true) }
        return out
    }
}
