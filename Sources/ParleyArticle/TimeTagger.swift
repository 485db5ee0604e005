import ParleyModel
import ParleyText

/// Finds time expressions and normalizes them TIMEX3-style against the publication date.
///
/// Rules run over lowercased tokens, longest match first at each position. Relative
/// expressions ("on Thursday", "last week") resolve against `metadata.date`; weekdays take
/// their direction from the tense of the sentence (the parser's tags when present, else cue words).
public struct TimeTagger: Sendable {
    public init() {}

    /// Time expressions of the whole document, in text order.
    public func tag(_ doc: Document) -> [TimeExpression] { tag(doc, Words(doc)) }

    func tag(_ doc: Document, _ words: Words) -> [TimeExpression] {
        let dct = doc.metadata.date.flatMap { CivilDate(iso: $0) }
        var out: [TimeExpression] = []
        var anchor: TimeAnchor? = nil
        for sentence in doc.sentences {
            var ctx = TimeContext(doc: doc, w: words, dct: dct, sentence: sentence.tokens)
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                ctx.anchor = anchor
                if let m = ctx.match(i) {
                    let span = doc.span(tokens: m.start..<m.end)
                    out.append(TimeExpression(text: span.text, start: span.start, end: span.end, type: m.type, value: m.value))
                    if m.type == "DATE", let a = TimeAnchor(value: m.value) { anchor = a }
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        return out
    }
}

/// One recognized expression: token range and its TIMEX3 type and value.
struct TimeMatch {
    var start: Int
    var end: Int
    var type: String
    var value: String
}

/// The last calendar date the text named, to the precision it was named ("1995", "1995-05",
/// "1995-05-22"): what "that year" and "the following month" count from.
struct TimeAnchor {
    var year: Int
    var month: Int?
    var day: Int?

    /// Parses a DATE value of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    init?(value: String) {
        let u = Array(value.utf8)
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for k in r {
                guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
                n = n * 10 + Int(u[k] - 0x30)
            }
            return n
        }
        guard u.count == 4 || u.count == 7 || u.count == 10, let y = number(0..<4) else { return nil }
        year = y
        if u.count >= 7 {
            guard u[4] == 0x2D, let m = number(5..<7), (1...12).contains(m) else { return nil }
            month = m
        }
        if u.count == 10 {
            guard u[7] == 0x2D, let d = number(8..<10), d >= 1, d <= 31 else { return nil }
            day = d
        }
    }
}

/// Everything a rule needs while scanning one sentence.
struct TimeContext {
    let doc: Document
    let w: Words
    let dct: CivilDate?
    let sentence: Range<Int>
    /// The latest date named before the token being matched.
    var anchor: TimeAnchor? = nil

    func word(_ i: Int) -> String { sentence.contains(i) ? w.lower[i] : "" }

    /// The longest rule match starting at token `i`.
    func match(_ i: Int) -> TimeMatch? {
        guard var m = unapproximated(i) else { return nil }
        // "a week or so", "the next two years or so": the approximation is part of the expression.
        if word(m.end) == "or" && word(m.end + 1) == "so" { m.end += 2 }
        return m
    }

    /// The match at `i` before a trailing "or so" is taken in.
    func unapproximated(_ i: Int) -> TimeMatch? {
        let t = word(i)
        guard TimeContext.mayStart(t) else { return nil }
        if TimeLexicon.modifiers.contains(t) || t.hasPrefix("mid-") {
            if let m = modified(i) { return m }
        }
        if t == "earlier" || t == "later", let m = withinPeriod(i) { return m }
        return rules(i)
    }

    /// Whether a lowercased token can begin an expression or a modifier in front of one: it
    /// has a digit or a hyphen, or it is one of `TimeLexicon.starters`. The bytes are read
    /// first, so an ordinary word costs one scan and at most one hash, and no rule runs.
    static func mayStart(_ t: String) -> Bool {
        var length = 0
        for b in t.utf8 {
            if (b >= 0x30 && b <= 0x39) || b == 0x2D { return true }
            length += 1
        }
        return length <= TimeLexicon.longestStarter && TimeLexicon.starters.contains(t)
    }

