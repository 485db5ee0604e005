/// Reads articles from one input, streaming: each record is handed to `emit` as soon as it is
/// read, and a bad record is reported as an `IngestError` while the reader carries on.
public protocol ArticleReader {
    /// Calls `emit` once per record. Throws only when the input cannot be read at all
    /// (or when `emit` throws, to stop early).
    func read(_ emit: (Result<RawArticle, IngestError>) throws -> Void) throws
}
