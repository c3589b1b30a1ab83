import StagesCore

/// Every word the application shows, French and English side by side, grouped
/// by screen folder (`Strings.Offers`, `Strings.Placements`…), with the words
/// several screens share in `Strings.Common`. Texts with values in them are
/// functions. `StringTableTests` checks that none is empty or left untranslated
/// and that the screens write no French–English pair inline.
enum Strings {}