    /// "earlier this month", "later this year", "earlier in the year": a part of the period
    /// that follows, which TIMEX3 values as the period itself. Before a day ("Earlier Friday",
    /// "later today") the adverb orders events within the day and stays outside.
    func withinPeriod(_ i: Int) -> TimeMatch? {
        let j = i + 1
        if word(j) == "in", word(j + 1) == "the", dct != nil {
            let unit: String
            switch word(j + 2) {
            case "year": unit = "Y"
            case "month": unit = "M"
            case "week": unit = "W"
            default: return nil
            }
            return TimeMatch(start: i, end: j + 3, type: "DATE", value: shifted(unit, by: 0))
        }
        guard word(j) == "this", TimeLexicon.units[word(j + 1)] != nil, var m = core(j), m.type == "DATE" else { return nil }
        m.start = i
        return m
    }

    /// "early next year", "mid-November", "nearly three years", "more than a decade".
    func modified(_ i: Int) -> TimeMatch? {
        let t = word(i)
        if t.hasPrefix("mid-"), let month = TimeLexicon.months[String(t.dropFirst(4))] {
            return TimeMatch(start: i, end: i + 1, type: "DATE", value: monthValue(month, year: nil, at: i))
        }
        // "mid-afternoon yesterday", "in mid morning": that part of the day named after it,
        // else of the publication day.
        if let part = TimeLexicon.partsOfDay[t == "mid" ? word(i + 1) : String(t.dropFirst(4))], t == "mid" || t.hasPrefix("mid-") {
            let (day, end) = dayAfter(t == "mid" ? i + 2 : i + 1)
            return TimeMatch(start: i, end: end, type: "TIME", value: day + part)
        }
        var j = i + 1
        if (t == "more" || t == "less") && word(j) == "than" { j += 1 }
        if t == "mid" && (word(j) == "-") { j += 1 }
        guard var m = core(j) else { return nil }
        if t == "fiscal" {
            guard m.type == "DATE", m.value.count == 4 else { return nil }
            m.start = i
            return m
        }
        let dateModifier = ["early", "late", "mid", "mid-"].contains(t)
        if dateModifier && m.type == "DURATION" { return nil }
        // "nearly four years ago": a counted date keeps its approximation.
        let approximateAgo = (t == "nearly" || t == "almost") && word(m.end - 1) == "ago"
        if !dateModifier && m.type != "DURATION" && !approximateAgo { return nil }
        // Before a bare stretch ("almost five months") "almost" is usually left out.
        if t == "almost" && !approximateAgo { return nil }
        m.start = i
        return m
    }

    /// The longest match of a time expression proper (no modifier in front) at token `i`.
    func core(_ i: Int) -> TimeMatch? {
        guard TimeContext.mayStart(word(i)) else { return nil }
        return rules(i)
    }

    /// `core` for a token already known to pass `mayStart`.
    func rules(_ i: Int) -> TimeMatch? {
        let t = word(i)
        if let m = isoDate(i) ?? clockTime(i) { return m }
        if t == "the", let m = definite(i) { return m }
        if let m = relative(i) { return m }
        if let m = weekday(i) { return m }
        if let m = monthDate(i) ?? dayMonth(i) ?? holidayDate(i) { return m }
        if ["in", "during", "since", "until", "by", "early", "late"].contains(word(i - 1)), let m = season(i) { return m }
        if let m = bareQuarter(i) ?? ordinalCentury(i) ?? dayBeside(i) ?? quantity(i) { return m }
        if let m = yearNumber(i) ?? yearAgo(i) ?? yearEnd(i) { return m }
        return deictic(i) ?? setExpression(i) ?? anaphoric(i)
    }

    // MARK: values

    func monthValue(_ month: Int, year: Int?, at i: Int) -> String {
        if let year { return CivilDate(year: year, month: month, day: 1).isoMonth }
        guard let dct else { return "XXXX-\(CivilDate.pad(month, 2))" }
        return CivilDate(year: resolveYear(month: month, at: i, dct: dct), month: month, day: 1).isoMonth
    }

