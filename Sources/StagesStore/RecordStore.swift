import StagesCore

/// Where the records live, as the application and the commands see it: the JSON
/// document (`Store`, the embedded default) or a PostgreSQL database
/// (`PostgresStore`). Both keep what this process last read (`base`), save only
/// what it changed, merged record by record over others' changes, and report a
/// record both sides changed as a conflict.
public protocol RecordStore: AnyObject {
    /// How messages name it: the file's path, or the database's URL without its password.
    var name: String { get }
    /// The records as this process last read or wrote them.
    var base: Dataset { get }
    /// Saves what `mine` changed since `base`, merged over what others saved meanwhile.
    func save(_ mine: Dataset) throws(StoreError) -> SaveOutcome
    /// Takes in what others saved since this process last looked.
    func reload() throws(StoreError) -> Dataset
    /// Whether others have saved since this process last looked (cheap: asked before every key).
    var changedOnDisk: Bool { get }
    /// Where this person's form drafts are kept, on this machine: a draft survives a lost connection.
    var draftsFolder: String { get }
    /// A folder on this machine for what sessions print (conventions): beside a JSON store.
    var localFolder: String { get }
    /// The records the last `reload` took in ("offers/off-001"…), when the store knows them;
    /// nil when it may have read everything again. The screens then index only those again.
    var lastTakenIn: [String]? { get }
    /// Where the offers are asked for when the session does not hold them all; nil when it does.
    var offerCatalog: (any OfferCatalog)? { get }
}

extension Store: RecordStore {
    public var name: String { path }
    public var draftsFolder: String { path + ".drafts" }
    public var localFolder: String { url.deletingLastPathComponent().path }
    /// Every offer is in `base`: the lists search them in memory.
    public var offerCatalog: (any OfferCatalog)? { nil }
}
