import Foundation
import StagesCore
import StagesStore

/// `stages-bench stress STORE WRITER COUNT [COMPACTION-RATIO]`: one writer adding COUNT students
/// named WRITER-n, saving after each, as another person on the same server
/// would. The store tests run several at once, and kill some mid-save.
enum Stress {
    static func run(store path: String, writer: String, count: Int, compactionRatio: Double?) throws {
        let store = try Store.open(URL(fileURLWithPath: path))
        if let compactionRatio { store.compactionRatio = compactionRatio }
        var data = store.base
        for n in 0..<count {
            let login = "\(writer)-\(n)"
            try data.save(Student(login: login, lastName: writer, firstName: "n\(n)", email: "\(login)@example.fr",
                                  year: data.programme.academicYearLabel), by: .coordinator(writer))
            data = try store.save(data).dataset
        }
    }
}
