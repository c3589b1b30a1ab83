import Screens
import StagesRuntime
import StagesStore
import TerminalKit

/// The coordinator's keystrokes both benchmarks time, each from the key to the frame drawn.
struct Keystrokes {
    var runtime: AppRuntime
    let size: Size

    mutating func press(_ key: Key) -> Double {
        milliseconds {
            _ = runtime.handle(.key(key), size: size)
            var frame = Canvas(size)
            runtime.render(into: &frame)
        }
    }

    /// Each keystroke of a search typed on the offers list: update, filter, draw.
    mutating func search() -> (average: Double, worst: Double) {
        _ = press(.character("/"))
        let keys = "archiv".map { press(.character($0)) }
        _ = press(.escape)
        _ = press(.escape)
        return (keys.reduce(0, +) / Double(keys.count), keys.max() ?? 0)
    }

    /// `t` on the offers list through its orders (each column ascending, then descending) and back to its own, twice:
    /// the first time each order is made (in memory, sorted then kept until the offers change; on a database, asked),
    /// the second time it is in hand. Each round's last key is the one back to the list's own order.
    mutating func sorts() -> (first: [Double], again: [Double]) {
        _ = press(.character("1"))
        let keys = 2 * (OfferQuery.Order.allCases.count - 1) + 1
        let first = (0..<keys).map { _ in press(.character("t")) }
        return (first, (0..<keys).map { _ in press(.character("t")) })
    }

    /// An offer's title edited and saved through the store, twice: the first change after opening
    /// copies the tables the store shares with the application; the next ones change them in place.
    mutating func saves() -> (first: Double, next: Double) {
        _ = press(.character("1"))
        func edit(_ mark: Character, _ keystrokes: inout Keystrokes) -> Double {
            _ = keystrokes.press(.character("e"))
            _ = keystrokes.press(.end)
            _ = keystrokes.press(.character(mark))
            return keystrokes.press(.function(2))
        }
        let first = edit("!", &self)
        return (first, edit("?", &self))
    }
}
