/// Named holidays ("Thanksgiving Day", "Christmas Eve", "last Easter"): a date each year,
/// fixed or counted from weekdays, resolved to the year the sentence points to.
extension TimeContext {
    /// A holiday's date in a given year, and how many tokens name it.
    struct Holiday {
        var date: (Int) -> CivilDate
        var length: Int
    }

    /// The holiday named at `i`, capitalized as names are ("christmas shopping" in a headline
    /// in lower case is left alone).
    func holiday(_ i: Int) -> Holiday? {
        guard w.isCapitalized(i) else { return nil }
        let next = word(i + 1)
        switch word(i) {
        case "christmas":
            if next == "eve" { return Holiday(date: { CivilDate(year: $0, month: 12, day: 24) }, length: 2) }
            return Holiday(date: { CivilDate(year: $0, month: 12, day: 25) }, length: next == "day" ? 2 : 1)
        case "thanksgiving":
            // The fourth Thursday of November.
            return Holiday(date: { TimeContext.nthWeekday(4, 4, month: 11, year: $0) }, length: next == "day" ? 2 : 1)
        case "easter":
            return Holiday(date: TimeContext.easter, length: next == "sunday" ? 2 : 1)
        case "halloween":
            return Holiday(date: { CivilDate(year: $0, month: 10, day: 31) }, length: 1)
        case "election" where next == "day":
            // The Tuesday after the first Monday of November.
            return Holiday(date: { TimeContext.nthWeekday(1, 1, month: 11, year: $0).adding(days: 1) }, length: 2)
        case "new":
            // "New Year's Day", "New Year's Eve" ("year's" may be split from its "'s").
            var k = i + 1
            guard word(k) == "year's" || word(k) == "year" else { return nil }
            k += word(k) == "year" ? 1 : 0
            if word(k) == "'s" || word(k) == "’s" || word(k) == "year's" { k += 1 }
            guard k > i + 1, word(k) == "day" || word(k) == "eve" else { return nil }
            if word(k) == "eve" { return Holiday(date: { CivilDate(year: $0, month: 12, day: 31) }, length: k + 1 - i) }
            return Holiday(date: { CivilDate(year: $0, month: 1, day: 1) }, length: k + 1 - i)
        default:
            return nil
        }
    }

    /// A holiday at `i` without "last" or "next": the year after it ("Christmas 1998"),
    /// else the occurrence the verb's tense points to, as for a month. "Easter week" is the
    /// ISO week the day falls in.
    func holidayDate(_ i: Int) -> TimeMatch? {
        guard let h = holiday(i) else { return nil }
        var end = i + h.length
        let year: Int
        if let y = yearValue(end) {
            year = y
            end += 1
        } else if let dct {
            year = resolveYear(month: h.date(dct.year).month, at: i, head: i + h.length - 1, dct: dct)
        } else {
            return nil
        }
        if word(end) == "week" { return TimeMatch(start: i, end: end + 1, type: "DATE", value: h.date(year).isoWeekString) }
        return TimeMatch(start: i, end: end, type: "DATE", value: h.date(year).iso)
    }

    /// "last Thanksgiving" is the latest one before publication, "next Christmas" the first
    /// after it, "this Easter" this year's.
    func relativeHoliday(_ i: Int, shift: Int) -> TimeMatch? {
        guard let h = holiday(i + 1), let dct else { return nil }
        var date = h.date(dct.year)
        if shift < 0 && date >= dct { date = h.date(dct.year - 1) }
        if shift > 0 && date <= dct { date = h.date(dct.year + 1) }
        return TimeMatch(start: i, end: i + 1 + h.length, type: "DATE", value: date.iso)
    }

    /// The `n`th ISO `weekday` (1 = Monday) of a month.
    static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CivilDate {
        let first = CivilDate(year: year, month: month, day: 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }
}
