import StagesCore

extension Actor {
    /// Whose drafts a person's request form keeps: the student's own, or, for a
    /// coordinator trying a student's application, a name of the coordinator's,
    /// so the student's own drafts are never read or overwritten by anyone else.
    public var draftName: String {
        person.login == login ? login : "\(person.login).as.\(login)"
    }

    /// Where the student's work-study declaration is kept as typed, beside the request's draft.
    public var declarationDraftName: String { draftName + ".declaration" }
}
