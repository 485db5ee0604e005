/// The parley/1 output: one value per coded document.
///
/// Field names are a contract read by tests, the store, the server and external tools;
/// see docs/schema.md. Every offset is a Unicode scalar (code point) offset into `text`,
/// with `end` exclusive.
public struct Output: Codable, Sendable, Equatable {
    public static let schemaName = "parley/1"

    public var schema: String
    public var document: DocumentInfo
    public var text: String
    public var structure: Structure
    public var sentences: [Sentence]
    public var tokens: [Token]?
    public var entities: [Entity]
    public var events: [Event]
    public var quotes: [Quote]
    public var times: [TimeExpression]
    public var places: [Place]
    public var warnings: [Warning]

    public init(
        document: DocumentInfo, text: String, structure: Structure = Structure(),
        sentences: [Sentence] = [], tokens: [Token]? = nil, entities: [Entity] = [],
        events: [Event] = [], quotes: [Quote] = [], times: [TimeExpression] = [],
        places: [Place] = [], warnings: [Warning] = []
    ) {
        self.schema = Output.schemaName
        self.document = document
        self.text = text
        self.structure = structure
        self.sentences = sentences
        self.tokens = tokens
        self.entities = entities
        self.events = events
        self.quotes = quotes
        self.times = times
        self.places = places
        self.warnings = warnings
    }
}

/// Metadata of the coded document.
public struct DocumentInfo: Codable, Sendable, Equatable {
    /// Stable content hash of `text` (hex SHA-256, first 32 hex digits).
    public var id: String
    public var title: String?
    /// Publication date, `YYYY-MM-DD`.
    public var date: String?
    public var source: String?
    public var url: String?
    public var language: String

    public init(
        id: String, title: String? = nil, date: String? = nil, source: String? = nil,
        url: String? = nil, language: String = "en"
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.language = language
    }
}

/// A span of `text` with its characters.
public struct TextSpan: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A piece of the input judged not to be article text, and why.
public struct RemovedSpan: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// One of `related-headline`, `teaser`, `advertisement`, `call-to-action`,
    /// `newsletter`, `share`, `copyright`, `byline-boilerplate`, `navigation`.
    public var reason: String

    public init(text: String, start: Int, end: Int, reason: String) {
        self.text = text
        self.start = start
        self.end = end
        self.reason = reason
    }
}

/// Article layout: title, section headings, bullets and removed boilerplate.
public struct Structure: Codable, Sendable, Equatable {
    public var title: TextSpan?
    public var headings: [TextSpan]
    public var bullets: [TextSpan]
    public var removed: [RemovedSpan]

    public init(
        title: TextSpan? = nil, headings: [TextSpan] = [], bullets: [TextSpan] = [],
        removed: [RemovedSpan] = []
    ) {
        self.title = title
        self.headings = headings
        self.bullets = bullets
        self.removed = removed
    }
}

/// What part of the article a sentence belongs to.
public enum SentenceKind: String, Codable, Sendable, Equatable {
    case title, heading, bullet, body
}

public struct Sentence: Codable, Sendable, Equatable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: SentenceKind

    public init(index: Int, start: Int, end: Int, text: String, kind: SentenceKind) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
    }
}

/// One token; the linguistic fields are present once the tagger and parser ran.
public struct Token: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// Index of the sentence in `sentences`.
    public var sentence: Int
    public var lemma: String?
    public var upos: String?
    public var xpos: String?
    /// Index of the head token in `tokens` (document-wide), or null for the root.
    public var head: Int?
    public var dep: String?

    public init(
        start: Int, end: Int, text: String, sentence: Int, lemma: String? = nil,
        upos: String? = nil, xpos: String? = nil, head: Int? = nil, dep: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.head = head
        self.dep = dep
    }
}

public struct Warning: Codable, Sendable, Equatable {
    /// Stable machine-readable code, e.g. `invalid-utf8`.
    public var code: String
    public var message: String
    /// Byte offset in the input where the problem was first seen, if any.
    public var offset: Int?

    public init(code: String, message: String, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
    }
}
