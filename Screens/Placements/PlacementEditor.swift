import Foundation
import StagesCore
import TerminalKit

/// The placement form's fields; raw values are the ids drafts keep. The
/// coordinator's form links to an organisation (`organization`); the student's
/// types it (`typedOrganization`).
enum PlacementField: String, FieldID {
    case student, organization
    case organizationName = "organization.name", organizationSiret = "organization.siret"
    case organizationAddress = "organization.address", organizationPostcode = "organization.postcode"
    case organizationCity = "organization.city", organizationCountry = "organization.country"
    case organizationHeadcount = "organization.headcount"
    case tutorName = "tutor.name", tutorFunction = "tutor.function", tutorEmail = "tutor.email", tutorPhone = "tutor.phone"
    case referentName = "referent.name", referentEmail = "referent.email"
    case origin, offer, subject, activities, skills, start, end, interruptions, weeklyHours, daysPerWeek
    case stipend, stipendUnit, benefits, confidential

    /// The organisation's email and phone, which the student's form does not show, go under its name.
    init?(finding path: String) {
        switch path {
        case "organization.email", "organization.phone": self = .organizationName
        default: self.init(rawValue: path)
        }
    }

    /// The organisation as the student types it.
    static let typedOrganization: [PlacementField] = [
        .organizationName, .organizationSiret, .organizationAddress, .organizationPostcode, .organizationCity,
        .organizationCountry, .organizationHeadcount,
    ]

    /// What only the coordinator's form has: whose placement it is, and the link to a known organisation.
    static let coordinatorOnly: [PlacementField] = [.student, .organization]
}

/// The placement request form, the same for the coordinator and the student
/// but for the host organisation: the coordinator links a known one (or creates
/// it in its own form), the student types it. Then the tutor, the subject, the
/// dates, the hours and the stipend, with every rule checked as it is typed.
/// The rules over a placement form as it stands: the records with the form's organisation, the placement
/// read from the form, the fields that could not be read, and what the rules find (as this person may read
/// it, errors first).
typealias PlacementPreview = (book: RuleBook, placement: Placement, problems: [String: String], findings: [Finding])

enum PlacementEditor {
    /// Students who may get a new placement here, by name (the coordinator chooses one).
    static func students(_ state: AppState) -> [Student] {
        state.studentsByName()
    }

