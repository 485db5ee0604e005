/// Word lists for time expressions: months, weekdays, number words, units, parts of day.
enum TimeLexicon {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan.": 1, "jan": 1, "feb.": 2, "feb": 2, "mar.": 3, "apr.": 4, "apr": 4, "jun.": 6,
        "jul.": 7, "aug.": 8, "aug": 8, "sep.": 9, "sept.": 9, "sept": 9, "oct.": 10, "oct": 10,
        "nov.": 11, "nov": 11, "dec.": 12, "dec": 12,
    ]
    /// Month names that are also ordinary words; accepted only capitalized and next to a date word.
    static let ambiguousMonths: Set<String> = ["may", "march", "jan", "dec", "mar.", "sept", "oct", "nov", "aug"]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
        "sunday": 7,
    ]
    static let pluralWeekdays: [String: Int] = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6,
        "sundays": 7,
    ]

    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "half": 0,
    ]
    /// Vague quantities: the value gets `X` ("several years" → PXY).
    static let vague: Set<String> = ["few", "several", "many", "some", "recent", "couple"]

    /// Words between a count and its unit that leave the count as it is ("two more weeks").
    static let unitQualifiers: Set<String> = ["more", "additional", "extra", "further", "trading", "business", "working"]
    /// Decades in words ("the nineties").
    static let decades: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    static let halves: [String: Int] = ["first": 1, "second": 2, "last": 2, "latter": 2]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]

    /// Unit word → (TIMEX3 letter, is a time-of-day unit).
    static let units: [String: (String, Bool)] = [
        "second": ("S", true), "seconds": ("S", true), "minute": ("M", true),
        "minutes": ("M", true), "hour": ("H", true), "hours": ("H", true), "day": ("D", false),
        "days": ("D", false), "week": ("W", false), "weeks": ("W", false),
        "fortnight": ("W", false), "month": ("M", false), "months": ("M", false),
        "quarter": ("Q", false), "quarters": ("Q", false), "year": ("Y", false),
        "years": ("Y", false), "decade": ("DE", false), "decades": ("DE", false),
        "century": ("CE", false), "centuries": ("CE", false), "weekend": ("WE", false),
        "weekends": ("WE", false), "night": ("D", false), "nights": ("D", false),
    ]

    /// Middle and last month of each TIMEX season, for "in the summer" and "this past spring".
    static let seasonMiddleMonth: [String: Int] = ["SP": 4, "SU": 7, "FA": 10, "WI": 1]
    static let seasonLastMonth: [String: Int] = ["SP": 5, "SU": 8, "FA": 11, "WI": 2]

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]
    static let partsOfDay: [String: String] = [
        "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "overnight": "TNI",
    ]
    /// Words kept in front of a date as TIMEX3 modifiers ("early next year", "mid-November").
    static let modifiers: Set<String> = [
        "early", "late", "mid", "mid-", "nearly", "almost", "more", "less", "fiscal",
    ]
    static let sets: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "nightly": "P1D", "hourly": "PT1H",
    ]
    static let deictic: [String: (String, String)] = [
        "now": ("DATE", "PRESENT_REF"), "currently": ("DATE", "PRESENT_REF"),
        "current": ("DATE", "PRESENT_REF"), "nowadays": ("DATE", "PRESENT_REF"),
        "recently": ("DATE", "PAST_REF"), "lately": ("DATE", "PAST_REF"),
        "formerly": ("DATE", "PAST_REF"),
    ]

    /// The words a time expression or a modifier in front of one can begin with, apart from
    /// tokens with a digit or a hyphen. Every rule reads its first token through one of these
    /// tables or words, so a token outside them starts nothing and the tagger's rules are
    /// skipped after this one lookup (most tokens of a text are such words).
    static let starters: Set<String> = {
        var s: Set<String> = [
            "noon", "midday", "midnight", "the", "last", "past", "previous", "this", "current", "next",
            "coming", "following", "christmas", "thanksgiving", "easter", "halloween", "election", "new",
            "early", "late", "mid", "day", "recent", "couple", "a", "an", "year", "year's", "today",
            "yesterday", "tomorrow", "tonight", "every", "each", "later", "earlier", "that",
        ]
        for table in [months, weekdays, pluralWeekdays, numbers, ordinals] { s.formUnion(table.keys) }
        s.formUnion(units.keys)
        s.formUnion(seasons.keys)
        s.formUnion(deictic.keys)
        s.formUnion(sets.keys)
        s.formUnion(vague)
        s.formUnion(modifiers)
        return s
    }()
    /// The length in bytes of the longest of `starters`: a longer word is none of them.
    static let longestStarter = starters.map(\.utf8.count).max() ?? 0

    /// Words that point the sentence to the future ("will meet on Thursday").
    static let futureCues: Set<String> = [
        "will", "'ll", "’ll", "shall", "scheduled", "upcoming", "expected", "plans", "planned",
        "planning", "going", "due", "next",
    ]
    static let pastCues: Set<String> = [
        "said", "says", "told", "was", "were", "had", "did", "last", "ago", "announced",
        "reported", "added",
    ]
    /// Verbs whose object lies ahead whatever their tense ("has scheduled a news conference Thursday").
    static let schedulingVerbs: Set<String> = ["schedule", "plan", "reschedule", "postpone", "expect"]
    /// Verbs whose infinitive lies ahead of them even in the past tense ("agreed to meet
    /// Friday", "threatened to strike Monday"), unlike an infinitive of purpose.
    static let intentVerbs: Set<String> = [
        "agree", "aim", "arrange", "ask", "call", "choose", "decide", "elect", "expect", "go", "hope",
        "intend", "invite", "mean", "need", "offer", "order", "plan", "pledge", "prepare", "promise",
        "propose", "refuse", "schedule", "seek", "set", "tell", "threaten", "urge", "vote", "vow",
        "want", "warn", "wish",
    ]
    /// Nouns of intent whose infinitive lies ahead ("plans to meet Friday", "a bid to win").
    static let intentNouns: Set<String> = [
        "plan", "proposal", "offer", "bid", "agreement", "deal", "decision", "promise", "threat",
        "deadline", "attempt", "effort", "move", "call", "invitation", "order", "request", "vote",
        "right", "chance", "opportunity", "way", "time", "intention", "pledge", "commitment", "readiness",
    ]
    /// Verbs of saying: their present tense reports the past ("says Monday").
    static let reportingVerbs: Set<String> = [
        "say", "tell", "report", "announce", "add", "claim", "state", "confirm", "deny", "insist", "note", "write",
    ]
}