    /// The year of a month named without one: the publication year, moved by the tense of
    /// the verb the date belongs to when the month lies on the other side of the publication
    /// date; without such a verb, the occurrence of the month nearest the publication date.
    /// `head` is the token that hangs off the verb when a name of several words ends there
    /// ("Election Day").
    func resolveYear(month: Int, at i: Int, head: Int? = nil, dct: CivilDate) -> Int {
        // A deadline ("extended to Nov. 16", "through Nov. 17") is no past event; a date
        // hanging off a noun or adjective ("payable Dec. 7") takes no tense from the verb.
        let deadline = ["to", "until", "till", "through", "by"].contains(word(i - 1))
        // The end of a reported period ("the year ended March 31") is behind.
        // So is the start of a stretch that runs to now ("since March", "since year-end").
        if word(i - 1) == "ended" || word(i - 1) == "since" { return month > dct.month ? dct.year - 1 : dct.year }
        let h = head ?? i
        var tense = deadline ? nil : governingTense(at: h, hops: 0, presentLooksAhead: false)
        // A deadline takes the tense of its clause when that looks ahead ("will double its
        // flights by August").
        if deadline, governingTense(at: h, presentLooksAhead: false) == .future { tense = .future }
        switch tense {
        case .past: return month > dct.month ? dct.year - 1 : dct.year
        case .future: return month < dct.month ? dct.year + 1 : dct.year
        case nil:
            // No verb to go by: the nearer of this year's month and last or next year's.
            // News tells of the past more than of the future: the next occurrence is taken
            // only when it is at most four months ahead.
            let back = (dct.month - month + 12) % 12
            if back == 0 { return dct.year }
            if 12 - back <= 4 { return month < dct.month ? dct.year + 1 : dct.year }
            return month > dct.month ? dct.year - 1 : dct.year
        }
    }

    func dateValue(_ d: CivilDate) -> String { d.iso }

    func shifted(_ unit: String, by n: Int) -> String {
        guard let dct else { return "XXXX" }
        switch unit {
        case "D": return dct.adding(days: n).iso
        case "W": return dct.adding(days: 7 * n).isoWeekString
        case "WE": return dct.adding(days: 7 * n).isoWeekString + "-WE"
        case "M": return dct.adding(months: n).isoMonth
        case "Q":
            let q = dct.adding(months: 3 * n)
            return "\(q.year)-Q\(q.quarter)"
        case "Y": return String(dct.year + n)
        case "DE": return String((dct.year + 10 * n) / 10)
        case "CE": return String((dct.year + 100 * n) / 100)
        default: return "XXXX"
        }
    }

    static func duration(_ n: Int?, _ unit: String, time: Bool) -> String {
        let q = n.map(String.init) ?? "X"
        switch unit {
        case "DE": return n.map { "P\($0 * 10)Y" } ?? "PXDE"
        case "CE": return n.map { "P\($0 * 100)Y" } ?? "PXCE"
        case "Q": return "P\(q)Q"
        default: return time ? "PT\(q)\(unit)" : "P\(q)\(unit)"
        }
    }

    // MARK: tense

    enum Tense { case past, future }

    /// Tense governing token `i`: that of the verb the expression attaches to in the parse,
    /// else the nearest tense cue before it in the sentence (the tagger's VBD/MD when
    /// present), else the nearest after it, else past (news default).
    func tense(at i: Int) -> Tense {
        if let t = governingTense(at: i) { return t }
        return cueTense(at: i)
    }

