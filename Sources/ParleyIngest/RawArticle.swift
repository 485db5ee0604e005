import ParleyText

/// Where a record came from: the file and its position, for error messages and provenance.
public struct RecordOrigin: Sendable, Equatable, Codable, CustomStringConvertible {
    /// File path, or `<stdin>`.
    public var file: String
    /// 1-based record number within the file (line for JSONL/CSV, item for RSS, record for WARC).
    public var record: Int?
    /// Byte offset of the record in the (uncompressed) file, when known.
    public var offset: Int?

    public init(file: String, record: Int? = nil, offset: Int? = nil) {
        self.file = file
        self.record = record
        self.offset = offset
    }

    public var description: String {
        var s = file
        if let record { s += " record \(record)" }
        if let offset { s += " (byte \(offset))" }
        return s
    }
}

/// One article as a reader found it, before any analysis: metadata plus body text.
public struct RawArticle: Sendable, Equatable, Codable {
    public var title: String?
    /// Body text, paragraphs separated by blank lines.
    public var text: String
    /// Publication date `YYYY-MM-DD` when the input gave one.
    public var date: String?
    public var url: String?
    /// Publisher or feed name (e.g. the source domain).
    public var source: String?
    public var language: String?
    public var origin: RecordOrigin

    public init(
        title: String? = nil, text: String, date: String? = nil, url: String? = nil,
        source: String? = nil, language: String? = nil, origin: RecordOrigin
    ) {
        self.title = title
        self.text = text
        self.date = date
        self.url = url
        self.source = source
        self.language = language
        self.origin = origin
    }

    /// The bytes handed to the text pipeline: the title as the first paragraph, then the body.
    public var pipelineInput: [UInt8] {
        var bytes: [UInt8] = []
        if let title, !title.isEmpty, !text.hasPrefix(title) {
            bytes.reserveCapacity(title.utf8.count + text.utf8.count + 2)
            bytes.append(contentsOf: title.utf8)
            bytes.append(contentsOf: [0x0A, 0x0A])
        }
        bytes.append(contentsOf: text.utf8)
        return bytes
    }

    /// Metadata for the pipeline.
    public var metadata: ArticleMetadata {
        ArticleMetadata(title: title, date: date, source: source, url: url)
    }

    /// Hash of what the pipeline will read plus the metadata that changes its output, so a
    /// re-ingested record is recognised before it is coded again.
    public var inputHash: String {
        var bytes = pipelineInput
        for field in [date, url, source] {
            bytes.append(0x1F)
            if let field { bytes.append(contentsOf: field.utf8) }
        }
        return String(SHA256.hexDigest(bytes).prefix(32))
    }
}

/// A record a reader could not turn into an article; the batch carries on.
public struct IngestError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var origin: RecordOrigin
    /// Stable code: `invalid-json`, `truncated-gzip`, `no-text`, `bad-csv`, `bad-warc`, `unreadable`, `code-failed` …
    public var code: String
    public var message: String

    public init(origin: RecordOrigin, code: String, message: String) {
        self.origin = origin
        self.code = code
        self.message = message
    }

    public var description: String { "\(origin): \(code): \(message)" }
}
