import ArgumentParser

@main
struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Stages et alternance du BUT 3 : offres, demandes de stage, contrats. / Internships and work-study for BUT year 3.",
        discussion: """
            Le fichier de données est --store, sinon $STAGES_STORE, sinon $XDG_DATA_HOME/stages/store.json \
            (~/.local/share/stages/store.json). The store is --store, else $STAGES_STORE, else \
            $XDG_DATA_HOME/stages/store.json.
            """,
        version: Version.current,
        subcommands: [Open.self, StudentCommand.self, Session.self, Demo.self, Init.self, Check.self, Import.self, ExportCommand.self,
                      ConventionCommand.self, SettingsCommand.self, Migrate.self,
                      AccessCommand.self, YearCommand.self],
        defaultSubcommand: Open.self
    )
}
