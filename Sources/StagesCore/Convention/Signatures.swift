/// The five parties who sign a convention de stage, and each of its amendments.
public enum Signatory: String, CaseIterable, Codable, Sendable {
    case student, host, university, tutor, referent

    public var label: LocalizedText {
        switch self {
        case .student: LocalizedText(fr: "l'étudiant·e", en: "the student")
        case .host: LocalizedText(fr: "l'organisme d'accueil", en: "the host organisation")
        case .university: LocalizedText(fr: "l'université", en: "the university")
        case .tutor: LocalizedText(fr: "le tuteur ou la tutrice", en: "the tutor")
        case .referent: LocalizedText(fr: "l'enseignant·e référent·e", en: "the referent teacher")
        }
    }
}

/// The day each party signed, nil until they have.
public struct Signatures: Codable, Hashable, Sendable {
    public var student: CivilDate?
    public var host: CivilDate?
    public var university: CivilDate?
    public var tutor: CivilDate?
    public var referent: CivilDate?

    public init() {}

    public subscript(_ party: Signatory) -> CivilDate? {
        get {
            switch party {
            case .student: student
            case .host: host
            case .university: university
            case .tutor: tutor
            case .referent: referent
            }
        }
        set {
            switch party {
            case .student: student = newValue
            case .host: host = newValue
            case .university: university = newValue
            case .tutor: tutor = newValue
            case .referent: referent = newValue
            }
        }
    }

    /// The parties who have not signed yet, in the order of the signature blocks.
    public var missing: [Signatory] { Signatory.allCases.filter { self[$0] == nil } }
    public var isComplete: Bool { missing.isEmpty }
}
