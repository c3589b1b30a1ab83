import TerminalKit

/// What a runtime needs of the application: `update` (a message in, the new
/// state and the effects out), the view, and the words for a window too small.
public enum Application {
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        Update.update(&state, msg)
    }

    public static func render(_ state: AppState, into canvas: inout Canvas) {
        AppView.render(state, into: &canvas)
    }

    public static func tooSmallMessage(_ state: AppState, _ size: Size) -> String {
        state.t(Strings.App.windowTooSmall(size))
    }
}
