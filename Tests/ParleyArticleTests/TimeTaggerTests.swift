import ParleyArticle
import ParleyModel
import ParleyText
import Testing

/// Exact TIMEX3 values for an article dated Wednesday 2016-02-10.
@Suite struct TimeTaggerTests {
    struct Case: CustomStringConvertible, Sendable {
        let sentence: String
        let text: String
        let type: String
        let value: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(sentence: "The ministers will meet in Munich on Thursday.", text: "Thursday", type: "DATE", value: "2016-02-11"),
        Case(sentence: "Kerry said Monday that talks would resume.", text: "Monday", type: "DATE", value: "2016-02-08"),
        Case(sentence: "The leaders will meet again on Monday.", text: "Monday", type: "DATE", value: "2016-02-15"),
        Case(sentence: "The talks are scheduled for Feb. 25.", text: "Feb. 25", type: "DATE", value: "2016-02-25"),
        Case(sentence: "Kerry on Jan. 31 urged all sides to join.", text: "Jan. 31", type: "DATE", value: "2016-01-31"),
        Case(sentence: "Germany took in a million refugees last year.", text: "last year", type: "DATE", value: "2015"),
        Case(sentence: "The talks broke down last week in Geneva.", text: "last week", type: "DATE", value: "2016-W05"),
        Case(sentence: "They will stay for this weekend's conference.", text: "this weekend", type: "DATE", value: "2016-W06-WE"),
        Case(sentence: "Syria's five-year civil war entered a new phase.", text: "five-year", type: "DURATION", value: "P5Y"),
        Case(sentence: "Six months into the campaign, the army advanced.", text: "Six months", type: "DURATION", value: "P6M"),
        Case(sentence: "Fighting intensified in the past few days.", text: "the past few days", type: "DURATION", value: "PXD"),
        Case(sentence: "The minister arrived yesterday.", text: "yesterday", type: "DATE", value: "2016-02-09"),
        Case(sentence: "The vote was held on March 3, 2015.", text: "March 3, 2015", type: "DATE", value: "2015-03-03"),
        Case(sentence: "The war began in 2011.", text: "2011", type: "DATE", value: "2011"),
        Case(sentence: "He spoke at 10:35 a.m. on the steps.", text: "10:35 a.m.", type: "TIME", value: "2016-02-10T10:35"),
        Case(sentence: "Prices rose three years ago.", text: "three years ago", type: "DATE", value: "2013"),
        Case(sentence: "The index is published every week.", text: "every week", type: "SET", value: "P1W"),
        // a quarter this year has not reached, looked back on, is last year's
        Case(sentence: "Sales fell in the third quarter.", text: "the third quarter", type: "DATE", value: "2015-Q3"),
        Case(sentence: "Sales will rise in the third quarter.", text: "the third quarter", type: "DATE", value: "2016-Q3"),
        Case(sentence: "The company expects a first-quarter loss.", text: "first-quarter", type: "DATE", value: "2016-Q1"),
        Case(sentence: "Profit fell in the past two quarters.", text: "the past two quarters", type: "DURATION", value: "P2Q"),
        Case(sentence: "The economy grew in the 1990s.", text: "the 1990s", type: "DATE", value: "199"),
        Case(sentence: "Exports are falling now.", text: "now", type: "DATE", value: "PRESENT_REF"),
        Case(sentence: "Talks will resume next month.", text: "next month", type: "DATE", value: "2016-03"),
        Case(sentence: "He resigned earlier this month.", text: "earlier this month", type: "DATE", value: "2016-02"),
        Case(sentence: "The truce collapsed in late November.", text: "late November", type: "DATE", value: "2015-11"),
        // A weekday with its date, a clock time with its day.
        Case(sentence: "The court ruled on Friday, Feb. 5, that the law stands.", text: "Friday, Feb. 5", type: "DATE", value: "2016-02-05"),
        Case(sentence: "The ultimatum expires at noon Saturday.", text: "noon Saturday", type: "TIME", value: "2016-02-13T12:00"),
        Case(sentence: "Bids are due by 5 p.m. EST, Feb. 16.", text: "5 p.m. EST, Feb. 16", type: "TIME", value: "2016-02-16T17:00"),
        // Quarters and halves of named years.
        Case(sentence: "Profit rose in the 2014 third quarter.", text: "the 2014 third quarter", type: "DATE", value: "2014-Q3"),
        Case(sentence: "Sales fell in the third quarter of 2014.", text: "the third quarter of 2014", type: "DATE", value: "2014-Q3"),
        Case(sentence: "Output rose in the first half of 2015.", text: "the first half of 2015", type: "DATE", value: "2015-H1"),
        Case(sentence: "Orders will rise in next year's first quarter.", text: "next year's first quarter", type: "DATE", value: "2017-Q1"),
        // Vague stretches.
        Case(sentence: "Fighting has intensified in recent weeks.", text: "recent weeks", type: "DURATION", value: "PXW"),
        Case(sentence: "Several years ago, the plant closed.", text: "Several years ago", type: "DATE", value: "PAST_REF"),
        // The tense of the verb the weekday belongs to.
        Case(sentence: "The opposition rejected Tuesday's proposal.", text: "Tuesday", type: "DATE", value: "2016-02-09"),
        Case(sentence: "Troops could leave as soon as Friday, officials said.", text: "Friday", type: "DATE", value: "2016-02-12"),
        Case(sentence: "The two leaders meet separately Monday with Kerry.", text: "Monday", type: "DATE", value: "2016-02-15"),
        Case(sentence: "Officials said the convoy, which had been due to arrive Tuesday, was turned back.", text: "Tuesday", type: "DATE", value: "2016-02-09"),
        Case(sentence: "The ruling issued Monday was appealed.", text: "Monday", type: "DATE", value: "2016-02-08"),
        Case(sentence: "Hungary staged celebrations to mark its entry into NATO on Friday.", text: "Friday", type: "DATE", value: "2016-02-05"),
        Case(sentence: "The offer had been scheduled to expire at midnight Friday.", text: "midnight Friday", type: "TIME", value: "2016-02-05T24:00"),
        // Months without a year: the verb's tense, else the nearer occurrence, leaning to the past.
        Case(sentence: "In October, the army advanced on the city.", text: "October", type: "DATE", value: "2015-10"),
        Case(sentence: "The offer was extended to March 16.", text: "March 16", type: "DATE", value: "2016-03-16"),
        Case(sentence: "A new round of talks is planned for April.", text: "April", type: "DATE", value: "2016-04"),
        // "the year" of company reports: a fiscal year's length, else the publication year.
        Case(sentence: "Revenue was $76 million for the year ended March 31.", text: "the year", type: "DURATION", value: "P1Y"),
        Case(sentence: "Sales for the full year rose 13%.", text: "the full year", type: "DATE", value: "2016"),
        Case(sentence: "He promised full employment by the year two thousand.", text: "the year two thousand", type: "DATE", value: "2000"),
        Case(sentence: "The company expects sales in the current fiscal year to rise.", text: "the current fiscal year", type: "DATE", value: "2016"),
        // Years in words, as broadcast transcripts write them.
        Case(sentence: "Unemployment peaked in nineteen ninety-six.", text: "nineteen ninety-six", type: "DATE", value: "1996"),
        Case(sentence: "Prices fell in January nineteen ninety-seven.", text: "January nineteen ninety-seven", type: "DATE", value: "1997-01"),
        Case(sentence: "Oil fell to that level in the winter of nineteen ninety-four.", text: "the winter of nineteen ninety-four", type: "DATE", value: "1994-WI"),
        // A date heading a quotation; a month with its year named relatively.
        Case(sentence: "The New York Times said in an editorial on Monday, Feb. 8:", text: "Monday, Feb. 8", type: "DATE", value: "2016-02-08"),
        Case(sentence: "The coup came in July last year.", text: "July last year", type: "DATE", value: "2015-07"),
        Case(sentence: "The three countries will join in April next year.", text: "April next year", type: "DATE", value: "2017-04"),
        // Nights, and recurring days and months.
        Case(sentence: "Two new flights will leave on Tuesday nights.", text: "Tuesday nights", type: "SET", value: "XXXX-WXX-2TNI"),
        Case(sentence: "A third flight will depart each Thursday.", text: "each Thursday", type: "SET", value: "XXXX-WXX-4"),
        Case(sentence: "The festival is held every July.", text: "every July", type: "SET", value: "XXXX-07"),
        // "this past": the latest one before publication.
        Case(sentence: "Sales slowed this past summer.", text: "this past summer", type: "DATE", value: "2015-SU"),
        Case(sentence: "The rebels attacked this past Sunday.", text: "this past Sunday", type: "DATE", value: "2016-02-07"),
        Case(sentence: "Dissidents have been jailed for years.", text: "years", type: "DURATION", value: "PXY"),
        Case(sentence: "The general chose the date a week or so ago.", text: "a week or so ago", type: "DATE", value: "2016-W05"),
        // A rate: once every unit.
        Case(sentence: "The company will earn about $33 million a year from the deal.", text: "a year", type: "SET", value: "P1Y"),
        // A deadline in a clause that looks ahead is ahead; a reported period's end is behind.
        Case(sentence: "Qantas will almost double its flights by August.", text: "August", type: "DATE", value: "2016-08"),
        Case(sentence: "Revenue was $76 million for the year ended March 31.", text: "March 31", type: "DATE", value: "2015-03-31"),
        Case(sentence: "The case may be resolved at a hearing the week of March 6.", text: "the week of March 6", type: "DATE", value: "2016-W09"),
        // Counted from the last date the text named.
        Case(sentence: "He became a general on May 22, 1995, and the following year he was appointed minister.", text: "the following year", type: "DATE", value: "1996"),
        Case(sentence: "He fled to Florida in June 1998 and returned to Cuba later that year.", text: "later that year", type: "DATE", value: "1998"),
        Case(sentence: "Slepian was killed on Oct. 23, 1998, and earlier that day the gunman was seen nearby.", text: "earlier that day", type: "DATE", value: "1998-10-23"),
        Case(sentence: "The talks broke off on March 3, 2015, and resumed the next day.", text: "the next day", type: "DATE", value: "2015-03-04"),
        // "earlier"/"later" narrowing a period belong to it.
        Case(sentence: "Prices rose sharply earlier this year.", text: "earlier this year", type: "DATE", value: "2016"),
        Case(sentence: "The plant had closed earlier in the month.", text: "earlier in the month", type: "DATE", value: "2016-02"),
        // The year-ago period with its noun; a quarter named without "the".
        Case(sentence: "Profit was lower than in the year-ago quarter.", text: "the year-ago quarter", type: "DATE", value: "2014-Q4"),
        Case(sentence: "The company reported a loss for its fourth quarter.", text: "fourth quarter", type: "DATE", value: "2015-Q4"),
        // Holidays.
        Case(sentence: "The fishing boat sank on Thanksgiving Day.", text: "Thanksgiving Day", type: "DATE", value: "2015-11-26"),
        Case(sentence: "The family gathered in Lyon last Christmas.", text: "last Christmas", type: "DATE", value: "2015-12-25"),
        Case(sentence: "Americans will vote on Election Day.", text: "Election Day", type: "DATE", value: "2016-11-08"),
        // Counted from an event of the story: a stretch, not a date from publication.
        Case(sentence: "The troops withdrew, and three days later the rebels returned.", text: "three days", type: "DURATION", value: "P3D"),
        Case(sentence: "Banks must wait 30 days before closing the deal.", text: "30 days", type: "DURATION", value: "P30D"),
        Case(sentence: "Analysts expect more layoffs in coming months.", text: "coming months", type: "DURATION", value: "PXM"),
        // A clock time's day after a time in another zone; part of a named day.
        Case(sentence: "The bomb went off at 9:15 a.m. (0615 GMT) Monday.", text: "9:15 a.m.", type: "TIME", value: "2016-02-08T09:15"),
        Case(sentence: "Shares had recovered by mid-afternoon yesterday.", text: "mid-afternoon yesterday", type: "TIME", value: "2016-02-09TAF"),
        // Counts with a word before the unit, and a half.
        Case(sentence: "The strike lasted two more weeks.", text: "two more weeks", type: "DURATION", value: "P2W"),
        Case(sentence: "Shares fell for eight trading days.", text: "eight trading days", type: "DURATION", value: "P8D"),
        Case(sentence: "The mission ran for 2 1/2 years.", text: "2 1/2 years", type: "DURATION", value: "P2Y6M"),
        Case(sentence: "The flight was delayed an hour and a half.", text: "an hour and a half", type: "DURATION", value: "PT1H30M"),
        Case(sentence: "Rates will stay low over the next couple of years.", text: "the next couple of years", type: "DURATION", value: "P2Y"),
        // Approximate and vague stretches ahead.
        Case(sentence: "Troops will stay for the next year or so.", text: "the next year or so", type: "DATE", value: "2017"),
        Case(sentence: "Prices will rise in the near future.", text: "the near future", type: "DATE", value: "FUTURE_REF"),
        Case(sentence: "Talks may resume in the weeks ahead.", text: "the weeks ahead", type: "DURATION", value: "PXW"),
        // Centuries and decades in words, seasons named alone.
        Case(sentence: "The bridge was built in the 19th century.", text: "the 19th century", type: "DATE", value: "18"),
        Case(sentence: "Rock music changed in the sixties.", text: "the sixties", type: "DATE", value: "196"),
        Case(sentence: "The drought hit farmers in the summer.", text: "the summer", type: "DATE", value: "2015-SU"),
        Case(sentence: "Tourists visit an 11th century church.", text: "11th century", type: "DATE", value: "10"),
        // The end of the year: the last day, or the year; "since" looks back.
        Case(sentence: "The merger is expected to close at year-end.", text: "year-end", type: "DATE", value: "2016-12-31"),
        Case(sentence: "Prices have risen 5% since year-end.", text: "year-end", type: "DATE", value: "2015-12-31"),
        Case(sentence: "Results will improve by year's end.", text: "year's end", type: "DATE", value: "2016"),
        // An approximate counted date; the day next to a named day.
        Case(sentence: "The war ended almost three years ago.", text: "almost three years ago", type: "DATE", value: "2013"),
        Case(sentence: "He flew home the day after Christmas.", text: "day after Christmas", type: "DATE", value: "2015-12-26"),
        Case(sentence: "The envoy arrived the day before yesterday.", text: "day before yesterday", type: "DATE", value: "2016-02-08"),
        // The reported period a year back.
        Case(sentence: "Profit rose from the same period last year.", text: "the same period last year", type: "DATE", value: "2015"),
        Case(sentence: "Sales doubled from the quarter a year earlier.", text: "the quarter a year earlier", type: "DATE", value: "2014-Q4"),
        Case(sentence: "Quarterly sales beat last year's quarter.", text: "last year's quarter", type: "DATE", value: "2014-Q4"),
    ]

