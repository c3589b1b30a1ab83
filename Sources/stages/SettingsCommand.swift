import ArgumentParser
import Foundation
import StagesCore
import StagesStore

/// The programme's convention settings: the university, the programme, the fixed clauses' wording.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Réglages de la convention : montrer ou changer. / Agreement settings: show or change.",
        subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    /// The settings by name, as `show` lists them and `set` takes them.
    static let keys = ConventionSettings.texts.map(\.key) + ["teaching-hours"]
        + FixedClause.allCases.flatMap { ["clause.\($0.rawValue).fr", "clause.\($0.rawValue).en"] }

    static func text(_ key: String) -> WritableKeyPath<ConventionSettings, String>? {
        ConventionSettings.texts.first { $0.key == key }?.path
    }

    static func value(_ key: String, _ s: ConventionSettings) -> String {
        if let path = text(key) { return s[keyPath: path] }
        if key == "teaching-hours" { return s.teachingHours.map(String.init) ?? "" }
        return clause(key).map { clause, french in french ? s.text(clause).fr : s.text(clause).en } ?? ""
    }

    static func clause(_ key: String) -> (FixedClause, french: Bool)? {
        let parts = key.split(separator: ".")
        guard parts.count == 3, parts[0] == "clause", let clause = FixedClause(rawValue: String(parts[1])),
              parts[2] == "fr" || parts[2] == "en" else { return nil }
        return (clause, parts[2] == "fr")
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Montre chaque réglage. / Show every setting.")
        @OptionGroup var options: CommonOptions

        func run() throws {
            let settings = try options.openStore().base.programme.convention
            for key in SettingsCommand.keys { Console.out("\(key) = \(SettingsCommand.value(key, settings))") }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change un réglage (vide : défaut). / Change a setting (empty: default).")
        @Argument(help: "Le réglage (voir « stages settings show »). / The setting.") var key: String
        @Argument(help: "Sa valeur. / Its value.") var value: String
        @OptionGroup var options: CommonOptions

        func run() throws {
            let lang = options.language
            guard SettingsCommand.keys.contains(key) else {
                Console.err(lang == .fr ? "Réglage inconnu : \(key). Réglages : \(SettingsCommand.keys.joined(separator: ", "))."
                                        : "Unknown setting: \(key). Settings: \(SettingsCommand.keys.joined(separator: ", ")).")
                throw ExitCode(2)
            }
            let store = try options.openStore()
            _ = try Identity.coordinator(of: store, lang)
            var data = store.base
            var s = data.programme.convention
            let text = value.trimmed
            if let path = SettingsCommand.text(key) {
                s[keyPath: path] = text
            } else if key == "teaching-hours" {
                guard text.isEmpty || (Int(text).map { $0 > 0 } ?? false) else {
                    Console.err(lang == .fr ? "teaching-hours : un nombre d'heures entier positif, pas « \(text) »."
                                            : "teaching-hours: a whole positive number of hours, not “\(text)”.")
                    throw ExitCode(2)
                }
                s.teachingHours = Int(text)
            } else {
                guard let (clause, french) = SettingsCommand.clause(key) else { throw ExitCode(2) }
                var wording = s.clauses[clause.rawValue] ?? clause.defaultText
                if french { wording.fr = text.isEmpty ? clause.defaultText.fr : text } else { wording.en = text.isEmpty ? clause.defaultText.en : text }
                s.clauses[clause.rawValue] = wording == clause.defaultText ? nil : wording
            }
            data.programme.convention = s
            do { _ = try store.save(data) } catch { throw fail(error, lang) }
            Console.out("\(key) = \(SettingsCommand.value(key, s))")
        }
    }
}
