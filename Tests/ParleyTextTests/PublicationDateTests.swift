import ParleyText
import Testing

struct PublicationDateTests {
    @Test(arguments: [
        ("bloomberg-2016-02-10-syria-diplomacy.txt", "2016-02-10"),
        ("/data/news/2016/02/20160210-reuters.html", "2016-02-10"),
        ("story_2019_11_03.txt", "2019-11-03"),
        ("a/b/2016.02.29.txt", "2016-02-29"),
    ])
    func dateInTheFileName(_ name: String, _ expected: String) {
        #expect(PublicationDate.fromName(name) == expected)
    }

    @Test(arguments: [
        "report-2015-02-29.txt",  // no such day
        "id-1234567890123.txt",  // a long number, not a date
        "2016-13-01.txt",  // no such month
        "2016-02_10.txt",  // mixed separators
        "article.txt",
    ])
    func noDateInTheFileName(_ name: String) {
        #expect(PublicationDate.fromName(name) == nil)
    }

    @Test func dateLineAtTheTop() {
        let text = "Talks resume in Geneva\n\nBy Jane Doe | Feb. 10, 2016 5:07 AM EST\n\nDiplomats met on Thursday."
        #expect(PublicationDate.fromText(text) == "2016-02-10")
        #expect(PublicationDate.fromText("Headline\nUpdated 3 March 2015\n\nBody.") == "2015-03-03")
        #expect(PublicationDate.fromText("Headline\n2016-02-10T14:00:00Z\nBody.") == "2016-02-10")
    }

    /// The search reads ASCII lines as bytes and other lines as Strings; both count the same lines.
    @Test(arguments: [
        ("“Talks” resume\r\nBy Jane Doe, Feb. 10, 2016\r\n", "2016-02-10"),
        ("Talks resume\u{2028}10 February 2016\n", "2016-02-10"),
        ("Talks resume\u{0B}Updated 2016-02-10\u{0C}", "2016-02-10"),
        ("Zürich talks\n" + String(repeating: "Ein Satz.\n", count: 11) + "Feb. 10, 2016\n", nil),
        ("Zürich talks\n" + String(repeating: "Ein Satz.\n", count: 10) + "Feb. 10, 2016\n", "2016-02-10"),
        ("Headline\n, | \t\n" + String(repeating: "A line.\n", count: 10) + "Feb. 10, 2016\n", "2016-02-10"),
    ] as [(String, String?)])
    func dateLinesInAnyScript(text: String, expected: String?) {
        #expect(PublicationDate.fromText(text) == expected)
    }

    @Test func datesInsideTheStoryAreNotDateLines() {
        // A sentence of the story is longer than a byline; a date line far down is not a timestamp.
        let sentence = "Headline\n\nKerry on Jan. 31, 2016 urged all sides to join negotiations in Geneva, citing the risk that the country could break up."
        #expect(PublicationDate.fromText(sentence) == nil)
        let late = "Headline\n" + String(repeating: "A line.\n", count: 20) + "Feb. 10, 2016\n"
        #expect(PublicationDate.fromText(late) == nil)
        #expect(PublicationDate.fromText("Headline\nMayor visits Marchmont 12 2016\n") == nil)
    }

    @Test func thePipelineUsesTheGuessAndSaysSo() throws {
        let doc = try TextPipeline.analyze(text: "Kerry met Lavrov on Thursday.", inputName: "news/ap-2016-02-10.txt")
        #expect(doc.metadata.date == "2016-02-10")
        #expect(doc.warnings.map(\.code) == ["date-from-name"])
        let given = try TextPipeline.analyze(
            text: "Kerry met Lavrov on Thursday.", metadata: ArticleMetadata(date: "2016-03-01"), inputName: "news/ap-2016-02-10.txt")
        #expect(given.metadata.date == "2016-03-01")
        #expect(given.warnings.isEmpty)
        let none = try TextPipeline.analyze(text: "Kerry met Lavrov on Thursday.", inputName: "<stdin>")
        #expect(none.metadata.date == nil)
        #expect(none.warnings.map(\.code) == ["no-date"])
    }
}
