/// What others saved on a record while its form was open, brought into the
/// form field by field, the way a three-way merge does it: the form's values
/// as the record last had them (`Editor.base`), ours as typed, and theirs as
/// the record has them now. Values are compared as the form shows them, so
/// a stamp's precision or a field the form does not show never counts.
enum FieldMerge {
    /// The fields, by id, that took their value, and those both sides changed differently.
    struct Outcome: Equatable {
        var adopted: [String] = []
        var conflicting: [String] = []
    }

    /// Fields only they changed take their value; fields only we changed keep ours;
    /// fields both changed keep ours, with theirs kept in `editor.theirs` for the user
    /// to choose. `current` becomes the form's new base.
    static func merge(_ editor: inout Editor, current: [String]) -> Outcome {
        guard current.count == editor.base.count, current.count == editor.form.fields.count else { return Outcome() }
        var outcome = Outcome()
        for i in editor.form.fields.indices where current[i] != editor.base[i] {
            let id = editor.form.fields[i].id, mine = editor.form.fields[i].value
            if mine == editor.base[i] {
                editor.form.fields[i].setValue(current[i])
                outcome.adopted.append(id)
            } else if mine != current[i] {
                editor.theirs[id] = current[i]
                outcome.conflicting.append(id)
            }
        }
        editor.base = current
        return outcome
    }
}
