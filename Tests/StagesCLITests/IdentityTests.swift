#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// Who is who on one machine: the real Unix user by uid decides, never `$USER`;
/// the coordinator's application and every command that changes data are
/// refused to anyone the store does not list as a coordinator.
@Suite struct IdentityTests {
    let me = String(cString: getpwuid(getuid())!.pointee.pw_name)

    /// A demo store in a private folder: its coordinators are the demo's and the user running it.
    func demoStore() throws -> String {
        try Stages.demoStore(in: privateFolder("stages-id")).path
    }

    @Test func theCreatorOfAStoreIsItsCoordinator() throws {
        let folder = unusedPath("stages-id").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try Stages.run(["init", "--store", folder + "/store.json"], environment: ["USER": "lmoreau", "LOGNAME": "lmoreau"])
        #expect(made.status == 0)
        #expect(made.output.contains("responsable des stages : \(me)"))
        let text = try String(contentsOfFile: folder + "/store.json", encoding: .utf8)
        #expect(text.contains("\"login\" : \"\(me)\""))
        #expect(!text.contains("lmoreau"))
    }

    @Test func userInTheEnvironmentChangesNothing() throws {
        let store = try demoStore()
        defer { removeFolder(of: store) }
        // The demo's runner is a coordinator, not Léa Moreau, whatever $USER says.
        let run = try Stages.run(["student", "--store", store], environment: ["USER": "lmoreau", "LOGNAME": "lmoreau"])
        #expect(run.status == 77)
        #expect(run.errors.contains("« \(me) » est responsable des stages"))
        #expect(!run.output.contains("Léa Moreau"))
    }

    @Test func aNonCoordinatorIsRefusedWhatChangesData() throws {
        let store = try demoStore()
        defer { removeFolder(of: store) }
        let keys = (store as NSString).deletingLastPathComponent + "/authorized_keys"
        // The runner steps down: only the demo's own coordinator remains.
        let stepped = try Stages.run(["access", "remove", me, "--store", store, "--authorized-keys", keys])
        #expect(stepped.status == 0)
        #expect(stepped.output.contains("n'est plus responsable"))
        let offers = (store as NSString).deletingLastPathComponent + "/offers.csv"
        try "titre;structure\nVeille;Archives\n".write(toFile: offers, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for arguments in [["--store", store], ["open", "--store", store], ["import", "offers", offers, "--store", store],
                          ["student", "--login", "lmoreau", "--store", store], ["access", "list", "--store", store, "--authorized-keys", keys]] {
            let run = try Stages.run(arguments)
            #expect(run.status == 77, "\(arguments)")
            #expect(run.errors.contains("« \(me) » n'est pas responsable des stages dans \(store)"), "\(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        // Reading stays open to whoever can read the file.
        #expect(try Stages.run(["check", "--store", store]).status == 1)
    }

    @Test func aSessionOpensOnlyForSomeoneTheStoreKnows() throws {
        let store = try demoStore()
        defer { removeFolder(of: store) }
        let ghost = try Stages.run(["session", "ghost", "--store", store])
        #expect(ghost.status == 77)
        #expect(ghost.errors.contains("« ghost » n'a pas de place dans les stages"))
        // Known, but with no terminal (ssh without -t): a message, and nothing else runs.
        let noTerminal = try Stages.run(["session", "lmoreau", "--store", store], environment: ["SSH_ORIGINAL_COMMAND": "cat /etc/passwd"])
        #expect(noTerminal.status == 2)
        #expect(noTerminal.errors.contains("ssh -t"))
        #expect(noTerminal.output.isEmpty)
    }

    @Test func anotherUnixUserCannotOpenTheStore() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            Issue.record("needs root and setpriv to act as another user; skipped here")
            return
        }
        let store = try demoStore()
        defer { removeFolder(of: store) }
        for arguments in [["student", "--store", store], ["--store", store], ["check", "--store", store], ["session", "lmoreau", "--store", store]] {
            let run = try Stages.run(arguments, as: 65534)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.errors.contains("\(store) : échec de la lecture : permission refusée"), "\(arguments)")
            #expect(!run.output.contains("Léa"), "\(arguments)")
        }
    }
}
