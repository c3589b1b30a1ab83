import Foundation
import StagesCore
import TerminalKit

/// The rupture form's fields.
enum RuptureField: String, FieldID {
    case date, reason
}

/// The filled-offer form's field.
enum FillOfferField: String, FieldID {
    case student
}

/// Small forms: the date and reason of a rupture, the student who took an offer.
enum SmallForms {
    static func rupture(_ kind: Editor.Kind, _ state: AppState) -> Editor {
        Editor(kind: kind, title: state.t(Strings.Common.rupture), form: Form(fields: [
            Fields<RuptureField>().date(.date, state.t(Strings.Editors.actualEndDate), state.today.french, required: true,
                  placeholder: state.datePlaceholder),
            Fields<RuptureField>().area(.reason, state.t(Strings.Editors.reason), rows: 3, required: true),
        ]))
    }

    static func readRupture(_ editor: Editor, _ state: AppState) -> (Rupture?, [String: String]) {
        var r = FormReader<RuptureField>(editor.form, state.language)
        let date = r.date(.date, required: true)
        let reason = r.required(.reason)
        return (date.map { Rupture(date: $0, reason: reason) }, r.problems)
    }

    static func fillOffer(_ id: String, _ state: AppState) -> Editor {
        let everyone = PlacementEditor.students(state)
        return Editor(kind: .fillOffer(id: id), title: state.t(Strings.Editors.offerFilled), form: Form(fields: [
            Fields<FillOfferField>().choice(.student, state.t(Strings.Editors.by),
                    options: [state.t(Strings.Editors.someoneElse)] + everyone.map { "\($0.fullName) (\($0.login))" }),
        ]))
    }
}
