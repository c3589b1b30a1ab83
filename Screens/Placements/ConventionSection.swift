import StagesCore
import TerminalKit

/// The placement detail's "Convention": when it was issued, each party's signature,
/// and each avenant with its clauses before → after and its own signatures.
extension DetailView.Builder {
    mutating func convention(_ p: Placement, _ state: AppState) {
        let t = state.translate
        heading(t(Strings.Convention.heading))
        let convention = p.convention ?? Convention()
        field(t(Strings.Convention.issued), convention.issued.map { state.date($0) } ?? t(Strings.Convention.notIssuedYet),
              style: convention.issued == nil ? Theme.dim : .plain)
        guard convention.issued != nil || convention.signatures != Signatures() else { return }
        signatures(convention.signatures, state, indent: 0)
        for amendment in convention.amendments {
            paragraph(t(Strings.Convention.amendmentOf(amendment.number, day: state.date(amendment.date), by: amendment.by)),
                      style: Theme.label)
            for change in amendment.changes { paragraph("• " + state.changeText(change), indent: 2) }
            signatures(amendment.signatures, state, indent: 2)
        }
    }

    /// A line per party: the day they signed, or "en attente".
    private mutating func signatures(_ signed: Signatures, _ state: AppState, indent: Int) {
        for party in Signatory.allCases {
            let label = String(repeating: " ", count: indent) + state.t(Strings.Convention.party(party))
            if let day = signed[party] {
                field(label, state.t(Strings.Convention.signedOn(state.date(day))), style: Theme.success)
            } else {
                field(label, state.t(Strings.Convention.awaited), style: Theme.warning)
            }
        }
    }
}
