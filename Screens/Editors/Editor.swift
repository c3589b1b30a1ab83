import StagesCore
import TerminalKit

/// A record being created or edited in a form, over the list.
struct Editor {
    enum Kind: Equatable {
        case offer(id: String?)
        case placement(id: String?)
        case alternance(id: String?)
        case student(login: String?)
        case organization(id: String?)
        case placementRupture(id: String)
        case alternanceRupture(id: String)
        case fillOffer(id: String)
        /// The dates each party signed placement `placementID`'s convention, or its avenant `amendment`.
        case signatures(placementID: String, amendment: Int?)
    }

    var kind: Kind
    var title: String
    var form: Form
    /// The values as the form opened, to know whether closing loses anything.
    let original: [String]
    /// The record's values as this form last saw them: the base against which
    /// what others save meanwhile is merged (see `FieldMerge`).
    var base: [String]
    /// Fields someone else also changed, to a value other than ours: theirs, by
    /// field id, shown under ours until the user takes it (F4) or saves ours (F2).
    var theirs: [String: String] = [:]
    /// Fields the user has been through: their messages show as they type.
    var touched: Set<String> = []
    /// After a first attempt to save, every field's message shows.
    var showAll = false
    /// Findings on no field of this form (`aboveFields`), shown over the fields at all times.
    var notice: (text: String, isError: Bool)?
    /// Which pair of rows of findings a placement form's panel shows (F6 shows the next).
    var findingsShown = 0
    /// A placement form's offers, by id, in the order of its offer choice (after "none"): read back from here,
    /// so that offers coming or going meanwhile never make the choice name another one.
    var offerChoices: [String] = []

    /// The message key of findings the form has no field for.
    static let aboveFields = ""

    /// The id a new record takes, named when its form opens, so reading the form twice gives the same record.
    let newID: String
    /// The same for an organisation the form may create.
    let newOrganizationID: String

    init(kind: Kind, title: String, form: Form, newID: String = "", newOrganizationID: String = "") {
        self.kind = kind
        self.title = title
        self.form = form
        self.newID = newID
        self.newOrganizationID = newOrganizationID
        original = form.fields.map(\.value)
        base = original
    }

    /// The stored record this form edits, as the store names it: nil for a new one
    /// and for the small forms, which change a status and are checked by the model.
    var record: (collection: String, id: String)? {
        switch kind {
        case .offer(let id?): (Offer.collection, id)
        case .placement(let id?): (Placement.collection, id)
        case .alternance(let id?): (Alternance.collection, id)
        case .student(let login?): (Student.collection, login)
        case .organization(let id?): (Organization.collection, id)
        default: nil
        }
    }

    var isModified: Bool { form.fields.map(\.value) != original }

    /// Whether letters go to the focused field: any field that can change, a
    /// choice included (a letter picks its option), so no letter fires a shortcut there.
    var isTyping: Bool { form.focusedField.map { !$0.readOnly } ?? false }

    /// The form's values by field, as typed: what drafts keep.
    /// What is typed, by field id; a choice also by its position ("origin#": "2"), so a
    /// draft kept in one language comes back in the other, where its label differs.
    var values: [String: String] {
        var values = Dictionary(form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
        for field in form.fields { if let index = field.choiceIndex { values[field.id + "#"] = String(index) } }
        return values
    }

    /// Puts back what `values` kept: the text of each field, a choice by its label, or by
    /// its position when the label is not one of the options (the other language).
    mutating func restore(_ draft: [String: String]) {
        for i in form.fields.indices {
            let id = form.fields[i].id
            guard let value = draft[id] else { continue }
            form.fields[i].setValue(value)
            if form.fields[i].value != value, let index = draft[id + "#"].flatMap(Int.init) { form.fields[i].choose(index) }
        }
    }

    /// Names the interrupted input of this form: "offer-new", "placement-plc-004"…
    var draftKey: String {
        switch kind {
        case .offer(let id): "offer-\(id ?? "new")"
        case .placement(let id): "placement-\(id ?? "new")"
        case .alternance(let id): "alternance-\(id ?? "new")"
        case .student(let login): "student-\(login ?? "new")"
        case .organization(let id): "organization-\(id ?? "new")"
        case .placementRupture(let id): "rupture-\(id)"
        case .alternanceRupture(let id): "rupture-\(id)"
        case .fillOffer(let id): "filled-\(id)"
        case .signatures(let id, let amendment): "signatures-\(id)\(amendment.map { "-\($0)" } ?? "")"
        }
    }

    /// Puts `messages` under their fields, for the fields that may show them.
    mutating func show(_ messages: [String: (text: String, isError: Bool)]) {
        form.clearMessages()
        notice = messages[Editor.aboveFields]
        for (id, message) in messages where id != Editor.aboveFields && (showAll || touched.contains(id)) {
            form.setMessage(message.text, for: id, isError: message.isError)
        }
    }
}

/// A question over the screen, and what answering it does.
struct DialogLayer {
    enum Purpose: Equatable {
        case sendBack(placementID: String)
        case cancelPlacement(id: String)
        /// A request validated, once confirmed (`v` is also the offers' city filter).
        case validatePlacement(id: String)
        case changeTrack(login: String)
        /// Absorb one organisation into another, once confirmed.
        case mergeOrganizations(absorbed: String, kept: String)
        /// The form has changes: save, throw them away, or keep editing.
        case closeEditor
        /// A request submitted, once confirmed; a returned one with the student's reply if they typed one.
        case submitRequest
        case quit
    }

    var dialog: Dialog
    var purpose: Purpose
}
