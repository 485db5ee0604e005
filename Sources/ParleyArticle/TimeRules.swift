/// The recognition rules of `TimeContext`, one function per expression family.
extension TimeContext {
    /// The value of a token of up to nine digits, read from its bytes; `skippingCommas` reads
    /// "358,000" as 358000 without building the shorter string.
    static func digits(_ s: String, skippingCommas: Bool = false) -> Int? {
        var n = 0
        var count = 0
        for b in s.utf8 {
            if skippingCommas && b == 0x2C { continue }
            guard b >= 0x30 && b <= 0x39, count < 9 else { return nil }
            n = n * 10 + Int(b &- 0x30)
            count += 1
        }
        return count > 0 ? n : nil
    }

    /// A count at `i`: digits, number words ("twenty four", "twenty-four"), or a vague
    /// quantity ("a few", "several" → nil value). Returns the value and tokens used.
    func count(_ i: Int) -> (value: Int?, length: Int)? {
        guard var c = number(i) else { return nil }
        // "two more weeks", "an additional year", "eight trading days": the unit still counts.
        if TimeLexicon.unitQualifiers.contains(word(i + c.length)), TimeLexicon.units[word(i + c.length + 1)] != nil {
            c.length += 1
        }
        return c
    }

    /// The number at `i` alone, before any word between it and its unit.
    func number(_ i: Int) -> (value: Int?, length: Int)? {
        let t = word(i)
        if t == "couple" { return (2, word(i + 1) == "of" ? 2 : 1) }
        if let n = TimeContext.digits(t, skippingCommas: true), n < 10000 { return (n, 1) }
        if t == "a" || t == "an" {
            if word(i + 1) == "few" || word(i + 1) == "couple" {
                return (word(i + 1) == "couple" ? 2 : nil, word(i + 2) == "of" ? 3 : 2)
            }
            return (1, 1)
        }
        if TimeLexicon.vague.contains(t) { return (nil, 1) }
        if let n = TimeContext.numberWord(t) {
            if n >= 20, n % 10 == 0, let u = TimeLexicon.numbers[word(i + 1)], u < 10, u > 0 { return (n + u, 2) }
            return (n, 1)
        }
        return nil
    }