    /// The tense of the verb that token `i` depends on ("met on Friday", "will meet on
    /// Friday", "is meeting Friday", "the ruling issued Thursday"): its auxiliaries first, then
    /// its own tag. A possessive ("Tuesday's ruling") looks back; "as soon as" looks ahead;
    /// the present of a reporting verb ("says") decides nothing.
    func governingTense(at i: Int, hops maxHops: Int = 4, presentLooksAhead: Bool = true) -> Tense? {
        if word(i + 1) == "'s" || word(i + 1) == "’s" { return .past }
        if word(i - 1) == "as" && word(i - 2) == "soon" { return .future }
        guard !doc.analysis.isEmpty else { return nil }
        var v = doc.analysis[i].head
        var hops = 0
        while v >= 0, sentence.contains(v), hops < maxHops {
            if doc.analysis[v].upos == "VERB" { break }
            v = doc.analysis[v].head
            hops += 1
        }
        guard v >= 0, sentence.contains(v), doc.analysis[v].upos == "VERB" else { return nil }
        let verb = doc.analysis[v]
        if TimeLexicon.schedulingVerbs.contains(verb.lemma) {
            // "had been scheduled to expire at midnight Friday": a plan seen from after it.
            let pastPerfect = sentence.contains { k in
                doc.analysis[k].head == v && doc.analysis[k].lemma == "have" && doc.analysis[k].xpos == "VBD"
            }
            return pastPerfect ? .past : .future
        }
        var modal = false, perfect = false, progressive = false, passive = false
        var infinitive: Int? = nil
        for k in sentence where k != v && doc.analysis[k].head == v {
            let a = doc.analysis[k]
            switch a.deprel {
            case "aux", "aux:pass":
                if a.deprel == "aux:pass" { passive = true }
                if a.xpos == "MD" {
                    modal = true
                } else if a.lemma == "have" {
                    perfect = true
                } else if a.xpos == "VBD" {
                    return .past
                } else if a.lemma == "be" && verb.xpos == "VBG" {
                    progressive = true
                }
            case "mark" where w.lower[k] == "to":
                infinitive = k
            default:
                break
            }
        }
        if modal { return perfect ? .past : .future }
        if perfect { return .past }
        if progressive { return .future }
        if let to = infinitive {
            // "had been due to expire Friday", "had hoped to meet Tuesday" look back from a
            // past perfect just before the infinitive.
            let before = max(sentence.lowerBound, to - 4)..<to
            if before.contains(where: { doc.analysis[$0].lemma == "have" && doc.analysis[$0].xpos == "VBD" }) { return .past }
            // An infinitive of purpose under a past verb tells what was done ("staged
            // celebrations to mark the entry on Friday", "extended their offers to acquire the
            // company Friday"); one of intent ("agreed to meet Friday") looks ahead.
            if !passive, ["advcl", "acl", "xcomp"].contains(verb.deprel), let h = purposeHead(of: v),
                doc.analysis[h].xpos == "VBD", !TimeLexicon.intentVerbs.contains(doc.analysis[h].lemma)
            {
                return .past
            }
            return .future
        }
        switch verb.xpos {
        case "VBD": return .past
        case "VBN" where verb.deprel == "acl": return .past
        case "VBZ", "VBP": return presentLooksAhead && !TimeLexicon.reportingVerbs.contains(verb.lemma) ? .future : nil
        default: return nil
        }
    }

    /// The verb an infinitive of purpose serves: its head, or through the nouns it modifies
    /// ("staged a number of celebrations to mark ..."); nil when one of those nouns names an
    /// intent ("announced plans to meet Friday" looks ahead).
    func purposeHead(of v: Int) -> Int? {
        var h = doc.analysis[v].head
        var hops = 0
        while h >= 0, sentence.contains(h), hops < 3 {
            let a = doc.analysis[h]
            if a.upos == "VERB" { return h }
            guard a.upos == "NOUN", !TimeLexicon.intentNouns.contains(a.lemma) else { return nil }
            h = a.head
            hops += 1
        }
        return nil
    }

    func cueTense(at i: Int) -> Tense {
        func cue(_ k: Int) -> Tense? {
            if !doc.analysis.isEmpty {
                let a = doc.analysis[k]
                if a.xpos == "MD" && (a.lemma == "will" || a.lemma == "shall" || w.lower[k].hasSuffix("ll")) {
                    return .future
                }
                if a.xpos == "VBD" { return .past }
                // "prepared to meet in Vienna on Friday": an infinitive looks ahead.
                if a.xpos == "VB" && k > 0 && w.lower[k - 1] == "to" && abs(k - i) <= 3 { return .future }
            }
            let t = w.lower[k]
            if TimeLexicon.futureCues.contains(t) { return .future }
            if TimeLexicon.pastCues.contains(t) { return .past }
            return nil
        }
        var k = i - 1
        while k >= sentence.lowerBound {
            if let c = cue(k) { return c }
            k -= 1
        }
        k = i + 1
        while k < sentence.upperBound {
            if let c = cue(k) { return c }
            k += 1
        }
        return .past
    }
}
