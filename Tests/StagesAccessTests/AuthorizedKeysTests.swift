import Foundation
import StagesAccess
import TestSupport
import Testing

private let lea = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJXc/PS932U4GMQfF05zMNXYcClO3WavB/Ww28smo/p8 lea@laptop"
private let manon = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP/dKNehnSZ+x6IMw9Z1MRnyndmsD1Ybr3YwK6Z9USFd manon@pc"
private let ecdsa = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBOV5ULMFjD93GdJRQBny1S/JAHQX0KoN288V6XI3Teo6ev1ZUxU3Gtu9nvWHuhg7fOiLy43A6Bg8Tomzm0bg2yk= x"
private let rsa = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCu5NU9FhyLN3hXdrk3Jq1teFL8MCDaqk0Ex4NjaTxM6sK3LBRgDJIm1wnpi2x3JvdoJmgfQQC+gHEkwVp2ujgCfN31FUIjPsdomLMvsZJNTXzDNt6nmKfQylokgceo7H5UFL1pcnuciVQDaUsAJJxJRVGIjBA8DXVIsl+tpURRwQ== rsa"
private let command = "/usr/local/bin/stages session lmoreau --store /srv/stages/store.json"

@Suite struct PublicKeyTests {
    @Test func readsTheKeysOpenSSHWrites() throws {
        let key = try PublicKey(line: lea)
        #expect(key.type == "ssh-ed25519")
        #expect(key.comment == "lea@laptop")
        #expect(try PublicKey(line: ecdsa).type == "ecdsa-sha2-nistp256")
    }

    @Test func saysWhatIsWrongWithALine() {
        #expect(throws: KeyProblem.unknownType) { try PublicKey(line: "ssh-dss AAAA x") }
        #expect(throws: KeyProblem.options) { try PublicKey(line: "restrict,command=\"x\" \(lea)") }
        #expect(throws: KeyProblem.missingKey) { try PublicKey(line: "ssh-ed25519") }
        #expect(throws: KeyProblem.notBase64) { try PublicKey(line: "ssh-ed25519 not-base64! x") }
        // An ECDSA key presented as ed25519, or a key cut short, does not match its type.
        let ecdsaBlob = ecdsa.split(separator: " ")[1]
        #expect(throws: KeyProblem.notCanonical("ssh-ed25519")) { try PublicKey(line: "ssh-ed25519 \(ecdsaBlob)") }
        let cut = lea.split(separator: " ")[1].prefix(8)
        #expect(throws: KeyProblem.notCanonical("ssh-ed25519")) { try PublicKey(line: "ssh-ed25519 \(cut)") }
    }

    /// The same RSA key with a needless zero before its exponent: another text, the same key
    /// to sshd. Only OpenSSH's own encoding is accepted, so one key cannot be given twice.
    @Test func aKeyHasOneEncoding() throws {
        let key = try PublicKey(line: rsa)
        var bytes = [UInt8](key.bytes)
        // "ssh-rsa" (4 + 7 bytes), then the exponent: length 3, 01 00 01.
        #expect(Array(bytes[11..<18]) == [0, 0, 0, 3, 1, 0, 1])
        bytes.replaceSubrange(11..<18, with: [0, 0, 0, 4, 0, 1, 0, 1])
        let reencoded = "ssh-rsa \(Data(bytes).base64EncodedString()) rsa"
        #expect(throws: KeyProblem.notCanonical("ssh-rsa")) { try PublicKey(line: reencoded) }
        // Trailing bytes after the last field, or base64 written another way, are refused too.
        let padded = "ssh-ed25519 \(Data([UInt8](try PublicKey(line: lea).bytes) + [0]).base64EncodedString())"
        #expect(throws: KeyProblem.notCanonical("ssh-ed25519")) { try PublicKey(line: padded) }
        #expect(try PublicKey(line: lea) == PublicKey(line: lea.replacingOccurrences(of: "lea@laptop", with: "other comment")))
    }
}

