import Foundation
import StagesCore

/// Why the store could not be read or written. Every message names the file,
/// and a corrupt file is described by line and column.
public enum StoreError: Error, Equatable, Sendable {
    case notFound(path: String)
    case empty(path: String)
    case corrupt(path: String, line: Int, column: Int, reason: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case notAStore(path: String)
    case io(path: String, operation: String, reason: String)

    public var message: LocalizedText {
        switch self {
        case .notFound(let path):
            LocalizedText(fr: "\(path) : aucun fichier de données ici.", en: "\(path): no store file here.")
        case .empty(let path):
            LocalizedText(fr: "\(path) : le fichier est vide ; il n'a pas été modifié.",
                          en: "\(path): the file is empty; it was left untouched.")
        case .corrupt(let path, let line, let column, let reason):
            LocalizedText(fr: "\(path):\(line):\(column) : fichier illisible (\(reason)) ; il n'a pas été modifié.",
                          en: "\(path):\(line):\(column): unreadable file (\(reason)); it was left untouched.")
        case .newerVersion(let path, let found, let supported):
            LocalizedText(fr: "\(path) : format version \(found), plus récent que celui de ce programme (\(supported)) ; mettez stages à jour.",
                          en: "\(path): format version \(found) is newer than this program's (\(supported)); update stages.")
        case .notAStore(let path):
            LocalizedText(fr: "\(path) : ce fichier JSON n'est pas un fichier de données de stages.",
                          en: "\(path): this JSON file is not a stages store.")
        case .io(let path, let operation, let reason):
            LocalizedText(fr: "\(path) : échec de \(operation) : \(reason).", en: "\(path): \(operation) failed: \(reason).")
        }
    }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { message.en }
}
