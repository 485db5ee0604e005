/// A saved HTML news page: main text and metadata by `ContentExtractor`.
public struct HTMLReader: ArticleReader {
    public let path: String
    static let limit = 32 << 20

    public init(path: String) { self.path = path }

    public func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws {
        var reader = BufferedReader(try InputSource.open(path))
        let origin = RecordOrigin(file: path, record: 1, offset: 0)
        let (bytes, truncated) = try reader.readAll(limit: Self.limit)
        if truncated {
            try emit(.failure(IngestError(origin: origin, code: "too-large", message: "page larger than \(Self.limit) bytes; skipped")))
            return
        }
        try emit(Self.article(bytes, origin: origin))
    }

    /// One page to an article; `url` and `date` (from a crawl record) win over the page's own.
    public static func article(
        _ bytes: [UInt8], origin: RecordOrigin, url: String? = nil, date: String? = nil
    ) -> Result<RawArticle, IngestError> {
        let root = HTMLParser.parse(bytes, url: url)
        let extracted = ContentExtractor.extract(root)
        let text = extracted.paragraphs.joined(separator: "\n\n")
        guard text.count >= 40 else {
            return .failure(IngestError(origin: origin, code: "no-text", message: "no article text found in the HTML"))
        }
        let m = extracted.metadata
        let pageURL = m.canonicalURL ?? url
        return .success(
            RawArticle(
                title: m.title, text: text, date: m.date ?? date, url: url ?? pageURL,
                source: m.siteName ?? pageURL.flatMap(host), language: nil, origin: origin))
    }

    /// Host of a URL without a leading `www.`.
    static func host(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }
}
