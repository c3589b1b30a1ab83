import Foundation

/// Taking back a status change (`StatusChange`): every record it touched goes
/// back to what it was, and each one with a history records the reversal, so
/// nothing of what happened is erased.
extension Dataset {
    /// Undoes `change`, for the coordinator only. Refused, with the record named,
    /// when any record it touched is no longer exactly as the change left it
    /// (someone changed it meanwhile): nothing is restored then.
    public mutating func undo(_ change: StatusChange, by actor: Actor, at now: Date) throws(ModelError) {
        guard actor.isCoordinator else { throw Refusal.coordinatorOnly }
        for key in change.keys.compactMap(RecordKey.init) where !same(key, as: change.after) {
            throw .changedSince(recordName(key))
        }
        // A record written again unchanged gets no reversal step: nothing happened to it.
        for key in change.keys.compactMap(RecordKey.init) where !change.before.same(key, as: change.after) {
            restore(key, from: change.before, by: actor, at: now)
        }
    }

    /// The records named by `keys` as `source` holds them, and nothing else.
    public init(excerptOf source: Dataset, keys: [String]) {
        self.init(programme: source.programme)
        for key in keys.compactMap(RecordKey.init) { copy(key, from: source) }
    }

    /// The kind of record a collection holds ("offers" → `Offer`); nil for any other name.
    public static func recordType(_ collection: String) -> (any Record.Type)? {
        switch collection {
        case Student.collection: Student.self
        case Organization.collection: Organization.self
        case Offer.collection: Offer.self
        case Placement.collection: Placement.self
        case Alternance.collection: Alternance.self
        default: nil
        }
    }

    /// How a refusal or a message names a record: "le stage de Léa Moreau", "l'offre « … »".
    func recordName(_ key: RecordKey) -> LocalizedText {
        switch key.collection {
        case Placement.collection:
            let who = fullName(of: placements[key.id]?.studentLogin ?? key.id)
            return LocalizedText(fr: "le stage de \(who)", en: "\(who)'s placement")
        case Alternance.collection:
            let who = fullName(of: alternances[key.id]?.studentLogin ?? key.id)
            return LocalizedText(fr: "le contrat de \(who)", en: "\(who)'s contract")
        case Offer.collection:
            let title = offers[key.id]?.title ?? key.id
            return LocalizedText(fr: "l'offre « \(title) »", en: "the offer “\(title)”")
        case Student.collection:
            let who = fullName(of: key.id)
            return LocalizedText(fr: "la fiche de \(who)", en: "\(who)'s record")
        default:
            let name = organizationName(key.id)
            return LocalizedText(fr: "la structure « \(name) »", en: "the organisation “\(name)”")
        }
    }

    /// The status of a record that has a workflow, by its label.
    func statusLabel(_ key: RecordKey) -> LocalizedText? {
        switch key.collection {
        case Placement.collection: placements[key.id]?.status.label
        case Alternance.collection: alternances[key.id]?.status.label
        case Offer.collection: offers[key.id]?.status.label
        default: nil
        }
    }

    /// Whether the record exists here.
    func holds(_ key: RecordKey) -> Bool {
        func holds<R: Record>(_ type: R.Type) -> Bool { records(type)[key.id] != nil }
        guard let type = Self.recordType(key.collection) else { return false }
        return holds(type)
    }

    private func same(_ key: RecordKey, as other: Dataset) -> Bool {
        func same<R: Record>(_ type: R.Type) -> Bool { records(type)[key.id] == other.records(type)[key.id] }
        guard let type = Self.recordType(key.collection) else { return true }
        return same(type)
    }

    private mutating func copy(_ key: RecordKey, from source: Dataset) {
        func copy<R: Record>(_ type: R.Type) { setStored(source.records(type)[key.id], id: key.id) }
        guard let type = Self.recordType(key.collection) else { return }
        copy(type)
    }

    /// Puts back the record as `source` holds it; one with a history keeps all
    /// of its steps so far, then the reversal (from the status undone to the one restored).
    private mutating func restore(_ key: RecordKey, from source: Dataset, by actor: Actor, at now: Date) {
        func restore<R: Record>(_ type: R.Type) {
            let current = records(type)[key.id]
            guard var restored = source.records(type)[key.id] as? any HistoryKeeping,
                  let current = current as? any HistoryKeeping else {
                setStored(source.records(type)[key.id], id: key.id)
                return
            }
            let step = actor.transition(at: now, from: current.statusValue, to: restored.statusValue, reversal: true)
            restored.history = current.history + [step]
            restored.noteChange(by: actor, at: now)
            setStored(restored as? R, id: key.id)
        }
        guard let type = Self.recordType(key.collection) else { return }
        restore(type)
    }
}

/// A record with a workflow and its history: what a reversal is written into.
protocol HistoryKeeping {
    var history: [Transition] { get set }
    var statusValue: String { get }
    /// Stamps the record as changed, for those that keep a stamp.
    mutating func noteChange(by actor: Actor, at now: Date)
}

extension HistoryKeeping {
    mutating func noteChange(by actor: Actor, at now: Date) {}
}

extension Placement: HistoryKeeping {
    var statusValue: String { status.rawValue }
}

extension Alternance: HistoryKeeping {
    var statusValue: String { status.rawValue }
}

extension Offer: HistoryKeeping {
    var statusValue: String { status.rawValue }
    mutating func noteChange(by actor: Actor, at now: Date) { updated = Stamp(by: actor.person.login, at: now) }
}
