import Foundation
import ParleyTestSupport
import ParleyText
import Testing

@testable import ParleyIngest

/// Writes `bytes` to a fresh temporary file and returns its path.
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
}

func readAll(_ reader: any ArticleReader) throws -> (articles: [RawArticle], errors: [IngestError]) {
    var articles: [RawArticle] = []
    var errors: [IngestError] = []
    try reader.read { result in
        switch result {
        case .success(let a): articles.append(a)
        case .failure(let e): errors.append(e)
        }
    }
    return (articles, errors)
}

/// gzip of `bytes` through the system's gzip tool (test data only).
func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let path = try temporaryFile("data", bytes)
    _ = try runChild("/bin/gzip", ["-n", "-f", path])
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + ".gz")))
}

@Test func jsonlReadsNewsPleaseAndReportsBadLines() throws {
    let lines = """
        {"title": "Talks resume", "maintext": "Diplomats met in Geneva on Monday.", "date_publish": "2016-02-10 14:00:00", "url": "https://example.org/a", "source_domain": "example.org", "language": "en"}
        {"title": "broken", "text": "no closing brace"
        {"title": "Second", "text": "The minister spoke.", "date": "1987-02-26T15:01:01"}
        {"title": "empty text", "text": ""}
        """
    let path = try temporaryFile("news.jsonl", Array(lines.utf8))
    let (articles, errors) = try readAll(JSONLReader(path: path))
    #expect(articles.count == 2)
    #expect(articles[0].title == "Talks resume")
    #expect(articles[0].text == "Diplomats met in Geneva on Monday.")
    #expect(articles[0].date == "2016-02-10")
    #expect(articles[0].source == "example.org")
    #expect(articles[0].origin.record == 1)
    #expect(articles[1].date == "1987-02-26")
    #expect(articles[1].origin.record == 3)
    #expect(errors.map(\.code) == ["invalid-json", "no-text"])
    #expect(errors.map { $0.origin.record } == [2, 4])
    #expect(errors[0].origin.offset == lines.split(separator: "\n")[0].utf8.count + 1)
}

@Test func jsonlReadsGzipAndReportsTruncation() throws {
    var body = ""
    for i in 1...50 { body += "{\"title\": \"T\(i)\", \"text\": \"Body number \(i) of the test.\"}\n" }
    let gz = try gzip(Array(body.utf8))
    let whole = try readAll(JSONLReader(path: try temporaryFile("a.jsonl.gz", gz)))
    #expect(whole.articles.count == 50)
    #expect(whole.errors.isEmpty)
    let cut = try readAll(JSONLReader(path: try temporaryFile("b.jsonl.gz", Array(gz.prefix(gz.count - 12)))))
    #expect(cut.errors.count == 1)
    #expect(cut.errors.first?.code == "truncated-gzip")
}

@Test func csvHandlesQuotesAndNewlines() throws {
    let csv = "id,date,title,text,url\n1,2016-02-10,\"Kerry, Lavrov meet\",\"They met.\n\nThey said \"\"yes\"\".\",https://x.org/1\n2,,No text,,\n"
    let (articles, errors) = try readAll(CSVReader(path: try temporaryFile("a.csv", Array(csv.utf8))))
    #expect(articles.count == 1)
    #expect(articles[0].title == "Kerry, Lavrov meet")
    #expect(articles[0].text == "They met.\n\nThey said \"yes\".")
    #expect(articles[0].url == "https://x.org/1")
    #expect(errors.map(\.code) == ["no-text"])
}

@Test func rssAndAtomItems() throws {
    let rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
        <item><title>Ceasefire agreed</title><link>https://news.example/1</link>
        <pubDate>Wed, 10 Feb 2016 14:00:00 GMT</pubDate>
        <description>&lt;p&gt;Russia and the United States agreed on a ceasefire in Syria on Thursday.&lt;/p&gt;</description></item>
        <item><title>Second</title><link>https://news.example/2</link><description>Plain text body here.</description></item>
        </channel></rss>
        """
    let a = try readAll(FeedReader(path: try temporaryFile("feed.rss", Array(rss.utf8))))
    #expect(a.articles.count == 2)
    #expect(a.articles[0].title == "Ceasefire agreed")
    #expect(a.articles[0].date == "2016-02-10")
    #expect(a.articles[0].text == "Russia and the United States agreed on a ceasefire in Syria on Thursday.")
    #expect(a.articles[0].url == "https://news.example/1")
    let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><title>Talks</title><link rel="alternate" href="https://a.example/t"/><published>2020-05-01T10:00:00Z</published>
        <content type="html">&lt;p&gt;The talks went on for hours.&lt;/p&gt;</content></entry></feed>
        """
    let b = try readAll(FeedReader(path: try temporaryFile("feed.atom", Array(atom.utf8))))
    #expect(b.articles.map(\.url) == ["https://a.example/t"])
    #expect(b.articles.first?.date == "2020-05-01")
    #expect(b.articles.first?.text == "The talks went on for hours.")
}