    /// "25", "25th", "1st" → day number.
    static func dayNumber(_ s: String) -> Int? {
        var t = s
        for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) {
            t = String(t.dropLast(2))
            break
        }
        return digits(t)
    }

    static func numberWord(_ t: String) -> Int? {
        if t == "a" || t == "an" || t == "half" { return nil }
        if let n = TimeLexicon.numbers[t] { return n }
        // Only "twenty-four" and the like are left, and they have a hyphen.
        guard t.utf8.contains(0x2D) else { return nil }
        let parts = t.split(separator: "-")
        if parts.count == 2, let a = TimeLexicon.numbers[String(parts[0])], let b = TimeLexicon.numbers[String(parts[1])], a >= 20, b < 10 {
            return a + b
        }
        return nil
    }

    func isoDate(_ i: Int) -> TimeMatch? {
        let t = word(i)
        guard t.utf8.count == 10, let d = CivilDate(iso: t), t.utf8.filter({ $0 == 0x2D }).count == 2 else { return nil }
        return TimeMatch(start: i, end: i + 1, type: "DATE", value: d.iso)
    }

    /// "10:35 a.m.", "3 p.m.", "noon", "midnight".
    func clockTime(_ i: Int) -> TimeMatch? {
        let t = word(i)
        if t == "noon" || t == "midday" || t == "midnight" {
            let (day, end) = dayAfter(i + 1)
            return TimeMatch(start: i, end: end, type: "TIME", value: day + (t == "midnight" ? "T24:00" : "T12:00"))
        }
        var hour: Int? = nil
        var minute = 0
        // Splitting allocates, so only a token with a colon is split.
        let parts = t.utf8.contains(0x3A) ? t.split(separator: ":") : []
        if parts.count == 2, let h = TimeContext.digits(String(parts[0])), let m = TimeContext.digits(String(parts[1])), h < 25, m < 60, parts[1].count == 2 {
            hour = h
            minute = m
        }
        let ampm = word(i + 1)
        let isAmPm = ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(ampm)
        if hour == nil, isAmPm, let h = TimeContext.digits(t) ?? TimeContext.numberWord(t), h >= 1, h <= 12 { hour = h }
        guard var h = hour else { return nil }
        if isAmPm && ampm.hasPrefix("p") && h < 12 { h += 12 }
        if isAmPm && ampm.hasPrefix("a") && h == 12 { h = 0 }
        var end = isAmPm ? i + 2 : i + 1
        if ["est", "edt", "gmt", "utc", "et", "pst", "pdt", "cet"].contains(word(end)) { end += 1 }
        let day: String
        (day, end) = dayAfter(end)
        let value = "\(day)T\(CivilDate.pad(h, 2)):\(CivilDate.pad(minute, 2))"
        return TimeMatch(start: i, end: end, type: "TIME", value: value)
    }

    /// The day a clock time names after it ("5 p.m. Tuesday", "noon Saturday", "5 p.m. EST,
    /// Nov. 6", "10 a.m. tomorrow"), else the publication date; with the end of what was read.
    func dayAfter(_ i: Int) -> (day: String, end: Int) {
        var j = word(i) == "," ? i + 1 : i
        // "10:35 a.m. (0735 GMT) Friday": the same time in another zone comes between, and the
        // day stays an expression of its own.
        var aside = false
        if word(j) == "(", let close = (j + 1..<min(j + 5, sentence.upperBound)).first(where: { word($0) == ")" }) {
            j = close + 1
            aside = true
        }
        if let d = weekday(j) ?? deictic(j) ?? monthDate(j), d.type == "DATE", d.value.count == 10 {
            return (d.value, aside ? i : d.end)
        }
        return (dct?.iso ?? "XXXX-XX-XX", i)
    }

    /// "day before yesterday", "the day after Christmas", "day before last Tuesday's hearing":
    /// the day next to a named day.
    func dayBeside(_ i: Int) -> TimeMatch? {
        guard word(i) == "day", word(i + 1) == "before" || word(i + 1) == "after",
            let m = match(i + 2), m.type == "DATE", let d = CivilDate(iso: m.value), m.value.count == 10
        else { return nil }
        return TimeMatch(start: i, end: m.end, type: "DATE", value: d.adding(days: word(i + 1) == "after" ? 1 : -1).iso)
    }

    /// Expressions starting with "the": "the past few days", "the third quarter", "the past".
    func definite(_ i: Int) -> TimeMatch? {
        let t1 = word(i + 1)
        if ["past", "last", "next", "coming", "previous", "latest", "first", "final"].contains(t1),
            let c = count(i + 2), let (unit, time) = TimeLexicon.units[word(i + 2 + c.length)]
        {
            if c.value != nil || word(i + 2 + c.length).hasSuffix("s") {
                return TimeMatch(start: i, end: i + 3 + c.length, type: "DURATION", value: TimeContext.duration(c.value, unit, time: time))
            }
        }
        if (t1 == "past" || t1 == "last") && (TimeLexicon.units[word(i + 2)] != nil) && word(i + 2).hasSuffix("s") {
            let (unit, time) = TimeLexicon.units[word(i + 2)]!
            return TimeMatch(start: i, end: i + 3, type: "DURATION", value: TimeContext.duration(nil, unit, time: time))
        }
        if t1 == "past" && !word(i + 2).isEmpty && TimeLexicon.units[word(i + 2)] == nil && count(i + 2) == nil {
            return TimeMatch(start: i, end: i + 2, type: "DATE", value: "PAST_REF")
        }
        if t1 == "future" { return TimeMatch(start: i, end: i + 2, type: "DATE", value: "FUTURE_REF") }
        // "for the foreseeable future" means indefinitely and names no time.
        if ["near", "distant", "immediate"].contains(t1), word(i + 2) == "future" {
            return TimeMatch(start: i, end: i + 3, type: "DATE", value: "FUTURE_REF")
        }
        // "the weeks ahead": a stretch from now of unknown length.
        if let (unit, time) = TimeLexicon.units[t1], t1.hasSuffix("s"), unit != "WE", word(i + 2) == "ahead" {
            return TimeMatch(start: i, end: i + 3, type: "DURATION", value: TimeContext.duration(nil, unit, time: time))
        }
        // "the next year or so", "the past month or so": the approximation keeps its article.
        if ["next", "last", "past"].contains(t1), word(i + 3) == "or", word(i + 4) == "so", var m = relative(i + 1), m.end == i + 3 {
            m.start = i
            m.end = i + 5
            return m
        }
        if var m = ordinalCentury(i + 1) ?? spelledDecade(i + 1) ?? season(i + 1) {
            m.start = i
            return m
        }
        if let m = theYear(i) ?? yearAgoPeriod(i) { return m }
        // "the summer of 1998", "the winter of nineteen ninety-four".
        if let season = TimeLexicon.seasons[t1], word(i + 2) == "of" {
            if let y = yearValue(i + 3) { return TimeMatch(start: i, end: i + 4, type: "DATE", value: "\(y)-\(season)") }
            if let s = spelledYear(i + 3, millennium: true) {
                return TimeMatch(start: i, end: i + 3 + s.length, type: "DATE", value: "\(s.year)-\(season)")
            }
        }
        // "the week of March 6": the week that date falls in.
        if t1 == "week", word(i + 2) == "of", let d = monthDate(i + 3), let day = CivilDate(iso: d.value), d.value.count == 10 {
            return TimeMatch(start: i, end: d.end, type: "DATE", value: day.isoWeekString)
        }
        if t1 == "weekend" { return TimeMatch(start: i, end: i + 2, type: "DATE", value: weekendValue(at: i, shift: 0)) }
        if ["end", "beginning", "middle", "start"].contains(t1), word(i + 2) == "of", var m = match(i + 3), m.type == "DATE" {
            m.start = i
            return m
        }
        if ["current", "early", "late", "nine", "six", "three", "two", "four", "five"].contains(t1) || t1.hasPrefix("mid-") || TimeContext.digits(t1) != nil,
            var m = match(i + 1), m.type == "DURATION" || m.value.count == 3 || t1 == "current"
        {
            m.start = i
            return m
        }
        var j = i + 1
        if word(j) == "fiscal" { j += 1 }
        // "the 1988 third quarter", "the 1988 quarter" (the same quarter as the last one).
        if let y = yearValue(j) {
            if let q = TimeLexicon.ordinals[word(j + 1)], word(j + 2) == "quarter" {
                return TimeMatch(start: i, end: j + 3, type: "DATE", value: "\(y)-Q\(q)")
            }
            if word(j + 1) == "quarter", let dct {
                return TimeMatch(start: i, end: j + 2, type: "DATE", value: "\(y)-Q\(dct.adding(months: -3).quarter)")
            }
        }
        if let q = TimeLexicon.ordinals[word(j)], word(j + 1) == "quarter" {
            if word(j + 2) == "of", let y = yearValue(j + 3) {
                return TimeMatch(start: i, end: j + 4, type: "DATE", value: "\(y)-Q\(q)")
            }
            if dct != nil { return TimeMatch(start: i, end: j + 2, type: "DATE", value: ordinalQuarter(q, at: i)) }
        }
        // "the first half of 1990", "the second half".
        if let h = TimeLexicon.halves[word(j)], word(j + 1) == "half" {
            if word(j + 2) == "of", let y = yearValue(j + 3) {
                return TimeMatch(start: i, end: j + 4, type: "DATE", value: "\(y)-H\(h)")
            }
            if let dct, word(j + 2) != "of" { return TimeMatch(start: i, end: j + 2, type: "DATE", value: "\(dct.year)-H\(h)") }
        }
        if (word(j) == "quarter" || (word(j) == "latest" && word(j + 1) == "quarter")) {
            return TimeMatch(start: i, end: word(j) == "quarter" ? j + 1 : j + 2, type: "DATE", value: shifted("Q", by: -1))
        }
        if t1.count == 5, t1.hasSuffix("0s"), let y = TimeContext.digits(String(t1.dropLast())), y >= 1000 {
            return TimeMatch(start: i, end: i + 2, type: "DATE", value: String(y / 10))
        }
        return nil
    }

    /// Periods counted from the last date the text named rather than from publication:
    /// "that year", "later that month", "that same day", "the following year", "the previous
    /// month", "the next day". Without a named date of that precision, nothing is matched.
    func anaphoric(_ i: Int) -> TimeMatch? {
        var j = i
        if word(j) == "later" || word(j) == "earlier" { j += 1 }
        let shift: Int
        switch (word(j), word(j + 1)) {
        case ("that", _): shift = 0
        case ("the", "same"): shift = 0
        case ("the", "following"), ("the", "next"): shift = 1
        case ("the", "previous"), ("the", "preceding"): shift = -1
        default: return nil
        }
        var u = word(j) == "that" ? j + 1 : j + 2
        if word(u) == "same" { u += 1 }
        // "over the next year" is twelve months ahead, not the year after a date; "the next
        // day" is the day after one.
        guard let a = anchor, word(j + 1) != "next" || word(u) == "day" else { return nil }
        switch word(u) {
        case "year":
            return TimeMatch(start: i, end: u + 1, type: "DATE", value: String(a.year + shift))
        case "month":
            guard let m = a.month else { return nil }
            return TimeMatch(start: i, end: u + 1, type: "DATE", value: CivilDate(year: a.year, month: m, day: 1).adding(months: shift).isoMonth)
        case "day":
            guard let m = a.month, let d = a.day, d <= CivilDate.daysIn(month: m, year: a.year) else { return nil }
            return TimeMatch(start: i, end: u + 1, type: "DATE", value: CivilDate(year: a.year, month: m, day: d).adding(days: shift).iso)
        default:
            return nil
        }
    }

    /// "the year" of company reports: a fiscal year's length before "ended"/"ending" ("for the
    /// year ended March 31" is P1Y), else the publication year ("for the full year", "a high for
    /// the year"); "the year 1990" and "the year two thousand" name theirs. "The year before" is
    /// anaphoric and left alone.
    func theYear(_ i: Int) -> TimeMatch? {
        var j = i + 1
        if word(j) == "full" || word(j) == "fiscal" { j += 1 }
        guard word(j) == "year", !w.isCapitalized(j) else { return nil }
        let next = word(j + 1)
        if let y = yearValue(j + 1) { return TimeMatch(start: i, end: j + 2, type: "DATE", value: String(y)) }
        if let s = spelledYear(j + 1, millennium: true) {
            return TimeMatch(start: i, end: j + 1 + s.length, type: "DATE", value: String(s.year))
        }
        if ["ended", "ending", "ends", "through"].contains(next) {
            return TimeMatch(start: i, end: j + 1, type: "DURATION", value: "P1Y")
        }
        if ["before", "after", "earlier", "later", "-", "when", "in"].contains(next) { return nil }
        guard let dct else { return nil }
        return TimeMatch(start: i, end: j + 1, type: "DATE", value: String(dct.year))
    }

    /// A year in words, as transcripts of broadcasts write it: "nineteen ninety-six",
    /// "nineteen seventy nine", "nineteen hundred"; with `millennium`, where only a year can
    /// follow ("the year two thousand", "January two thousand"), also "two thousand (and) one".
    func spelledYear(_ i: Int, millennium: Bool) -> (year: Int, length: Int)? {
        let t = word(i)
        if millennium && t == "two" && word(i + 1) == "thousand" {
            var k = i + 2
            if word(k) == "and" { k += 1 }
            if let n = TimeContext.numberWord(word(k)), n >= 1, n < 100, TimeLexicon.units[word(k + 1)] == nil { return (2000 + n, k + 1 - i) }
            return (2000, 2)
        }
        let century: Int
        switch t {
        case "nineteen": century = 1900
        case "eighteen": century = 1800
        default: return nil
        }
        let u = word(i + 1)
        if u == "hundred" { return (century, 2) }
        guard u != "dozen", let n = TimeContext.numberWord(u), n >= 10, n < 100 else { return nil }
        if n >= 20, n % 10 == 0, let d = TimeLexicon.numbers[word(i + 2)], d >= 1, d < 10 { return (century + n + d, 3) }
        return (century + n, 2)
    }

    /// "last week", "this weekend", "next month", "last Thursday", "this spring", "last night".
    func relative(_ i: Int) -> TimeMatch? {
        let t = word(i)
        let shift: Int
        switch t {
        case "last", "past", "previous": shift = -1
        case "this", "current": shift = 0
        case "next", "coming", "following": shift = 1
        default: return nil
        }
        let n = word(i + 1)
        // "this fiscal year", "last fiscal quarter": named like the calendar period.
        if n == "fiscal", t != "past", word(i + 2) == "year" || word(i + 2) == "quarter", dct != nil {
            return TimeMatch(start: i, end: i + 3, type: "DATE", value: shifted(word(i + 2) == "year" ? "Y" : "Q", by: shift))
        }
        // "this past spring", "this past Sunday": the latest one before publication.
        if t == "this", n == "past", let dct {
            if let s = TimeLexicon.seasons[word(i + 2)] {
                let lastMonth = TimeLexicon.seasonLastMonth[s] ?? 2
                return TimeMatch(start: i, end: i + 3, type: "DATE", value: "\(dct.month > lastMonth ? dct.year : dct.year - 1)-\(s)")
            }
            if let d = TimeLexicon.weekdays[word(i + 2)] {
                return TimeMatch(start: i, end: i + 3, type: "DATE", value: weekdayValue(d, direction: .past, strict: true))
            }
        }
        // "in coming weeks": a stretch ahead of unknown length.
        if t == "coming", let (unit, time) = TimeLexicon.units[n], n.hasSuffix("s"), unit != "WE" {
            return TimeMatch(start: i, end: i + 2, type: "DURATION", value: TimeContext.duration(nil, unit, time: time))
        }
        if let (unit, time) = TimeLexicon.units[n], !time {
            if n == "night" {
                guard shift <= 0, let dct else { return nil }
                return TimeMatch(start: i, end: i + 2, type: "TIME", value: dct.adding(days: shift == -1 ? -1 : 0).iso + "TNI")
            }
            if n.hasSuffix("s") || unit == "D" { return nil }
            if unit == "Y", word(i + 2) == "'s" || word(i + 2) == "’s", let q = TimeLexicon.ordinals[word(i + 3)], word(i + 4) == "quarter" {
                return TimeMatch(start: i, end: i + 5, type: "DATE", value: "\(shifted("Y", by: shift))-Q\(q)")
            }
            // "last year's quarter", "last year's period": the reported period, a year back.
            if unit == "Y", shift == -1, word(i + 2) == "'s" || word(i + 2) == "’s", word(i + 3) == "quarter" || word(i + 3) == "period",
                let q = quarterContext()
            {
                return TimeMatch(start: i, end: i + 4, type: "DATE", value: q)
            }
            if t == "past" { return TimeMatch(start: i, end: i + 2, type: "DURATION", value: TimeContext.duration(1, unit, time: false)) }
            if unit == "WE" { return TimeMatch(start: i, end: i + 2, type: "DATE", value: weekendValue(at: i, shift: shift)) }
            return TimeMatch(start: i, end: i + 2, type: "DATE", value: shifted(unit, by: shift))
        }
        if let c = count(i + 1), c.value != nil || TimeLexicon.vague.contains(n), shift != 0,
            let (unit, time) = TimeLexicon.units[word(i + 1 + c.length)], word(i + 1 + c.length).hasSuffix("s")
        {
            return TimeMatch(start: i, end: i + 2 + c.length, type: "DURATION", value: TimeContext.duration(c.value, unit, time: time))
        }
        if let m = relativeHoliday(i, shift: shift) { return m }
        if let d = TimeLexicon.weekdays[n] {
            let direction: TimeContext.Tense = shift < 0 ? .past : (shift > 0 ? .future : tense(at: i))
            return TimeMatch(start: i, end: i + 2, type: "DATE", value: weekdayValue(d, direction: direction, strict: shift != 0))
        }
        // "this march" in lower case is a march, not March.
        if let m = TimeLexicon.months[n], !n.hasSuffix("."), w.isCapitalized(i + 1) || !TimeLexicon.ambiguousMonths.contains(n), let dct {
            var y = dct.year
            if shift < 0 && m >= dct.month { y -= 1 }
            if shift > 0 && m <= dct.month { y += 1 }
            return TimeMatch(start: i, end: i + 2, type: "DATE", value: CivilDate(year: y, month: m, day: 1).isoMonth)
        }
        if let s = TimeLexicon.seasons[n] {
            let y = (dct?.year ?? 0) + shift
            return TimeMatch(start: i, end: i + 2, type: "DATE", value: dct == nil ? "XXXX-\(s)" : "\(y)-\(s)")
        }
        if let part = TimeLexicon.partsOfDay[n], shift == 0, let dct {
            return TimeMatch(start: i, end: i + 2, type: "TIME", value: dct.iso + part)
        }
        return nil
    }

    /// "the fourth quarter" without a year: this year's, or last year's when the sentence looks
    /// back to a quarter this year has not reached (reported in January: 1997-Q4).
    func ordinalQuarter(_ q: Int, at i: Int) -> String {
        guard let dct else { return "XXXX-Q\(q)" }
        let year = q > dct.quarter && tense(at: i) == .past ? dct.year - 1 : dct.year
        return "\(year)-Q\(q)"
    }

    /// A weekend: "this weekend" ahead in future sentences, the last one in past ones.
    func weekendValue(at i: Int, shift: Int) -> String {
        guard let dct else { return "XXXX-WXX-WE" }
        var weeks = shift
        if shift == 0 && tense(at: i) == .past && dct.weekday < 6 { weeks = -1 }
        return dct.adding(days: 7 * weeks).isoWeekString + "-WE"
    }

    func weekdayValue(_ d: Int, direction: Tense, strict: Bool) -> String {
        guard let dct else { return "XXXX-WXX-\(d)" }
        switch direction {
        case .past:
            var delta = (dct.weekday - d + 7) % 7
            if strict && delta == 0 { delta = 7 }
            return dct.adding(days: -delta).iso
        case .future:
            var delta = (d - dct.weekday + 7) % 7
            if strict && delta == 0 { delta = 7 }
            return dct.adding(days: delta).iso
        }
    }

    /// "Thursday", "Friday morning", "Mondays" (a set).
    func weekday(_ i: Int) -> TimeMatch? {
        let t = word(i)
        if let d = TimeLexicon.pluralWeekdays[t] { return TimeMatch(start: i, end: i + 1, type: "SET", value: "XXXX-WXX-\(d)") }
        guard let d = TimeLexicon.weekdays[t] else { return nil }
        // "Friday, Oct. 23": the date says which Friday.
        let j = word(i + 1) == "," ? i + 2 : i + 1
        if var m = monthDate(j), m.value.count == 10 {
            m.start = i
            return m
        }
        // "Tuesday nights": every Tuesday night.
        if word(i + 1) == "nights" { return TimeMatch(start: i, end: i + 2, type: "SET", value: "XXXX-WXX-\(d)TNI") }
        let value = weekdayValue(d, direction: tense(at: i), strict: false)
        if word(i + 1) == "night" { return TimeMatch(start: i, end: i + 2, type: "DATE", value: value) }
        if let part = TimeLexicon.partsOfDay[word(i + 1)] {
            return TimeMatch(start: i, end: i + 2, type: "TIME", value: value + part)
        }
        return TimeMatch(start: i, end: i + 1, type: "DATE", value: value)
    }

    /// "Feb. 25", "Feb. 25, 2016", "February 2016", "February".
    func monthDate(_ i: Int) -> TimeMatch? {
        let t = word(i)
        guard let m = TimeLexicon.months[t] else { return nil }
        let capital = w.isCapitalized(i)
        if !capital { return nil }
        var day: Int? = nil
        var end = i + 1
        // "Oct. 26:" heading a quotation is a date; "Oct. 26 : 30" is no day.
        if let d = TimeContext.dayNumber(word(i + 1)), d >= 1, d <= 31, word(i + 2) != ":" || TimeContext.digits(word(i + 3)) == nil {
            day = d
            end = i + 2
        }
        var year: Int? = nil
        let yi = word(end) == "," ? end + 1 : end
        if let y = TimeContext.digits(word(yi)), y >= 1000, y < 2200, word(yi).count == 4 {
            year = y
            end = yi + 1
        } else if let s = spelledYear(yi, millennium: false) {
            year = s.year
            end = yi + s.length
        } else if let dct {
            // "June last year", "in April next year", "February of this year": the month of
            // that year, one expression.
            let k = word(end) == "of" ? end + 1 : end
            if word(k + 1) == "year" {
                switch word(k) {
                case "last": year = dct.year - 1
                case "this": year = dct.year
                case "next": year = dct.year + 1
                default: break
                }
                if year != nil { end = k + 2 }
            }
        }
        if TimeLexicon.ambiguousMonths.contains(t) && day == nil && year == nil {
            let prev = word(i - 1)
            guard ["in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of", "during", "before", "after"].contains(prev) else { return nil }
        }
        if let day {
            guard let dct = dct ?? year.map({ CivilDate(year: $0, month: 1, day: 1) }) else {
                return TimeMatch(start: i, end: end, type: "DATE", value: "XXXX-\(CivilDate.pad(m, 2))-\(CivilDate.pad(day, 2))")
            }
            let y = year ?? resolveYear(month: m, at: i, dct: dct)
            return TimeMatch(start: i, end: end, type: "DATE", value: CivilDate(year: y, month: m, day: day).iso)
        }
        return TimeMatch(start: i, end: end, type: "DATE", value: monthValue(m, year: year, at: i))
    }

    /// "25 February 2016", "25 February".
    func dayMonth(_ i: Int) -> TimeMatch? {
        guard let d = TimeContext.digits(word(i)), d >= 1, d <= 31, let m = TimeLexicon.months[word(i + 1)], w.isCapitalized(i + 1) else { return nil }
        var end = i + 2
        var year = dct?.year
        if let y = TimeContext.digits(word(end)), word(end).count == 4 {
            year = y
            end += 1
        }
        guard let year else { return nil }
        return TimeMatch(start: i, end: end, type: "DATE", value: CivilDate(year: year, month: m, day: d).iso)
    }

    /// A four-digit year at `i` ("1988").
    func yearValue(_ i: Int) -> Int? {
        let t = word(i)
        guard t.utf8.count == 4, let y = TimeContext.digits(t), y >= 1800, y < 2200 else { return nil }
        return y
    }
}
