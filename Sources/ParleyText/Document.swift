import ParleyModel

/// Publication facts known before the text is read (from the CLI, a reader or the server).
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    /// Publication date `YYYY-MM-DD`; used to resolve relative dates and dated actor roles.
    public var date: String?
    public var source: String?
    public var url: String?

    public init(title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil)
    {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
    }
}

/// What a token looks like; decided by the tokenizer from its bytes.
public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, symbol, url, email, handle, hashtag, emoji
}

/// One token as a pair of ranges over the document: UTF-8 bytes for matching,
/// Unicode scalars for output. A plain value with no heap storage.
public struct TokenSpan: Sendable, Equatable {
    public var byteStart: Int32
    public var byteEnd: Int32
    public var start: Int32
    public var end: Int32
    public var sentence: Int32
    public var kind: TokenKind
    /// True when whitespace follows the token in the text.
    public var spaceAfter: Bool

    public init(
        byteStart: Int32, byteEnd: Int32, start: Int32, end: Int32, sentence: Int32,
        kind: TokenKind, spaceAfter: Bool
    ) {
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.start = start
        self.end = end
        self.sentence = sentence
        self.kind = kind
        self.spaceAfter = spaceAfter
    }
}

/// A sentence: its token range and its span in both byte and scalar offsets.
public struct SentenceSpan: Sendable, Equatable {
    public var tokens: Range<Int>
    public var byteStart: Int
    public var byteEnd: Int
    public var start: Int
    public var end: Int
    public var kind: SentenceKind

    public init(
        tokens: Range<Int>, byteStart: Int, byteEnd: Int, start: Int, end: Int, kind: SentenceKind
    ) {
        self.tokens = tokens
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// Linguistic annotation of one token, filled by ParleyNLP.
///
/// Tags, lemmas and relation names are short, so Swift stores them inline
/// (small-string optimisation) without a heap allocation.
public struct TokenAnalysis: Sendable, Equatable {
    public var upos: String
    public var xpos: String
    public var lemma: String
    /// Document-wide index of the head token, or -1 for the sentence root.
    public var head: Int
    public var deprel: String

    public init(upos: String, xpos: String, lemma: String, head: Int, deprel: String) {
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
    }
}

/// A mention that refers to a person, organisation or place named elsewhere in the article:
/// a pronoun, a surname, a title or a short form ("she", "Kerry", "the HNC", "the Bavarian
/// capital"). Filled by ParleyArticle; read by the coder and the quote attributor.
public struct Reference: Sendable, Equatable {
    /// Scalar offsets of the mention in `text`.
    public var start: Int
    public var end: Int
    /// Document-wide token range of the mention.
    public var tokens: Range<Int>
    /// Full name of what it refers to ("Maria Zakharova").
    public var canonical: String
    /// Index in `Document.entities` of the mention it resolves to, if any.
    public var entity: Int?

    public init(start: Int, end: Int, tokens: Range<Int>, canonical: String, entity: Int?) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.canonical = canonical
        self.entity = entity
    }
}

/// The one value every stage reads and extends: the text once, plus flat arrays.
///
/// Stages append to the arrays; none copies or re-tokenizes the text.
public struct Document: Sendable {
    /// UTF-8 bytes of `text` (after repair of invalid input).
    public let bytes: [UInt8]
    public let text: String
    public var metadata: ArticleMetadata
    public var structure: Structure
    public var tokens: [TokenSpan]
    public var sentences: [SentenceSpan]
    /// Empty until the tagger and parser ran; otherwise one entry per token.
    public var analysis: [TokenAnalysis]
    public var entities: [Entity]
    /// Coreference: pronouns, surnames and descriptions resolved to full names.
    public var references: [Reference]
    public var events: [Event]
    public var quotes: [Quote]
    public var times: [TimeExpression]
    public var places: [Place]
    public var warnings: [Warning]
    let offsets: ScalarOffsets

    init(bytes: [UInt8], text: String, metadata: ArticleMetadata, warnings: [Warning]) {
        self.bytes = bytes
        self.text = text
        self.metadata = metadata
        self.structure = Structure()
        self.tokens = []
        self.sentences = []
        self.analysis = []
        self.entities = []
        self.references = []
        self.events = []
        self.quotes = []
        self.times = []
        self.places = []
        self.warnings = warnings
        self.offsets = ScalarOffsets(bytes)
    }

    /// Scalar offset of a byte offset (which must be on a scalar boundary).
    public func scalarOffset(ofByte byte: Int) -> Int { offsets.scalar(at: byte) }

    /// Byte offset of a scalar offset.
    public func byteOffset(ofScalar scalar: Int) -> Int { offsets.byte(at: scalar) }

    /// The text of a byte range as a String.
    public func string(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of a scalar range as a String.
    public func string(scalars start: Int, _ end: Int) -> String {
        string(bytes: byteOffset(ofScalar: start)..<byteOffset(ofScalar: end))
    }

    /// The original characters of token `i`.
    public func tokenText(_ i: Int) -> String {
        let t = tokens[i]
        return string(bytes: Int(t.byteStart)..<Int(t.byteEnd))
    }

    /// Token `i` in its matching form: curly quotes, dashes, NBSP, soft hyphens and
    /// zero-width characters folded (see `MatchNormalizer`). Case is kept.
    public func normalizedText(_ i: Int) -> String {
        let t = tokens[i]
        return MatchNormalizer.normalize(bytes[Int(t.byteStart)..<Int(t.byteEnd)])
    }

    /// A span of `text` between two scalar offsets, as the schema's `TextSpan`.
    public func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(text: string(scalars: start, end), start: start, end: end)
    }

    /// The span covering tokens `range` (document-wide token indices).
    public func span(tokens range: Range<Int>) -> TextSpan {
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        return TextSpan(
            text: string(bytes: Int(first.byteStart)..<Int(last.byteEnd)), start: Int(first.start),
            end: Int(last.end))
    }

    /// The sentence index containing scalar offset `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].start <= offset ? lo : nil
    }
}

/// Maps byte offsets to scalar offsets and back. Pure-ASCII text needs no table.
struct ScalarOffsets: Sendable {
    /// scalarOfByte[b] for every byte offset at a scalar boundary; empty when ASCII.
    private let scalarOfByte: [Int32]
    private let byteOfScalar: [Int32]

    init(_ bytes: [UInt8]) {
        if bytes.withUnsafeBufferPointer({ $0.isAllASCII() }) {
            scalarOfByte = []
            byteOfScalar = []
            return
        }
        var s2b = [Int32]()
        s2b.reserveCapacity(bytes.count + 1)
        var b2s = [Int32](repeating: 0, count: bytes.count + 1)
        var scalar: Int32 = 0
        for (i, b) in bytes.enumerated() {
            b2s[i] = scalar
            if b & 0xC0 != 0x80 {
                s2b.append(Int32(i))
                scalar += 1
                b2s[i] = scalar - 1
            } else {
                b2s[i] = scalar
            }
        }
        b2s[bytes.count] = scalar
        s2b.append(Int32(bytes.count))
        scalarOfByte = b2s
        byteOfScalar = s2b
    }

    func scalar(at byte: Int) -> Int {
        scalarOfByte.isEmpty ? byte : Int(scalarOfByte[byte])
    }

    func byte(at scalar: Int) -> Int {
        byteOfScalar.isEmpty ? scalar : Int(byteOfScalar[scalar])
    }
}
