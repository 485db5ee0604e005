/// Named calendar periods longer than a month: quarters, seasons, decades and centuries.
extension TimeContext {
    /// "20th century", "11th century": TIMEX3 writes the century's first two digits.
    func ordinalCentury(_ i: Int) -> TimeMatch? {
        guard word(i + 1) == "century", TimeContext.digits(word(i)) == nil, let n = TimeContext.dayNumber(word(i)), n >= 1, n <= 30 else { return nil }
        return TimeMatch(start: i, end: i + 2, type: "DATE", value: String(n - 1))
    }

    /// "year-end" is the last day of the year, "year end" and "year's end" the year's end
    /// (TIMEX3 writes the year); which year, the sentence's tense says, as for December.
    func yearEnd(_ i: Int) -> TimeMatch? {
        guard let dct else { return nil }
        let t = word(i)
        let end: Int
        if t == "year-end" {
            end = i + 1
        } else if t == "year" && word(i + 1) == "end" {
            end = i + 2
        } else if (t == "year's" && word(i + 1) == "end") || (t == "year" && (word(i + 1) == "'s" || word(i + 1) == "’s") && word(i + 2) == "end") {
            end = t == "year's" ? i + 2 : i + 3
        } else {
            return nil
        }
        // The tense is read from "end", since a possessive "year's" would look back by itself.
        let year = resolveYear(month: 12, at: i, head: end - 1, dct: dct)
        return TimeMatch(start: i, end: end, type: "DATE", value: t == "year-end" ? "\(year)-12-31" : String(year))
    }

    /// "the nineties", "the eighties": the latest such decade up to publication.
    func spelledDecade(_ i: Int) -> TimeMatch? {
        guard let dct, let d = TimeLexicon.decades[word(i)] else { return nil }
        var century = dct.year / 100
        if century * 100 + d * 10 > dct.year { century -= 1 }
        return TimeMatch(start: i, end: i + 1, type: "DATE", value: String(century * 10 + d))
    }

    /// A season named alone ("in summer", "the early summer", "the winter"), in the year the
    /// sentence's tense points to, as for a month. "Fall" alone is too often a verb or a drop.
    func season(_ i: Int) -> TimeMatch? {
        var k = i
        if ["early", "late", "mid"].contains(word(k)) { k += 1 }
        guard let s = TimeLexicon.seasons[word(k)], word(k) != "fall", !w.isCapitalized(k), word(k + 1) != "of", let dct else { return nil }
        let month = TimeLexicon.seasonMiddleMonth[s] ?? 1
        return TimeMatch(start: i, end: k + 1, type: "DATE", value: "\(resolveYear(month: month, at: k, dct: dct))-\(s)")
    }

    /// "fourth quarter" without "the" ("its fourth quarter", "a flat second quarter",
    /// "second quarter of 1990"): valued as "the fourth quarter" is.
    func bareQuarter(_ i: Int) -> TimeMatch? {
        guard let q = TimeLexicon.ordinals[word(i)], word(i + 1) == "quarter" else { return nil }
        if word(i + 2) == "of", let y = yearValue(i + 3) {
            return TimeMatch(start: i, end: i + 4, type: "DATE", value: "\(y)-Q\(q)")
        }
        guard dct != nil, word(i + 2) != "-" else { return nil }
        return TimeMatch(start: i, end: i + 2, type: "DATE", value: ordinalQuarter(q, at: i))
    }

    /// "the year-ago quarter", "the comparable year-earlier period", "the year-ago third
    /// quarter", "the same period last year": the period a year before the one reported.
    func yearAgoPeriod(_ i: Int) -> TimeMatch? {
        var j = i + 1
        if ["comparable", "corresponding", "same"].contains(word(j)) { j += 1 }
        guard let dct else { return nil }
        // "the quarter a year ago", "the same period last year", "the comparable quarter a
        // year earlier": the period named, a year back.
        if word(j) == "quarter" || word(j) == "period" {
            let back: Int?
            switch (word(j + 1), word(j + 2), word(j + 3)) {
            case ("last", "year", _): back = j + 3
            case ("a", "year", "ago"), ("a", "year", "earlier"): back = j + 4
            default: back = nil
            }
            guard let end = back else { return nil }
            return TimeMatch(start: i, end: end, type: "DATE", value: quarterContext() ?? String(dct.year - 1))
        }
        guard word(j) == "year-ago" || word(j) == "year-earlier" else { return nil }
        if let q = TimeLexicon.ordinals[word(j + 1)], word(j + 2) == "quarter" {
            let reported = ordinalQuarter(q, at: j + 1)
            let year = (Int(reported.prefix(4)) ?? dct.year) - 1
            return TimeMatch(start: i, end: j + 3, type: "DATE", value: "\(year)-Q\(q)")
        }
        guard var m = yearAgo(j), m.end > j + 1 else { return nil }
        m.start = i
        return m
    }
}
