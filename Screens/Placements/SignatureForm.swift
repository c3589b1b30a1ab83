import Foundation
import StagesCore
import TerminalKit

/// The signature form's fields: one date per party, named as the model names the parties.
enum SignatureField: String, FieldID {
    case student, host, university, tutor, referent

    var party: Signatory { Signatory(rawValue: rawValue)! }
}

/// `S` on a placement: the day each party signed its convention (or its latest avenant
/// awaiting signatures), an empty date for one who has not. Saved party by party
/// through the model, which moves a validated placement to signed at the fifth.
enum SignatureForm {
    /// The avenant `S` is about once the placement is signed: the latest still awaiting
    /// signatures; nil for the convention itself.
    static func amendment(of p: Placement) -> Int? {
        guard p.status.isPastSignature else { return nil }
        return p.convention?.amendments.last { !$0.signatures.isComplete }?.number
    }

    static func recorded(_ p: Placement, amendment: Int?) -> Signatures {
        guard let convention = p.convention else { return Signatures() }
        guard let amendment else { return convention.signatures }
        return convention.amendments.first { $0.number == amendment }?.signatures ?? Signatures()
    }

    static func make(_ p: Placement, _ state: AppState) -> Editor {
        let t = state.translate
        let amendment = amendment(of: p)
        let signed = recorded(p, amendment: amendment)
        let f = Fields<SignatureField>()
        return Editor(kind: .signatures(placementID: p.id, amendment: amendment),
                      title: t(amendment.map { Strings.Convention.amendmentSignatures($0) } ?? Strings.Convention.conventionSignatures),
                      form: Form(fields: SignatureField.allCases.map {
                          f.date($0, t(Strings.Convention.party($0.party)), FormText.date(signed[$0.party]), placeholder: state.datePlaceholder)
                      }))
    }

    /// The dates typed, and what could not be read.
    static func read(_ editor: Editor, _ state: AppState) -> (signatures: Signatures, problems: [String: String]) {
        var r = FormReader<SignatureField>(editor.form, state.language)
        var signatures = Signatures()
        for field in SignatureField.allCases { signatures[field.party] = r.date(field) }
        return (signatures, r.problems)
    }

    /// Signs for each party whose date changed, in one change: all of them or none.
    static func save(_ editor: Editor, placement id: String, amendment: Int?, _ state: inout AppState) -> [Effect] {
        let (typed, problems) = read(editor, state)
        guard problems.isEmpty else { return EditorUpdate.keep(editor, problems, &state) }
        guard let p = state.data.placements[id] else { return [] }
        let before = recorded(p, amendment: amendment)
        let changed = Signatory.allCases.filter { typed[$0] != before[$0] }
        let becomesSigned = amendment == nil && p.status == .validated && typed.isComplete
        let message = state.t(becomesSigned ? Strings.Convention.placementSigned : Strings.Convention.signaturesSaved)
        let actor = state.actor, now = state.now
        return EditorUpdate.close(editor, &state, message: message, undoable: becomesSigned) { data throws(ModelError) in
            for party in changed {
                try data.sign(id, party, on: typed[party], amendment: amendment, by: actor, at: now)
            }
            return nil
        }
    }
}
