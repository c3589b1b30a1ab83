import StagesCore

extension Strings {
    /// The words of the convention de stage on the screens: the placement's section, its
    /// keys and messages, the signature form, the dashboard's list and the student's panel.
    enum Convention {
        static let heading = LocalizedText(fr: "Convention", en: "Agreement")
        static let issued = LocalizedText(fr: "Émise", en: "Issued")
        static let notIssuedYet = LocalizedText(fr: "pas encore émise", en: "not issued yet")
        static let awaited = LocalizedText(fr: "en attente", en: "awaited")
        static let changes = LocalizedText(fr: "Clauses modifiées", en: "Changed clauses")
        static let conventionWord = LocalizedText(fr: "convention", en: "agreement")
        static let printHint = LocalizedText(fr: "convention", en: "agreement")
        static let printHelp = LocalizedText(fr: "Imprimer la convention en PDF (un projet, avant validation)",
                                             en: "Print the agreement as PDF (a draft, before validation)")
        static let printAmendmentHelp = LocalizedText(fr: "Imprimer le dernier avenant (en attente de signatures) en PDF",
                                                      en: "Print the latest amendment (awaiting signatures) as PDF")
        static let signaturesHint = LocalizedText(fr: "signatures", en: "signatures")
        static let signaturesHelp = LocalizedText(fr: "Saisir les signatures de la convention (ou du dernier avenant)",
                                                  en: "Record the agreement's signatures (or the latest amendment's)")
        static let noAmendment = LocalizedText(fr: "Pas d'avenant pour ce stage.", en: "No amendment for this placement.")
        static let notValidatedNoSignature = LocalizedText(fr: "Demande pas encore validée : pas de signature à saisir.",
                                                           en: "Request not validated yet: no signature to record.")
        static let conventionSignatures = LocalizedText(fr: "Signatures de la convention", en: "Signatures of the agreement")
        static let signaturesSaved = LocalizedText(fr: "Signatures enregistrées.", en: "Signatures recorded.")
        static let placementSigned = LocalizedText(fr: "Les cinq parties ont signé : le stage est signé.",
                                                   en: "All five parties have signed: the placement is signed.")
        static let awaitingHeading = LocalizedText(fr: "Conventions en attente de signature", en: "Agreements awaiting signatures")
        static let myConvention = LocalizedText(fr: "Ma convention", en: "My agreement")
        static let signedByAll = LocalizedText(fr: "Signée par les cinq parties.", en: "Signed by all five parties.")
        static let representative = LocalizedText(fr: "Représentant (signataire)", en: "Representative (signatory)")
        static let signatory = LocalizedText(fr: "Signataire", en: "Signatory")
        static let representativeFunction = LocalizedText(fr: "Fonction du représentant", en: "Representative's position")
        static let partyStudent = LocalizedText(fr: "Étudiant·e", en: "Student")
        static let partyHost = LocalizedText(fr: "Organisme d'accueil", en: "Host organisation")
        static let partyUniversity = LocalizedText(fr: "Université", en: "University")
        static let partyTutor = LocalizedText(fr: "Tuteur·rice", en: "Tutor")
        static let partyReferent = LocalizedText(fr: "Référent·e", en: "Referent")
        static let shortStudent = LocalizedText(fr: "étudiant·e", en: "student")
        static let shortHost = LocalizedText(fr: "organisme", en: "host")
        static let shortUniversity = LocalizedText(fr: "université", en: "university")
        static let shortTutor = LocalizedText(fr: "tuteur", en: "tutor")
        static let shortReferent = LocalizedText(fr: "référent", en: "referent")

        /// A party as a field's label.
        static func party(_ party: Signatory) -> LocalizedText {
            switch party {
            case .student: partyStudent
            case .host: partyHost
            case .university: partyUniversity
            case .tutor: partyTutor
            case .referent: partyReferent
            }
        }
        /// A party in a list that must fit a line (the dashboard's).
        static func short(_ party: Signatory) -> LocalizedText {
            switch party {
            case .student: shortStudent
            case .host: shortHost
            case .university: shortUniversity
            case .tutor: shortTutor
            case .referent: shortReferent
            }
        }
        static func signedOn(_ day: String) -> LocalizedText {
            LocalizedText(fr: "a signé le \(day)", en: "signed on \(day)")
        }
        static func amendment(_ number: Int) -> LocalizedText {
            LocalizedText(fr: "avenant n° \(number)", en: "amendment no. \(number)")
        }
        static func amendmentOf(_ number: Int, day: String, by who: String) -> LocalizedText {
            LocalizedText(fr: "Avenant n° \(number) du \(day) (\(who))", en: "Amendment no. \(number) of \(day) (\(who))")
        }
        static func amendmentSignatures(_ number: Int) -> LocalizedText {
            LocalizedText(fr: "Signatures de l'avenant n° \(number)", en: "Signatures of amendment no. \(number)")
        }
        static func written(_ path: String) -> LocalizedText {
            LocalizedText(fr: "Convention écrite : \(path)", en: "Agreement written: \(path)")
        }
        static func issuedAndWritten(_ path: String) -> LocalizedText {
            LocalizedText(fr: "Convention émise, écrite : \(path)", en: "Agreement issued, written: \(path)")
        }
        static func draftWritten(_ path: String) -> LocalizedText {
            LocalizedText(fr: "Demande pas encore validée : projet (PROJET) écrit : \(path)",
                          en: "Request not validated yet: draft (DRAFT) written: \(path)")
        }
        static func amendmentWritten(_ number: Int, _ path: String) -> LocalizedText {
            LocalizedText(fr: "Avenant n° \(number) écrit : \(path)", en: "Amendment no. \(number) written: \(path)")
        }
        /// How long a convention has waited, on the dashboard.
        static func waiting(days: Int) -> LocalizedText {
            LocalizedText(fr: "depuis \(days) j", en: "for \(days) d")
        }
        static func since(_ day: String) -> LocalizedText {
            LocalizedText(fr: "depuis le \(day)", en: "since \(day)")
        }
        static func missing(_ parties: String) -> LocalizedText {
            LocalizedText(fr: "manque : \(parties)", en: "missing: \(parties)")
        }
        static func issuedOn(_ day: String) -> LocalizedText {
            LocalizedText(fr: "Convention émise le \(day).", en: "Agreement issued on \(day).")
        }
        static func missingSignatures(_ parties: String) -> LocalizedText {
            LocalizedText(fr: "Signatures manquantes : \(parties).", en: "Missing signatures: \(parties).")
        }
        static func amendmentAwaiting(_ number: Int, day: String, parties: String) -> LocalizedText {
            LocalizedText(fr: "Avenant n° \(number) du \(day) : signatures manquantes : \(parties).",
                          en: "Amendment no. \(number) of \(day): missing signatures: \(parties).")
        }

        /// Every text above, for the completeness test.
        static let all: [LocalizedText] = [
            heading, issued, notIssuedYet, awaited, changes, conventionWord, printHint, printHelp, printAmendmentHelp,
            signaturesHint, signaturesHelp, noAmendment, notValidatedNoSignature, conventionSignatures, signaturesSaved,
            placementSigned, awaitingHeading, myConvention, signedByAll, representative, representativeFunction, signatory,
            partyStudent, partyHost, partyUniversity, partyTutor, partyReferent,
            shortStudent, shortHost, shortUniversity, shortTutor, shortReferent,
        ]
    }
}