    static func make(_ placement: Placement?, _ state: AppState, for login: String? = nil) -> Editor {
        let t = state.translate
        let f = Fields<PlacementField>()
        let org = placement.flatMap { state.data.organizations[$0.organizationID] }
        let tutor = placement?.tutor ?? Tutor()
        let everyone = students(state)
        let who = placement?.studentLogin ?? login ?? state.actor.login
        let origins = PlacementOrigin.allCases
        let offers = state.linkableOfferIDs(linked: placement?.offerID).compactMap { state.data.offers[$0] }
        let offerIndex = placement?.offerID.flatMap { id in offers.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        var fields: [FormField] = []
        if state.actor.isCoordinator {
            fields.append(f.choice(.student, t(Strings.Common.student), options: everyone.map { "\($0.fullName) (\($0.login))" },
                                  selected: everyone.firstIndex { $0.login == who } ?? state.firstStudentSearching(everyone)))
            if placement != nil { fields[0].readOnly = true }
            fields.append(OrganizationLink.field(PlacementField.organization.rawValue, t(Strings.Placements.hostOrganisation),
                                                 selected: placement?.organizationID, linked: placement?.organizationID, state))
        } else {
            fields += [
                f.text(.organizationName, t(Strings.Placements.hostOrganisation), org?.name ?? "", required: true),
                f.text(.organizationSiret, "SIRET", org?.siret ?? "", maxLength: 17),
                f.text(.organizationAddress, t(Strings.Placements.address), org?.address ?? "", required: true),
                f.text(.organizationPostcode, t(Strings.Common.postcode), org?.postcode ?? "", required: true, maxLength: 10),
                f.text(.organizationCity, t(Strings.Common.city), org?.city ?? "", required: true),
                f.text(.organizationCountry, t(Strings.Placements.country), org?.country ?? "France", required: true),
                f.text(.organizationHeadcount, t(Strings.Placements.headcount), org?.headcount.map(String.init) ?? ""),
            ]
        }
        fields += [
            f.text(.tutorName, t(Strings.Placements.tutor), tutor.name, required: true),
            f.text(.tutorFunction, t(Strings.Placements.tutorsPosition), tutor.function, required: true),
            f.text(.tutorEmail, t(Strings.Placements.tutorsEmail), tutor.email, required: true),
            f.text(.tutorPhone, t(Strings.Placements.tutorsPhone), tutor.phone),
            f.text(.referentName, t(Strings.Placements.referentTeacher), placement?.referent?.name ?? ""),
            f.text(.referentEmail, t(Strings.Placements.referentsEmail), placement?.referent?.email ?? ""),
            f.choice(.origin, t(Strings.Placements.origin), options: origins.map { state.t($0.label) },
                    selected: origins.firstIndex(of: placement?.origin ?? .spontaneous)!),
            f.choice(.offer, t(Strings.Common.offer), options: [t(Strings.Placements.noneChoice)] + offers.map { offerOption($0, state) },
                    selected: offerIndex),
            f.text(.subject, t(Strings.Placements.subject), placement?.subject ?? "", required: true),
            f.area(.activities, t(Strings.Placements.activities), placement?.activities ?? "", rows: 3, required: true),
            f.area(.skills, t(Strings.Placements.skillsToAcquire), placement?.skills ?? "", rows: 2, required: true),
            f.date(.start, t(Strings.Common.start), FormText.date(placement?.start), required: true, placeholder: state.datePlaceholder),
            f.date(.end, t(Strings.Common.end), FormText.date(placement?.end), required: true, placeholder: state.datePlaceholder),
            f.text(.interruptions, t(Strings.Placements.interruptions), Interruptions.text(placement?.interruptions ?? [])),
            f.text(.weeklyHours, t(Strings.Common.hoursPerWeek), FormText.number(placement?.weeklyHours ?? 35)),
            f.text(.daysPerWeek, t(Strings.Placements.daysPerWeek), String(placement?.daysPerWeek ?? 5)),
            f.text(.stipend, t(Strings.Common.stipend), FormText.number(placement?.stipend?.amount)),
            f.choice(.stipendUnit, t(Strings.Common.unit), options: StipendUnit.allCases.map { state.t($0.label) },
                    selected: placement?.stipend?.unit == .perMonth ? 1 : 0),
            f.text(.benefits, t(Strings.Placements.benefits), placement?.benefits ?? ""),
            f.choice(.confidential, t(Strings.Placements.confidential), options: [t(Strings.Common.no), t(Strings.Placements.yes)],
                    selected: placement?.confidential == true ? 1 : 0),
        ]
        let title = placement == nil ? t(Strings.Placements.newPlacementRequest) : t(Strings.Placements.placementRequest)
        var editor = Editor(kind: .placement(id: placement?.id), title: title, form: Form(fields: fields), newID: state.newID("plc"),
                            newOrganizationID: state.newID("org"))
        editor.offerChoices = offers.map(\.id)
        return editor
    }

    /// The offer choice made again from the offers this session holds now (a session that asks for its offers
    /// takes them in as they are shown), the offer chosen kept.
    static func followOffers(_ editor: inout Editor, _ state: AppState) {
        guard let at = editor.form.fields.firstIndex(where: { $0.id == PlacementField.offer.rawValue }),
              case .choice(let choice) = editor.form.fields[at].input else { return }
        let chosen = editor.offerChoices[safe: choice.selected - 1]
        let offers = state.linkableOfferIDs(linked: chosen).compactMap { state.data.offers[$0] }
        guard offers.map(\.id) != editor.offerChoices else { return }
        let options = [state.t(Strings.Placements.noneChoice)] + offers.map { offerOption($0, state) }
        let selected = chosen.flatMap { id in offers.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        editor.form.fields[at].input = .choice(ChoiceField(options: options, selected: selected))
        editor.offerChoices = offers.map(\.id)
    }

    /// Chooses offer `id` in the form (found with a search, see `Chooser`) and fills what it says.
    static func choose(offer id: String, _ editor: inout Editor, _ state: AppState) {
        followOffers(&editor, state)  // an offer just read from the store is among the choices
        let previous = OfferPrefill.chosen(editor)
        EditorUpdate.choose(id, in: PlacementField.offer.rawValue, among: editor.offerChoices, afterNone: true, &editor, state)
        OfferPrefill.follow(&editor, from: previous, state)
    }

    /// An offer in the choice, enough to tell it from its namesakes: title, organisation and city, and its status
    /// when the reader no longer sees it in the list.
    private static func offerOption(_ offer: Offer, _ state: AppState) -> String {
        let status = offer.effectiveStatus(today: state.today)
        let label = ([offer.title] + [state.data.organizations[offer.organizationID]?.name ?? "", offer.city].filter { !$0.isEmpty })
            .joined(separator: " · ")
        return state.offerIsShown(status) ? label : "\(label) (\(state.t(status.label).lowercased()))"
    }

    /// The placement the form describes, the organisation a student's form typed
    /// (nil for the coordinator's, which links one), and what could not be read.
    static func read(_ editor: Editor, _ state: AppState) -> (placement: Placement, organization: Organization?, problems: [String: String]) {
        var r = FormReader<PlacementField>(editor.form, state.language)
        let id: String? = if case .placement(let id) = editor.kind { id } else { nil }
        let existing = id.flatMap { state.data.placements[$0] }
        let login = existing?.studentLogin
            ?? (state.actor.isCoordinator ? students(state)[safe: r.choice(.student)]?.login ?? "" : state.actor.login)
        let organization = state.actor.isCoordinator ? nil
            : readOrganization(&r, existing: existing, newID: editor.newOrganizationID, state)
        let organizationID = organization?.id
            ?? OrganizationLink.read(r.choice(.organization), linked: existing?.organizationID, state)

        let amount = r.decimal(.stipend)
        let placement = Placement(
            id: existing?.id ?? editor.newID, studentLogin: login, organizationID: organizationID,
            offerID: editor.offerChoices[safe: r.choice(.offer) - 1],
            origin: PlacementOrigin.allCases[r.choice(.origin)],
            tutor: Tutor(name: r.text(.tutorName), function: r.text(.tutorFunction), email: r.text(.tutorEmail),
                         phone: r.text(.tutorPhone)),
            referent: r.text(.referentName).isEmpty && r.text(.referentEmail).isEmpty ? nil
                : Referent(name: r.text(.referentName), email: r.text(.referentEmail)),
            subject: r.text(.subject), activities: r.text(.activities), skills: r.text(.skills),
            start: r.date(.start, required: true) ?? state.data.programme.earliestStart,
            end: r.date(.end, required: true) ?? state.data.programme.earliestStart,
            interruptions: readInterruptions(&r, state),
            weeklyHours: r.decimal(.weeklyHours) ?? 35, daysPerWeek: r.integer(.daysPerWeek, in: 1...6) ?? 5,
            stipend: amount.map { Stipend(amount: $0, unit: StipendUnit.allCases[r.choice(.stipendUnit)]) },
            benefits: r.text(.benefits), confidential: r.choice(.confidential) == 1,
            status: existing?.status ?? .draft, rupture: existing?.rupture, history: existing?.history ?? [])
        return (placement, organization, r.problems)
    }

    /// The organisation a student typed: a known one with that SIRET, linked as it
    /// is (never by name: a namesake may be another establishment); else their own
    /// typed one, updated; else the one the request already names, when the name and
    /// SIRET typed are still its own; else a new one, as typed, theirs
    /// until the coordinator settles it at validation.
    private static func readOrganization(_ r: inout FormReader<PlacementField>, existing: Placement?, newID: String,
                                         _ state: AppState) -> Organization {
        let name = r.text(.organizationName), siret = r.text(.organizationSiret)
        let linked = existing.flatMap { state.data.organizations[$0.organizationID] }
        let own = linked.flatMap { $0.createdBy == state.actor.login ? $0 : nil }
        if let known = state.data.organization(siret: siret, for: state.actor), known.id != own?.id { return known }
        if own == nil, let linked, Organization.siretKey(linked.siret) == Organization.siretKey(siret),
           Organization.nameKey(linked.name) == Organization.nameKey(name) { return linked }
        var org = own ?? Organization(id: newID, name: name, createdBy: state.actor.login)
        org.name = name
        org.siret = siret
        org.address = r.text(.organizationAddress)
        org.postcode = r.text(.organizationPostcode)
        org.city = r.text(.organizationCity)
        org.country = r.text(.organizationCountry)
        org.headcount = r.integer(.organizationHeadcount, in: 0...10_000_000)
        return org
    }

    /// "01/05/2027-03/05/2027, 20/05/2027-20/05/2027", read by `Interruptions.parse`.
    private static func readInterruptions(_ r: inout FormReader<PlacementField>, _ state: AppState) -> [DateRange] {
        switch Interruptions.parse(r.text(.interruptions)) {
        case .success(let periods): return periods
        case .failure(let error):
            r.note(.interruptions, state.t(error.message))
            return []
        }
    }

    /// The rules as they would read the records with this form saved.
    static func preview(_ editor: Editor, _ state: AppState) -> PlacementPreview {
        state.index.visible.placementPreview(editor) {
            let (placement, organization, problems) = read(editor, state)
            let book = organization.map(state.index.facts.book.replacing) ?? state.index.facts.book
            // Dates not read yet stand in as the earliest start: what depends on them would be about those, not the form's.
            let datesRead = problems[PlacementField.start.rawValue] == nil && problems[PlacementField.end.rawValue] == nil
            let findings = state.findingsAsShown(book.findings(for: placement))
                .filter { datesRead || !Self.rulesOnDates.contains($0.rule) }.sorted { $0.severity > $1.severity }
            return (book, placement, problems, findings)
        }
    }

    /// The rules that read a placement's dates: the length, the stipend owed over it, the overlaps.
    static let rulesOnDates: Set<RuleID> = [.endBeforeStart, .duration, .earliestStart, .stipendMissing, .stipendBelowMinimum,
                                            .stipendRateUnknown, .hoursPerOrganization, .overlap, .dateOrder]

    static func messages(_ editor: Editor, _ state: AppState) -> [String: (text: String, isError: Bool)] {
        let (_, _, problems, found) = preview(editor, state)
        let findings = found.map { onOrganizationField($0, editor) }
        return FieldMessages.of(findings, problems: problems, in: editor.form, state, as: PlacementField.self)
    }

    /// A finding on the organisation goes under the link in the coordinator's form (the
    /// organisation's own fields are fixed in its form), under the name in the student's.
    private static func onOrganizationField(_ finding: Finding, _ editor: Editor) -> Finding {
        let linked = editor.form[PlacementField.organization.rawValue] != nil
        let field: String
        if linked, finding.field.hasPrefix("organization") {
            field = PlacementField.organization.rawValue
        } else if !linked, finding.field == "organization" {
            field = PlacementField.organizationName.rawValue
        } else {
            return finding
        }
        return Finding(finding.rule, finding.severity, field: field, finding.message)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
