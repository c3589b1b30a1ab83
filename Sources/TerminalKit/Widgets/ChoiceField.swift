import TextFolding

/// One of a few values: ← and → (or Space) step through them, a letter jumps
/// to the next value starting with it.
public struct ChoiceField: Hashable, Sendable {
    public let options: [String]
    public var selected: Int

    public init(options: [String], selected: Int = 0) {
        self.options = options
        self.selected = options.isEmpty ? 0 : min(max(0, selected), options.count - 1)
    }

    public var value: String { options.isEmpty ? "" : options[selected] }

    public mutating func handle(_ key: Key) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .left: selected = (selected + options.count - 1) % options.count
        case .right, .character(" "): selected = (selected + 1) % options.count
        case .character(let c):
            let letter = Folding.fold(String(c))
            let order = (1...options.count).map { (selected + $0) % options.count }
            guard let hit = order.first(where: {
                Folding.fold(options[$0]).hasPrefix(letter)
            }) else { return true }
            selected = hit
        default: return false
        }
        return true
    }

    public func render(into canvas: inout Canvas, in rect: Rect, style: Style, focused: Bool) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect.row(0), style: style)
        let label = "◂ " + TextLayout.truncate(value, to: max(1, rect.width - 4)) + " ▸"
        canvas.draw(label, x: rect.x, y: rect.y, style: style, clip: rect)
        if focused { canvas.cursor = (rect.x + 2, rect.y) }
    }
}

import Foundation
