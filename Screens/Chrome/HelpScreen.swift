import TerminalKit

/// The help overlay: every key of the screen under it, read from that
/// screen's table, scrolled (by lines: a long entry wraps) when the window is too short to show them all.
enum HelpScreen {
    /// The lines of the box, each key and its help wrapped to the window's width.
    static func lines(_ state: AppState) -> Int {
        overlay(state, title: "").lines(width: state.size.width).count
    }

    /// How many lines the box shows at once (HelpOverlay: the box is two rows
    /// shorter than the body, its frame and footer take three).
    static func rows(_ state: AppState) -> Int {
        max(1, min(state.pageRows - 2, lines(state) + 4) - 3)
    }

    static func lastScroll(_ state: AppState) -> Int { max(0, lines(state) - rows(state)) }

    private static func overlay(_ state: AppState, title: String) -> HelpOverlay {
        HelpOverlay(title: state.t(Strings.Chrome.help) + title, keymap: Keymaps.bindings(state.describedScreen, state),
                    keyNames: state.keyNames, footer: "")
    }

    static func keys(_ k: SharedKeys) -> [KeyBinding<Action>] {
        [k.b([.escape, .character("?"), .character("q")], .back, k.t(Strings.Common.close), k.t(Strings.Chrome.closeTheHelp))]
            + (lastScroll(k.state) > 0 ? [k.b([.down, .up, .pageDown, .pageUp, .home, .end], .move, k.t(Strings.Chrome.more),
                                            k.t(Strings.Chrome.scrollTheHelp))] : [])
    }

    static func handle(_ key: Key, scroll: Int, _ state: inout AppState) -> [Effect] {
        switch Keymaps.action(for: key, in: .help, state, typing: false) {
        case .back?:
            state.layers.removeLast()
        case .move?:
            let rows = rows(state), last = lastScroll(state)
            let moved = switch key {
            case .up: scroll - 1
            case .down: scroll + 1
            case .pageUp: scroll - rows
            case .pageDown: scroll + rows
            case .home: 0
            default: last
            }
            state.layers[state.layers.count - 1] = .help(scroll: min(max(0, moved), last))
        default:
            break
        }
        return []
    }

    static func render(_ state: AppState, scroll: Int, title: String, into canvas: inout Canvas, _ rect: Rect) {
        var overlay = overlay(state, title: title)
        overlay.footer = lastScroll(state) > 0 ? state.t(Strings.Chrome.moreEscOrToClose) : state.t(Strings.Chrome.escOrToClose)
        overlay.render(into: &canvas, in: rect, firstLine: scroll)
    }
}