@Suite struct AuthorizedKeysTests {
    @Test func linesOutsideTheBlockAreKeptByteForByte() throws {
        let outside = "# the admin's own key\r\n\(ecdsa)\n\n  # indented, no final newline"
        var file = try AuthorizedKeys(text: outside)
        try file.add(try PublicKey(line: lea), for: "lmoreau", command: command)
        let written = file.text
        #expect(written.hasPrefix(outside + "\n" + AuthorizedKeys.begin + "\n"))
        #expect(written.contains("restrict,pty,command=\"\(command)\" ssh-ed25519 "))
        // Read back, changed again and written: the outside stays, the block is replaced in place.
        var again = try AuthorizedKeys(text: "first line\n" + written + "last line\n")
        #expect(again.entries.map(\.login) == ["lmoreau"])
        #expect(again.entries[0].line == 7)
        #expect(again.foreignKeys.map(\.line) == [3])
        try again.add(try PublicKey(line: manon), for: "mpetit", command: command.replacingOccurrences(of: "lmoreau", with: "mpetit"))
        let text = again.text
        #expect(text.hasPrefix("first line\n" + outside + "\n" + AuthorizedKeys.begin))
        #expect(text.hasSuffix(AuthorizedKeys.end + "\nlast line\n"))
        #expect(try AuthorizedKeys(text: text).entries.map(\.login) == ["lmoreau", "mpetit"])
    }

