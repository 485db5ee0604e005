/// Rules for counted units, bare years, deictic words and recurring times.
extension TimeContext {
    /// "five-year", "six months", "three years ago", "the 24-hour", "third-quarter".
    func quantity(_ i: Int) -> TimeMatch? {
        let t = word(i)
        if t.utf8.contains(0x2D) {
            let parts = t.split(separator: "-").map(String.init)
            if parts.count == 2, let q = TimeLexicon.ordinals[parts[0]], parts[1] == "quarter", dct != nil {
                return TimeMatch(start: i, end: i + 1, type: "DATE", value: ordinalQuarter(q, at: i))
            }
            // "three-quarters of its food" is a share, not nine months.
            if parts.count == 2, parts[1] == "quarters", word(i + 1) == "of" { return nil }
            if parts.count == 2, word(i + 1) != "-" && word(i + 1) != "old",
                let n = TimeContext.digits(parts[0]) ?? TimeContext.numberWord(parts[0]),
                let (unit, time) = TimeLexicon.units[parts[1]]
            {
                return TimeMatch(start: i, end: i + 1, type: "DURATION", value: TimeContext.duration(n, unit, time: time))
            }
            // "twenty-four-hour": number word with a hyphen inside.
            if parts.count == 3, let n = TimeContext.numberWord(parts[0] + "-" + parts[1]),
                let (unit, time) = TimeLexicon.units[parts[2]]
            {
                return TimeMatch(start: i, end: i + 1, type: "DURATION", value: TimeContext.duration(n, unit, time: time))
            }
            return nil
        }
        // "recent weeks" spans a stretch of weeks up to now; "recent years" is just the past.
        if t == "recent", let (unit, time) = TimeLexicon.units[word(i + 1)], !time, word(i + 1).hasSuffix("s") {
            if unit == "Y" || unit == "DE" || unit == "CE" { return TimeMatch(start: i, end: i + 2, type: "DATE", value: "PAST_REF") }
            return TimeMatch(start: i, end: i + 2, type: "DURATION", value: TimeContext.duration(nil, unit, time: time))
        }
        // "for years", "within weeks": a bare plural after a preposition of extent is a stretch
        // of unknown length.
        if t.hasSuffix("s"), let (unit, time) = TimeLexicon.units[t], unit != "WE", word(i + 1) != "-" {
            // also "for the first time in years"
            if ["for", "within", "over"].contains(word(i - 1)) || (word(i - 1) == "in" && word(i - 2) == "time") {
                return TimeMatch(start: i, end: i + 1, type: "DURATION", value: TimeContext.duration(nil, unit, time: time))
            }
        }
        guard let c = count(i) else { return nil }
        // "the 1988 quarter" names a year, not 1988 quarters.
        if c.length == 1, yearValue(i) != nil { return nil }
        if let m = halfQuantity(i, c) { return m }
        let u = word(i + c.length)
        guard let (unit, time) = TimeLexicon.units[u], unit != "WE" || c.value != nil else { return nil }
        if c.value == nil && !u.hasSuffix("s") { return nil }
        if (t == "a" || t == "an") && ["twice", "once", "times"].contains(word(i - 1)) { return nil }
        if c.value == nil && t == "some" { return nil }
        // "a second attack", "a second term": the ordinal, not one second.
        if u == "second", t == "a" || t == "an", TimeContext.isWord(word(i + 2)),
            !["ago", "earlier", "later", "before", "after", "or", "and", "of", "in", "to"].contains(word(i + 2))
        {
            return nil
        }
        let end = i + c.length + 1
        // "a quarter of the market", "three quarters of the votes": a share.
        if unit == "Q", c.value != nil, word(end) == "of", yearValue(end + 1) == nil { return nil }
        // "$33 million a year", "700 seats a week", "24 hours a day": a rate, once every unit.
        if t == "a" || t == "an", c.length == 1, !u.hasSuffix("s"), unit != "WE", isRateAmount(i - 1),
            !["ago", "earlier", "later", "before", "after", "-", "old", "or", "and", "of", "in"].contains(word(end))
        {
            return TimeMatch(start: i, end: end, type: "SET", value: TimeContext.duration(1, unit, time: time))
        }
        if unit == "Y", c.value == 1, ["ago", "earlier"].contains(word(end)), let q = quarterContext() {
            return TimeMatch(start: i, end: end + 1, type: "DATE", value: q)
        }
        // "a week or so ago" is as far back as "a week ago".
        let ago = word(end) == "ago" ? end : (word(end) == "or" && word(end + 1) == "so" && word(end + 2) == "ago" ? end + 2 : nil)
        if let ago {
            guard let n = c.value, dct != nil else { return TimeMatch(start: i, end: ago + 1, type: "DATE", value: "PAST_REF") }
            return TimeMatch(start: i, end: ago + 1, type: "DATE", value: shifted(unit == "H" ? "D" : unit, by: -n))
        }
        if word(end) == "-" || word(end) == "old" { return nil }
        // "three days later", "30 days before closing the purchase", "ten days before the
        // shooting": counted from an event of the story, not from publication; TIMEX3 gives the
        // stretch. Only "before" that ends its clause ("two years before.") is a date.
        let eventBound = word(end) == "later" || (word(end) == "before" && TimeContext.isWord(word(end + 1)))
        if (word(end) == "earlier" || word(end) == "before") && !eventBound, let n = c.value, dct != nil, unit != "H", unit != "M" || time == false {
            return TimeMatch(start: i, end: end + 1, type: "DATE", value: shifted(unit, by: -n))
        }
        return TimeMatch(start: i, end: end, type: "DURATION", value: TimeContext.duration(c.value, unit, time: time))
    }

