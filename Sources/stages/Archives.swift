import Foundation
import StagesCore
import StagesStore

/// The finished years `stages year start` archived beside a store (`archives/store-YYYY-YYYY.json`).
enum Archives {
    static func folder(of store: any RecordStore) -> URL {
        URL(fileURLWithPath: store.localFolder).appendingPathComponent("archives")
    }

    /// Each archived year's figures, the latest first; an archive that cannot be read is left out.
    static func statistics(in folder: URL, _ language: Language) -> [Statistics] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("store-") && $0.hasSuffix(".json") }.sorted(by: >).compactMap { name in
            (try? Store.open(folder.appendingPathComponent(name))).map { Statistics($0.base, language: language) }
        }
    }
}