    @Test func aKeyBelongsToOnePerson() throws {
        var file = try AuthorizedKeys(text: "")
        #expect(try file.add(try PublicKey(line: lea), for: "lmoreau", command: command))
        #expect(try file.add(try PublicKey(line: lea), for: "lmoreau", command: command) == false)
        let reread = try AuthorizedKeys(text: file.text)
        var copy = reread
        #expect(throws: AccessProblem.keyTaken(by: "lmoreau", line: 2)) {
            try copy.add(try PublicKey(line: lea), for: "mpetit", command: command)
        }
        // A key already outside the block would be matched first by sshd, with no forced command.
        var shadowed = try AuthorizedKeys(text: "from=\"10.0.0.1\",no-pty \(lea)\n")
        #expect(throws: AccessProblem.keyOutsideBlock(line: 1)) {
            try shadowed.add(try PublicKey(line: lea), for: "lmoreau", command: command)
        }
    }

    @Test func removingTakesEveryKeyOfThePerson() throws {
        var file = try AuthorizedKeys(text: "")
        try file.add(try PublicKey(line: lea), for: "lmoreau", command: command)
        try file.add(try PublicKey(line: ecdsa), for: "lmoreau", command: command)
        try file.add(try PublicKey(line: manon), for: "mpetit", command: command.replacingOccurrences(of: "lmoreau", with: "mpetit"))
        #expect(file.remove("lmoreau") == 2)
        #expect(try AuthorizedKeys(text: file.text).entries.map(\.login) == ["mpetit"])
    }

    @Test func aBrokenBlockIsRefusedNotRewritten() {
        #expect(throws: AccessProblem.unclosedBlock(line: 2)) { try AuthorizedKeys(text: "x\n" + AuthorizedKeys.begin + "\n") }
        #expect(throws: AccessProblem.unreadableBlockLine(2)) {
            try AuthorizedKeys(text: AuthorizedKeys.begin + "\n\(lea)\n" + AuthorizedKeys.end + "\n")
        }
    }

    /// Only what `stages access` writes is read as an entry: a hand-made command, or a
    /// path that happens to hold the word "session", is not mistaken for one.
    @Test func theBlockHoldsOnlyWhatStagesWrote() throws {
        var file = try AuthorizedKeys(text: "")
        let odd = try SessionCommand.make(binary: "/opt/a session b/stages", login: "evil1", store: "/srv/s.json")
        try file.add(try PublicKey(line: lea), for: "evil1", command: odd)
        let reread = try AuthorizedKeys(text: file.text)
        #expect(reread.entries.map(\.login) == ["evil1"])
        let key = lea.split(separator: " ").prefix(2).joined(separator: " ")
        let handMade = AuthorizedKeys.begin + "\nrestrict,pty,command=\"/bin/sh -c 'exec bash -i' # session jrichard\" \(key) jrichard\n" + AuthorizedKeys.end + "\n"
        #expect(throws: AccessProblem.unreadableBlockLine(2)) { try AuthorizedKeys(text: handMade) }
        // A file saved with Windows line ends still has its block recognised.
        let crlf = file.text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try AuthorizedKeys(text: crlf).entries.map(\.login) == ["evil1"])
    }

    @Test func bytesOutsideTheBlockAreKeptEvenWhenNotUTF8() throws {
        let outside = Data([0x23, 0x20, 0xE9, 0x0A, 0xFF, 0xFE, 0x00, 0x0D, 0x0A, 0x09, 0x20])  // "# é" in Latin-1, junk, no final newline
        var file = try AuthorizedKeys(bytes: outside)
        try file.add(try PublicKey(line: lea), for: "lmoreau", command: command)
        let written = file.bytes
        #expect(written.prefix(outside.count) == outside)
        #expect(try AuthorizedKeys(bytes: written).before == outside + [0x0A])  // the last line now ends
    }

    /// Twenty changes at once from as many threads, each under the lock: none is lost.
    @Test func changesAtOnceAllLand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ak-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/authorized_keys"
        let keys = try (0..<20).map { n -> PublicKey in
            var bytes = [UInt8](try PublicKey(line: lea).bytes)
            bytes[bytes.count - 1] = UInt8(n)  // twenty distinct ed25519 keys
            return try PublicKey(line: "ssh-ed25519 \(Data(bytes).base64EncodedString())")
        }
        DispatchQueue.concurrentPerform(iterations: 20) { n in
            _ = try? AuthorizedKeysFile.update(path) { file in
                (try file.add(keys[n], for: "s\(n)", command: command.replacingOccurrences(of: "lmoreau", with: "s\(n)")), ())
            }
        }
        #expect(try AuthorizedKeysFile.read(path).entries.count == 20)
    }

    @Test func theForcedCommandIsSafeToRun() throws {
        #expect(try SessionCommand.make(binary: "/usr/local/bin/stages", login: "lmoreau", store: "/srv/stages/store.json")
                == "/usr/local/bin/stages session lmoreau --store /srv/stages/store.json")
        #expect(try SessionCommand.make(binary: "/opt/my apps/stages", login: "a.b-c_d", store: "/srv/s.json")
                == "'/opt/my apps/stages' session a.b-c_d --store /srv/s.json")
        for login in ["", "-x", "a b", "a;rm", "a\"b", "é"] {
            #expect(throws: AccessProblem.badLogin(login)) { try SessionCommand.make(binary: "/b", login: login, store: "/s") }
        }
        #expect(throws: AccessProblem.unsafePath("/srv/a\"b")) { try SessionCommand.make(binary: "/b", login: "x", store: "/srv/a\"b") }
    }

    @Test func theFileIsReplacedWholeAndPrivate() throws {
        let folder = try privateFolder("ak").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/.ssh/authorized_keys"
        var file = try AuthorizedKeysFile.read(path)
        try file.add(try PublicKey(line: lea), for: "lmoreau", command: command)
        try AuthorizedKeysFile.write(file, to: path)
        #expect(try AuthorizedKeysFile.read(path).text == file.text)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/.ssh") == ["authorized_keys"])
        // A symbolic link planted at the file's place is refused, its target untouched.
        let victim = folder + "/victim"
        try "mine\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
        #expect(throws: AuthorizedKeysFile.Failure.self) { try AuthorizedKeysFile.write(file, to: path) }
        #expect(throws: AuthorizedKeysFile.Failure.self) { try AuthorizedKeysFile.read(path) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine\n")
    }
}