    /// "2 1/2 years", "an hour and a half": a count and a half, the half in the next smaller
    /// unit (P2Y6M, PT1H30M); units whose half has no whole smaller unit are left alone.
    func halfQuantity(_ i: Int, _ c: (value: Int?, length: Int)) -> TimeMatch? {
        guard let n = c.value else { return nil }
        var k = i + c.length
        let fraction = word(k) == "1/2"
        if fraction { k += 1 }
        guard let (unit, time) = TimeLexicon.units[word(k)] else { return nil }
        var end = k + 1
        if !fraction {
            guard word(end) == "and", word(end + 1) == "a", word(end + 2) == "half" else { return nil }
            end += 3
        }
        let value: String
        switch (unit, time) {
        case ("Y", _): value = "P\(n)Y6M"
        case ("D", false): value = "P\(n)DT12H"
        case ("H", _): value = "PT\(n)H30M"
        case ("M", true): value = "PT\(n)M30S"
        default: return nil
        }
        return TimeMatch(start: i, end: end, type: "DURATION", value: value)
    }

    /// Whether a token is a word rather than punctuation or the end of the sentence.
    static func isWord(_ t: String) -> Bool {
        guard let f = t.utf8.first else { return false }
        return (f >= 0x61 && f <= 0x7A) || (f >= 0x30 && f <= 0x39) || f >= 0x80
    }

    /// Whether token `k` ends an amount that a rate counts: a number ("$1.76", "358,000"),
    /// a number word ("million", "dozen"), or a plural noun ("seats", "interviews").
    func isRateAmount(_ k: Int) -> Bool {
        let t = word(k)
        guard let f = t.utf8.first else { return false }
        if f >= 0x30 && f <= 0x39 { return true }
        if ["million", "billion", "thousand", "hundred", "dozen", "trillion"].contains(t) { return true }
        return !doc.analysis.isEmpty && doc.analysis[k].xpos == "NNS"
    }

    /// In a sentence about quarterly results, "a year ago" means the same quarter a year
    /// earlier: the value of the last complete quarter minus one year.
    func quarterContext() -> String? {
        let window = max(0, sentence.lowerBound - 80)..<sentence.upperBound
        guard let dct, window.contains(where: { w.lower[$0].hasSuffix("quarter") || w.lower[$0] == "quarterly" }) else { return nil }
        let q = dct.adding(months: -3)
        return "\(q.year - 1)-Q\(q.quarter)"
    }

