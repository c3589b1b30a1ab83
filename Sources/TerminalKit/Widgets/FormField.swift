/// One labelled field of a form and the input it holds.
public struct FormField: Hashable, Sendable {
    public enum Input: Hashable, Sendable {
        case text(TextField)
        case area(TextArea, rows: Int)
        case choice(ChoiceField)
        case date(DateField)
    }

    public let id: String
    public var label: String
    public var required: Bool
    public var input: Input
    /// Shown under the field: why it is invalid, or a warning.
    public var message: String?
    public var messageIsError = true
    public var readOnly = false

    public init(id: String, label: String, required: Bool = false, input: Input, readOnly: Bool = false) {
        self.id = id
        self.label = label
        self.required = required
        self.input = input
        self.readOnly = readOnly
    }

    public static func text(_ id: String, _ label: String, _ value: String = "", required: Bool = false, maxLength: Int? = nil) -> FormField {
        FormField(id: id, label: label, required: required, input: .text(TextField(value, maxLength: maxLength)))
    }

    public static func area(_ id: String, _ label: String, _ value: String = "", rows: Int = 3, required: Bool = false) -> FormField {
        FormField(id: id, label: label, required: required, input: .area(TextArea(value), rows: rows))
    }

    public static func choice(_ id: String, _ label: String, options: [String], selected: Int = 0) -> FormField {
        FormField(id: id, label: label, input: .choice(ChoiceField(options: options, selected: selected)))
    }

    /// A date field; `placeholder` is the expected form in the user's language.
    public static func date(_ id: String, _ label: String, _ text: String = "", required: Bool = false,
                            placeholder: String = "DD/MM/YYYY") -> FormField {
        FormField(id: id, label: label, required: required, input: .date(DateField(text: text, placeholder: placeholder)))
    }

    /// The text typed, or the option chosen.
    public var value: String {
        switch input {
        case .text(let field): field.text
        case .area(let area, _): area.text
        case .choice(let choice): choice.value
        case .date(let date): date.text
        }
    }

    /// Puts back a value as `value` gave it (a draft read again); a choice keeps
    /// its selection when the value is not one of its options.
    /// The option chosen, for a choice field; nil for the others.
    public var choiceIndex: Int? {
        if case .choice(let choice) = input { choice.selected } else { nil }
    }

    /// Chooses the option at `index`, for a choice field that has it.
    public mutating func choose(_ index: Int) {
        guard case .choice(let choice) = input, choice.options.indices.contains(index) else { return }
        input = .choice(ChoiceField(options: choice.options, selected: index))
    }

    public mutating func setValue(_ text: String) {
        switch input {
        case .text(var field):
            field.text = text
            input = .text(field)
        case .area(var area, let rows):
            area.text = text
            input = .area(area, rows: rows)
        case .choice(let choice):
            input = .choice(ChoiceField(options: choice.options, selected: choice.options.firstIndex(of: text) ?? choice.selected))
        case .date(let date):
            input = .date(DateField(text: text, placeholder: date.placeholder))
        }
    }

    /// Whether letters typed go into this field rather than to shortcuts.
    public var takesTyping: Bool {
        switch input {
        case .choice: false
        default: !readOnly
        }
    }

    var inputRows: Int {
        if case .area(_, let rows) = input { return rows }
        return 1
    }

    /// The message as shown under the input: marked, and wrapped to the input's width rather than cut.
    func messageLines(width: Int) -> [String] {
        guard let message else { return [] }
        return TextLayout.wrap((messageIsError ? "✗ " : "! ") + message, to: max(1, width))
    }

    /// Rows the field takes, its message wrapped to `width` (the input's).
    func height(width: Int) -> Int { inputRows + messageLines(width: width).count }
}
