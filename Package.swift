// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "stages",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stages", targets: ["stages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Text as search compares it: case, accents and ligatures folded, by table.
        .target(name: "TextFolding"),
        // The shared model and rules: Foundation only, no terminal, no file I/O.
        .target(name: "StagesCore", dependencies: ["TextFolding"]),
        // The C face of simdjson (Debian's libsimdjson-dev): parse a buffer, read its values.
        .target(name: "CSimdjson", linkerSettings: [.linkedLibrary("simdjson")]),
        // The JSON store: format, load, lock, atomic save, merge, backups.
        .target(name: "StagesStore", dependencies: ["StagesCore", "CSimdjson", "TextFolding"]),
        // The store on PostgreSQL (postgres-nio): the same promises as the JSON store, for a whole university.
        .target(name: "StagesPostgres", dependencies: ["StagesCore", "StagesStore", "TextFolding", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // Import and export: CSV as offices write it (separators, encodings, quotes), and JSON.
        .target(name: "StagesExchange", dependencies: ["StagesCore", "TextFolding", .product(name: "SwiftCSV", package: "SwiftCSV")]),
        // Who comes in over SSH: public keys and the service account's authorized_keys block.
        .target(name: "StagesAccess", dependencies: ["StagesCore"]),
        // Canvas, keys, widgets and the Terminal protocol: knows nothing of internships.
        .target(name: "TerminalKit", dependencies: ["TextFolding"]),
        // The C face of ncursesw (macros and globals Swift cannot reach).
        .target(name: "CCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The Terminal protocol over ncursesw: the only Swift code that touches ncurses.
        .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CCurses"]),
        // The application: state, update, views of every screen, key tables, strings.
        .target(name: "Screens", dependencies: ["StagesCore", "StagesStore", "TerminalKit", "TextFolding"], path: "Screens"),
        // Pango and Cairo from the system (Debian's libpango1.0-dev, libcairo2-dev): text layout and the PDF surface.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        // A structured document (headings, paragraphs, fields, clauses, signatures) typeset into PDF: knows nothing of internships.
        .target(name: "PrintedDocument", dependencies: ["CPangoCairo"]),
        // The convention de stage and its avenants as PDF: the model's text, laid out by PrintedDocument.
        .target(name: "StagesDocuments", dependencies: ["StagesCore", "PrintedDocument"]),
        // Runs the application over a store: carries out its effects (save, reload, drafts, print, quit).
        .target(name: "StagesRuntime", dependencies: ["Screens", "StagesStore", "StagesDocuments", "TerminalKit"]),
        .executableTarget(
            name: "stages",
            dependencies: [
                "StagesCore", "StagesStore", "StagesPostgres", "StagesExchange", "StagesAccess", "StagesDocuments", "Screens", "StagesRuntime", "TerminalKit",
                "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Figures at university scale: `swift run -c release stages-bench`.
        .executableTarget(name: "stages-bench", dependencies: ["StagesCore", "StagesStore", "StagesPostgres", "Screens", "StagesRuntime", "TerminalKit"],
                          path: "Benchmarks/StagesBench"),
        // A gallery of the widgets on the real terminal, driven by the toolkit's tmux test.
        .executableTarget(name: "terminalkit-demo", dependencies: ["TerminalKit", "CursesTerminal"],
                          path: "Examples/TerminalKitDemo"),
        // What the test targets share: the built products, private folders, processes, fixture files.
        .target(name: "TestSupport", path: "Tests/TestSupport", exclude: ["Fixtures"]),
        .testTarget(name: "StagesCoreTests", dependencies: ["StagesCore"]),
        .testTarget(name: "StagesStoreTests", dependencies: ["StagesStore", "TestSupport"]),
        .testTarget(name: "StagesCLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "StagesExchangeTests", dependencies: ["StagesExchange", "TestSupport"]),
        .testTarget(name: "StagesAccessTests", dependencies: ["StagesAccess", "StagesCore", "TestSupport"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TextFolding"]),
        // Renders documents and reads them back with poppler's tools (pdftotext, pdfinfo, pdffonts).
        .testTarget(name: "StagesPostgresTests", dependencies: ["StagesPostgres", "StagesStore", "StagesCore", "TextFolding", "Screens", "StagesRuntime",
                                                              "TerminalKit", "TestSupport"]),
        .testTarget(name: "PrintedDocumentTests", dependencies: ["PrintedDocument", "TestSupport"]),
        .testTarget(name: "StagesDocumentsTests", dependencies: ["StagesDocuments", "StagesCore", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "ScreensTests", dependencies: ["Screens", "StagesRuntime", "StagesStore", "TerminalKit", "TestSupport"],
                    exclude: ["Goldens"]),
        // The real binaries in tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["StagesStore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
