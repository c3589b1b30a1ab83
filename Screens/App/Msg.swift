import StagesCore
import StagesStore
import TerminalKit

/// Everything that can happen to the application: input, and the results
/// of the effects the runtime carried out.
public enum Msg {
    case key(Key)
    case resized(Size)
    /// Time passed with no key: a chance to see others' changes.
    case tick
    /// A key is about to be read: what others saved meanwhile is taken in first,
    /// so every action is decided on the records as they are now.
    case catchUp
    case interrupt
    case terminate
    case saved(SaveOutcome)
    case saveFailed(StoreError)
    /// Others' records, taken in; `changed` names them when the store knows which.
    case reloaded(Dataset, changed: [String]?)
    /// Others' changes could not be read: nothing of ours is lost.
    case reloadFailed(StoreError)
    /// A form's draft is kept, as typed.
    case draftKept
    /// A form's draft could not be kept; the records themselves are not concerned.
    case draftSaveFailed(StoreError)
    /// A convention (or avenant `amendment`) written as PDF at `path`.
    case conventionPrinted(id: String, amendment: Int?, draft: Bool, path: String)
    /// Not printed: the rules' refusal, or why the file could not be made.
    case conventionNotPrinted(LocalizedText)
    /// The application was just made: what its first screen needs is asked for.
    case started
    /// The first ids of the offers `query` finds, in its order; `complete` when they are all.
    case offersListed(OfferQuery, [String], complete: Bool)
    /// The counts of the offers holding `words` (all of them: none).
    case offersSummarized(words: [String], OfferSummary)
    /// The offers asked for (`asked`), read; those missing are no longer in the store or not for this person.
    case offersTakenIn(asked: [String], [Offer])
    /// A question about the offers could not be answered.
    case offersUnavailable(StoreError)
}

/// What `update` asks the runtime to do; the result comes back as a `Msg`.
public enum Effect: Equatable {
    /// Save the dataset (merging with others' changes); answers `.saved` or `.saveFailed`.
    case save(Dataset)
    /// Look for others' changes; answers `.reloaded` when there are some, `.reloadFailed` when they cannot be read.
    case refresh(force: Bool)
    case quit(status: Int32)
    /// Keep what was typed in a form, exactly as typed; answers `.draftKept` or `.draftSaveFailed`.
    case saveDraft(login: String, fields: [String: String])
    /// Forget a form's draft (saved or dropped); nothing to answer.
    case removeDraft(login: String)
    /// Print placement `id`'s convention (or its avenant `amendment`) as PDF, marked PROJET when `draft`;
    /// answers `.conventionPrinted` or `.conventionNotPrinted`.
    case printConvention(id: String, amendment: Int?, draft: Bool)
    /// Ask the store's catalog (see `OfferCatalog`); answers `.offersListed`, `.offersSummarized`,
    /// `.offersTakenIn`, or `.offersUnavailable`.
    case askOffers(OfferQuestion)
}

/// What a session that asks for its offers asks the store (see `CatalogUpdate`).
public enum OfferQuestion: Equatable {
    /// The `first` ids `query` finds, or all of them (nil).
    case list(OfferQuery, first: Int?)
    /// The counts of the offers holding `words` (none: all, with the count by organisation).
    case summary(today: CivilDate, words: [String])
    case records([String])
}
