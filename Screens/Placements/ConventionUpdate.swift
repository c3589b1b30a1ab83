import StagesCore
import TerminalKit

/// Printing a placement's convention from the screens: `c` asks the runtime for the PDF
/// (a draft before validation), `C` for its latest avenant; the answer goes to the status
/// line, and the first print for signature dates the convention's issue in the records.
enum ConventionUpdate {
    static func print(_ id: String, amendment wanted: Bool, _ state: inout AppState) -> [Effect] {
        guard let p = state.data.placements[id] else { return [] }
        guard wanted else {
            return [.printConvention(id: id, amendment: nil, draft: !p.status.isPastValidation)]
        }
        let amendments = p.convention?.amendments ?? []
        guard let latest = amendments.last(where: { !$0.signatures.isComplete }) ?? amendments.last else {
            state.status = StatusMessage(text: state.t(Strings.Convention.noAmendment), tone: .info)
            return []
        }
        return [.printConvention(id: id, amendment: latest.number, draft: false)]
    }

    /// The runtime wrote the file at `path`.
    static func printed(_ id: String, amendment: Int?, draft: Bool, path: String, _ state: inout AppState) -> [Effect] {
        if let amendment {
            state.status = StatusMessage(text: state.t(Strings.Convention.amendmentWritten(amendment, path)), tone: .success)
            return []
        }
        if draft {
            state.status = StatusMessage(text: state.t(Strings.Convention.draftWritten(path)), tone: .success)
            return []
        }
        guard state.data.placements[id]?.convention?.issued == nil else {
            state.status = StatusMessage(text: state.t(Strings.Convention.written(path)), tone: .success)
            return []
        }
        let actor = state.actor, today = state.today
        return Update.change(&state, message: state.t(Strings.Convention.issuedAndWritten(path))) { data throws(ModelError) in
            try data.issueConvention(id, on: today, by: actor)
            return nil
        }
    }

    /// Not printed: why, on one line (the rules' errors come one per line).
    static func refused(_ reason: LocalizedText, _ state: inout AppState) -> [Effect] {
        let text = state.t(reason).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        state.status = StatusMessage(text: text, tone: .error)
        return []
    }
}
