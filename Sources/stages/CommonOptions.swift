import ArgumentParser
import Foundation
import StagesCore
import StagesStore

/// Options every subcommand shares: where the store is, which language to speak.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Fichier de données (store) à utiliser. / Store file to use.")
    var store: String?

    @Option(name: .long, help: "Langue : fr ou en (aussi STAGES_LANG). / Language: fr or en (also STAGES_LANG).")
    var lang: Language?

    var storeURL: URL { StoreLocation.resolve(explicit: store) }

    var language: Language {
        lang ?? ProcessInfo.processInfo.environment["STAGES_LANG"].flatMap(Language.init(rawValue:)) ?? .fr
    }
}

extension Language: ExpressibleByArgument {}

/// Prints a store error on standard error and exits non-zero: the file is left as it was.
func fail(_ error: StoreError, _ language: Language) -> ExitCode {
    Console.err(error.message(language))
    return ExitCode(2)
}