func warcRecord(type: String, uri: String, payload: String) -> String {
    let block = payload
    return "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2016-02-10T12:00:00Z\r\n"
        + "Content-Length: \(block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
}

let samplePage = """
    <html><head><title>Talks | Example News</title><meta property="og:title" content="Kerry and Lavrov hold talks"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Kerry and Lavrov hold talks</h1>
    <p>U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Munich on Thursday, officials said.</p>
    <p>The two men discussed a ceasefire in Syria, aid deliveries to besieged towns, and the next round of talks in Geneva.</p>
    <div class="related-stories"><ul><li><a href="/x">Another story about something else entirely</a></li></ul></div>
    </article><footer>Copyright Example News. All rights reserved.</footer></body></html>
    """

@Test func warcPlainAndGzipPerRecord() throws {
    let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + samplePage
    let records = [
        warcRecord(type: "warcinfo", uri: "", payload: "software: test\r\n"),
        warcRecord(type: "response", uri: "https://news.example/talks", payload: http),
        warcRecord(type: "response", uri: "https://news.example/missing", payload: "HTTP/1.1 404 Not Found\r\n\r\n"),
    ]
    let plain = try readAll(WARCReader(path: try temporaryFile("a.warc", Array(records.joined().utf8))))
    #expect(plain.errors.isEmpty)
    #expect(plain.articles.count == 1)
    #expect(plain.articles[0].url == "https://news.example/talks")
    #expect(plain.articles[0].date == "2016-02-10")
    #expect(plain.articles[0].text.hasPrefix("U.S. Secretary of State John Kerry met"))
    var gz: [UInt8] = []
    for r in records { gz += try gzip(Array(r.utf8)) }
    let perRecord = try readAll(WARCReader(path: try temporaryFile("a.warc.gz", gz)))
    #expect(perRecord.articles == plain.articles.map { var a = $0; a.origin.file = perRecord.articles[0].origin.file; return a })
    let truncated = try readAll(WARCReader(path: try temporaryFile("b.warc.gz", Array(gz.prefix(gz.count - 30)))))
    #expect(truncated.articles.count == 1)
    #expect(truncated.errors.count == 1)
}

@Test func htmlExtractionKeepsArticleDropsBoilerplate() {
    let article = ContentExtractor.extract(HTMLParser.parse(Array(samplePage.utf8)))
    #expect(article.metadata.title == "Kerry and Lavrov hold talks")
    #expect(article.paragraphs.count == 2)
    #expect(article.text.contains("discussed a ceasefire in Syria"))
    #expect(!article.text.contains("Another story"))
    #expect(!article.text.contains("Copyright"))
    #expect(!article.text.contains("Home"))
}

@Test func htmlParserSurvivesBrokenMarkup() {
    let broken = "<html><body><div><p>First paragraph with <b>bold <i>nested</b> text that never closes properly at all.<p>Second one<table><tr><td>cell</div></body>"
    let root = HTMLParser.parse(Array(broken.utf8))
    #expect(root.textContent.contains("First paragraph with bold nested text"))
    #expect(HTMLParser.parse([]).children.isEmpty)
}

@Test(arguments: [
    ("2016-02-10", "2016-02-10"), ("2016-02-10T14:00:00Z", "2016-02-10"), ("Wed, 10 Feb 2016 14:00:00 GMT", "2016-02-10"),
    ("February 10, 2016", "2016-02-10"), ("10 Feb 2016", "2016-02-10"), ("20160210", "2016-02-10"), ("yesterday", nil),
])
func dates(_ input: String, _ expected: String?) {
    #expect(DateNormalizer.normalize(input) == expected)
}

@Test func formatDetection() throws {
    #expect(try InputFormat.detect("x/news.jsonl.gz") == .jsonl)
    #expect(try InputFormat.detect("crawl.warc.gz") == .warc)
    let sniffed = try temporaryFile("noext", Array("WARC/1.0\r\n".utf8))
    #expect(try InputFormat.detect(sniffed) == .warc)
    let html = try temporaryFile("page", Array("<!DOCTYPE html><html><body>x</body></html>".utf8))
    #expect(try InputFormat.detect(html) == .html)
}
