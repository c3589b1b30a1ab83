/// The public holidays of metropolitan France, which are not days of presence.
public enum PublicHolidays {
    /// Easter Sunday (anonymous Gregorian computus).
    public static func easter(_ year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// The eleven holidays of `year`, in date order.
    public static func of(_ year: Int) -> [CivilDate] {
        let easter = easter(year)
        let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
            .map { CivilDate(year: year, month: $0.0, day: $0.1)! }
        let moving = [1, 39, 50].map { easter.adding(days: $0) }  // Easter Monday, Ascension, Whit Monday
        return (fixed + moving).sorted()
    }
}
