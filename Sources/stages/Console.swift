#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TerminalKit

/// Where the command line writes what it has to say. Names, titles, logins,
/// paths and messages come from files others wrote: on a terminal their
/// control characters are shown, not obeyed (`TerminalSafe.neutralise`), so
/// an imported name cannot clear the screen or set the clipboard. To a pipe
/// or a file, the bytes go out exactly as they are.
enum Console {
    static let outputIsTerminal = isatty(STDOUT_FILENO) == 1
    static let errorIsTerminal = isatty(STDERR_FILENO) == 1

    /// One line on standard output.
    static func out(_ line: String) {
        print(outputIsTerminal ? TerminalSafe.neutralise(line) : line)
    }

    /// A document (CSV, JSON) on standard output, no newline added.
    static func out(_ bytes: Data) {
        if outputIsTerminal {
            print(TerminalSafe.neutralise(String(decoding: bytes, as: UTF8.self)), terminator: "")
        } else {
            fflush(nil)  // what `print` still holds goes first
            FileHandle.standardOutput.write(bytes)
        }
    }

    /// One line on standard error.
    static func err(_ line: String) {
        FileHandle.standardError.write(Data(((errorIsTerminal ? TerminalSafe.neutralise(line) : line) + "\n").utf8))
    }

    /// A question on standard output, the answer to be typed on the same line.
    static func prompt(_ question: String) {
        print(outputIsTerminal ? TerminalSafe.neutralise(question) : question, terminator: "")
        fflush(nil)
    }
}
