import Foundation
import Testing
@testable import StagesCore

@Suite struct FieldFormatTests {
    @Test("SIRET: Luhn, and La Poste's digit sum", arguments: [
        ("73282932000074", true), ("732 829 320 00074", true), ("44306184100047", true),
        ("73282932000075", false), ("7328293200007", false), ("7328293200007A", false),
        ("35600000049837", true),   // La Poste: digit sum 45, fails Luhn
        ("35600000000048", false),  // La Poste: passes Luhn, digit sum 26
    ])
    func siret(_ text: String, valid: Bool) {
        #expect(FieldFormats.isValidSIRET(text) == valid)
    }

    @Test(arguments: [
        ("camille.martin@univ-lyon.fr", true), ("a@b.co", true), ("sans-arobase.fr", false),
        ("a@b", false), ("a b@c.fr", false), ("@c.fr", false), ("a@@c.fr", false), ("a@c.f", false),
        ("a@c..fr", false), ("a@c.fr.", false), ("a@c.f2", false), ("a\t@c.fr", false), ("a@c.FR", true),
        ("zoé@université.fr", true), ("zoé@c.f", false), ("zoé @c.fr", false), ("a@b@c.fr", false),
    ])
    func email(_ text: String, valid: Bool) {
        #expect(FieldFormats.isValidEmail(text) == valid)
    }

    @Test(arguments: [
        ("04 72 00 00 00", true), ("04.72.00.00.00", true), ("+33 4 72 00 00 00", true), ("+41 22 123 45 67", true),
        ("0472", false), ("00 72 00 00 00", false), ("+33 04 72 00 00 00", false), ("04 72 00 00 0A", false),
    ])
    func phone(_ text: String, valid: Bool) {
        #expect(FieldFormats.isValidPhone(text) == valid)
    }

    @Test(arguments: [
        ("69003", true, true), ("01000", true, true), ("6900", true, false), ("00999", true, false),
        ("690031", true, false), ("SW1A 1AA", false, true), ("", false, false),
    ])
    func postcode(_ text: String, inFrance: Bool, valid: Bool) {
        #expect(FieldFormats.isValidPostcode(text, inFrance: inFrance) == valid)
    }
}
