import Foundation
import Screens
import StagesCore
import StagesDocuments
import StagesStore

/// Carries out `.printConvention`: the text from the records as they are, its PDF,
/// and the file in the store's `conventions/` folder; the answer as a message.
enum ConventionPrinter {
    static func print(_ id: String, amendment: Int?, draft: Bool, from data: Dataset, in language: Language,
                      beside store: any RecordStore) -> Msg {
        let text: ConventionText
        do throws(ConventionRefusal) {
            if let amendment {
                text = try ConventionText.amendment(amendment, of: id, in: data, language: language)
            } else {
                text = try ConventionText.convention(id, in: data, language: language, draft: draft)
            }
        } catch {
            return .conventionNotPrinted(error.message)
        }
        do {
            let bytes = try ConventionDocument.pdf(text)
            let path = try ConventionFolder(store: store).write(bytes, named: text.fileName)
            return .conventionPrinted(id: id, amendment: amendment, draft: draft, path: path)
        } catch let error as StoreError {
            return .conventionNotPrinted(error.message)
        } catch {
            return .conventionNotPrinted(LocalizedText(fr: "Le PDF n'a pas pu être produit : \(error)",
                                                       en: "The PDF could not be made: \(error)"))
        }
    }
}
