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
        Case(sentence: "He resigned earlier this month.", text: "this month", type: "DATE", value: "2016-02"),
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
        // Months without a year: the verb's tense, else the nearer occurrence, leaning to the past.
        Case(sentence: "In October, the army advanced on the city.", text: "October", type: "DATE", value: "2015-10"),
        Case(sentence: "The offer was extended to March 16.", text: "March 16", type: "DATE", value: "2016-03-16"),
        Case(sentence: "A new round of talks is planned for April.", text: "April", type: "DATE", value: "2016-04"),
    ]

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