    /// "year-earlier", "year-ago": the same period a year before.
    func yearAgo(_ i: Int) -> TimeMatch? {
        let t = word(i)
        guard t == "year-earlier" || t == "year-ago", let dct else { return nil }
        // "year-ago quarter", "year-earlier period": the noun belongs to the expression.
        let end = word(i + 1) == "quarter" || word(i + 1) == "period" ? i + 2 : i + 1
        return TimeMatch(start: i, end: end, type: "DATE", value: quarterContext() ?? String(dct.year - 1))
    }

    /// "1998", "2016", "the 1990s" (without "the": "1990s"), "mid-1990s".
    func yearNumber(_ i: Int) -> TimeMatch? {
        if let s = spelledYear(i, millennium: false) {
            return TimeMatch(start: i, end: i + s.length, type: "DATE", value: String(s.year))
        }
        var t = word(i)
        if t.hasPrefix("mid-") { t = String(t.dropFirst(4)) }
        if t.count == 5, t.hasSuffix("s"), let y = TimeContext.digits(String(t.dropLast())), y >= 1000, y % 10 == 0 {
            return TimeMatch(start: i, end: i + 1, type: "DATE", value: String(y / 10))
        }
        guard t.utf8.count == 4, let y = TimeContext.digits(t), y >= 1900, y < 2100 else { return nil }
        let prev = word(i - 1)
        let next = word(i + 1)
        if prev == "$" || prev == "no." || prev == "#" || next == "%" || next == "percent" || next == "million" || next == "billion" { return nil }
        if next.hasPrefix("-") || next == ":" { return nil }
        return TimeMatch(start: i, end: i + 1, type: "DATE", value: String(y))
    }

    /// "today", "yesterday morning", "tomorrow", "now", "recently", "tonight".
    func deictic(_ i: Int) -> TimeMatch? {
        let t = word(i)
        let offset: Int
        switch t {
        case "today": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        case "tonight":
            return TimeMatch(start: i, end: i + 1, type: "TIME", value: (dct?.iso ?? "XXXX-XX-XX") + "TNI")
        default:
            if let (type, value) = TimeLexicon.deictic[t] {
                if t == "current" && TimeLexicon.units[word(i + 1)] != nil { return nil }
                return TimeMatch(start: i, end: i + 1, type: type, value: value)
            }
            if t == "recent" && !TimeLexicon.units.keys.contains(word(i + 1)) { return nil }
            return nil
        }
        let day = dct?.adding(days: offset).iso ?? "XXXX-XX-XX"
        if let part = TimeLexicon.partsOfDay[word(i + 1)] {
            return TimeMatch(start: i, end: i + 2, type: "TIME", value: day + part)
        }
        return TimeMatch(start: i, end: i + 1, type: "DATE", value: day)
    }

    /// "every week", "each year", "daily", "annually".
    func setExpression(_ i: Int) -> TimeMatch? {
        let t = word(i)
        if t == "every" || t == "each" {
            if let (unit, time) = TimeLexicon.units[word(i + 1)] {
                return TimeMatch(start: i, end: i + 2, type: "SET", value: TimeContext.duration(1, unit, time: time))
            }
            // "each Thursday", "every July": that day of every week, that month of every year.
            if let d = TimeLexicon.weekdays[word(i + 1)] {
                let night = word(i + 2) == "night"
                return TimeMatch(start: i, end: night ? i + 3 : i + 2, type: "SET", value: "XXXX-WXX-\(d)" + (night ? "TNI" : ""))
            }
            if let m = TimeLexicon.months[word(i + 1)], w.isCapitalized(i + 1) {
                return TimeMatch(start: i, end: i + 2, type: "SET", value: "XXXX-\(CivilDate.pad(m, 2))")
            }
            if let c = count(i + 1), let n = c.value, let (unit, time) = TimeLexicon.units[word(i + 1 + c.length)] {
                return TimeMatch(start: i, end: i + 2 + c.length, type: "SET", value: TimeContext.duration(n, unit, time: time))
            }
            return nil
        }
        if let value = TimeLexicon.sets[t] { return TimeMatch(start: i, end: i + 1, type: "SET", value: value) }
        return nil
    }
}
