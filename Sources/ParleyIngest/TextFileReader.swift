/// A plain-text article: the whole file (or standard input) is one document whose first
/// line is its title (the text pipeline finds it).
public struct TextFileReader: ArticleReader {
    public let path: String
    /// Larger files are cut here and reported; a news article is far smaller.
    static let limit = 8 << 20

    public init(path: String) { self.path = path }

    public func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws {
        var reader = BufferedReader(try InputSource.open(path))
        let name = path == "-" ? "<stdin>" : path
        let origin = RecordOrigin(file: name, record: 1, offset: 0)
        let (bytes, truncated) = try reader.readAll(limit: Self.limit)
        if truncated {
            try emit(.failure(IngestError(origin: origin, code: "too-large", message: "more than \(Self.limit) bytes for one article; skipped")))
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { $0.isLetter }) else {
            try emit(.failure(IngestError(origin: origin, code: "no-text", message: "the file has no text")))
            return
        }
        try emit(.success(RawArticle(text: text, origin: origin)))
    }
}
