import Screens
import TerminalKit

/// The first screen while the rest of a large store is read: the application
/// as it will be (the offers list, drawn from the preview), with the progress
/// on its status line. It takes no key: those typed meanwhile wait in the
/// terminal, in order, for the application itself.
public struct LoadingScreen: InteractiveProgram {
    public private(set) var state: AppState

    public init(state: AppState) { self.state = state }

    public mutating func show(progress: Double) { state.showLoading(progress) }

    public func render(into canvas: inout Canvas) { Application.render(state, into: &canvas) }

    public func tooSmallMessage(_ size: Size) -> String { Application.tooSmallMessage(state, size) }

    public mutating func handle(_ event: TerminalEvent, size: Size) -> Bool { true }
}
