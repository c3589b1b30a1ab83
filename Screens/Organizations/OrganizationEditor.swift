import Foundation
import StagesCore
import TerminalKit

/// The organisation form's fields; raw values are the ids drafts keep and the rules' paths.
enum OrganizationField: String, FieldID {
    case name, siret, naf, kind, headcount, address, postcode, city, country, phone, email, website
    case representative, representativeFunction
}

/// The organisation form: every field of an organisation, with the rules'
/// messages (a missing name, a SIRET failing its check…) under each. It saves
/// only a complete organisation, the form without errors; the model records the edit.
enum OrganizationEditor {
    static func make(_ org: Organization?, _ state: AppState) -> Editor {
        let t = state.translate
        let f = Fields<OrganizationField>()
        let kinds = OrganizationKind.allCases
        let form = Form(fields: [
            f.text(.name, t(Strings.Organizations.name), org?.name ?? "", required: true),
            f.text(.siret, "SIRET", org?.siret ?? "", maxLength: 17),
            f.text(.naf, t(Strings.Organizations.naf), org?.naf ?? "", maxLength: 6),
            f.choice(.kind, t(Strings.Organizations.kind), options: kinds.map { state.t($0.label) },
                    selected: kinds.firstIndex(of: org?.kind ?? .other)!),
            f.text(.headcount, t(Strings.Organizations.headcount), org?.headcount.map(String.init) ?? ""),
            f.text(.address, t(Strings.Organizations.address), org?.address ?? "", required: true),
            f.text(.postcode, t(Strings.Common.postcode), org?.postcode ?? "", required: true, maxLength: 10),
            f.text(.city, t(Strings.Common.city), org?.city ?? "", required: true),
            f.text(.country, t(Strings.Organizations.country), org?.country ?? "France", required: true),
            f.text(.phone, t(Strings.Organizations.phone), org?.phone ?? ""),
            f.text(.email, t(Strings.Organizations.email), org?.email ?? ""),
            f.text(.website, t(Strings.Organizations.website), org?.website ?? ""),
            f.text(.representative, t(Strings.Convention.representative), org?.representative ?? ""),
            f.text(.representativeFunction, t(Strings.Convention.representativeFunction), org?.representativeFunction ?? ""),
        ])
        return Editor(kind: .organization(id: org?.id),
                      title: org == nil ? t(Strings.Organizations.newOrganisation) : t(Strings.Organizations.editTheOrganisation),
                      form: form, newID: state.newID("org"))
    }

    /// The organisation the form describes, and what could not be read.
    static func read(_ editor: Editor, _ state: AppState) -> (organization: Organization, problems: [String: String]) {
        var r = FormReader<OrganizationField>(editor.form, state.language)
        let id: String? = if case .organization(let id) = editor.kind { id } else { nil }
        var org = id.flatMap { state.data.organizations[$0] } ?? Organization(id: editor.newID, name: "")
        org.name = r.text(.name)
        org.siret = r.text(.siret)
        org.naf = r.text(.naf)
        org.kind = OrganizationKind.allCases[r.choice(.kind)]
        org.headcount = r.integer(.headcount, in: 0...10_000_000)
        org.address = r.text(.address)
        org.postcode = r.text(.postcode)
        org.city = r.text(.city)
        org.country = r.text(.country)
        org.phone = r.text(.phone)
        org.email = r.text(.email)
        org.website = r.text(.website)
        // Empty is "not known yet": the convention then asks for it.
        org.representative = r.optionalText(.representative)
        org.representativeFunction = r.optionalText(.representativeFunction)
        return (org, r.problems)
    }

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (org, problems) = read(editor, state)
        return FieldMessages.of(state.index.facts.book.findings(for: org), problems: problems, in: editor.form, state,
                                as: OrganizationField.self)
    }

    /// Saves the organisation (its errors already cleared). Opened from a form's
    /// chooser, the new organisation becomes that form's: the chooser closes with it.
    static func save(_ editor: Editor, _ state: inout AppState) -> [Effect] {
        let (org, _) = read(editor, state)
        let actor = state.actor, now = state.now
        let effects = Update.change(&state, message: state.t(Strings.Organizations.organisationSaved)) { data throws(ModelError) in
            try data.save(org, by: actor, at: now)
            return nil
        }
        guard !effects.isEmpty else {
            state.layers[state.layers.count - 1] = .editor(editor)
            return []
        }
        state.layers.removeLast()
        // Created from a chooser that fills a form: the new one is chosen there.
        var chosen: [Effect] = []
        if case .chooser(let chooser)? = state.layers.last, [.link, .employer].contains(chooser.purpose) {
            state.layers.removeLast()
            chosen = Chooser.chose(org.id, chooser.purpose, &state)
        } else if case .list(.organizations) = state.screen, case .organization(nil) = editor.kind {
            state.layers.append(.organizationDetail(id: org.id, scroll: 0))
        }
        return effects + chosen + EditorUpdate.forgetDraft(editor, &state)
    }
}