    /// Words that look like time units or months but are something else.
    @Test(arguments: [
        "The country imports about three-quarters of its fuel.", "Funds hold more than a quarter of the bonds.",
        "He faces a second trial.", "Thousands joined this march on the capital.",
    ])
    func noTime(_ sentence: String) throws {
        let doc = try Shared.runParsed(sentence)
        #expect(doc.times.isEmpty, "\(doc.times.map(\.text))")
    }

    @Test(arguments: cases)
    func value(_ c: Case) throws {
        let doc = try Shared.runParsed(c.sentence)
        let t = try #require(doc.times.first { $0.text == c.text }, "no time expression \(c.text) in \(doc.times.map(\.text))")
        #expect(t.value == c.value)
        #expect(t.type == c.type)
    }

    @Test func noDateLeavesWeekdaysUnresolved() throws {
        let doc = try Shared.run("The ministers will meet on Thursday.", date: nil)
        #expect(doc.times.first?.value == "XXXX-WXX-4")
    }

    @Test func civilDateArithmetic() {
        let d = CivilDate(year: 2016, month: 2, day: 10)
        #expect(d.weekday == 3)
        #expect(d.isoWeekString == "2016-W06")
        #expect(d.adding(days: 20).iso == "2016-03-01")
        #expect(CivilDate(year: 2016, month: 1, day: 31).adding(months: 1).iso == "2016-02-29")
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
    }
}
