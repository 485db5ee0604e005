import ParleyModel

/// Bytes in, `Document` out: decode, find the article structure, tokenize, split sentences.
public enum TextPipeline {
    public static func analyze(
        _ input: [UInt8], metadata: ArticleMetadata = ArticleMetadata(), inputName: String = "<input>"
    ) throws -> Document {
        let decoded = try TextDecoder.decode(input, inputName: inputName)
        let text = decoded.text ?? String(decoding: decoded.bytes, as: UTF8.self)
        var doc = Document(bytes: decoded.bytes, text: text, metadata: metadata, warnings: decoded.warnings)
        if metadata.date == nil {
            if let (date, origin) = PublicationDate.guess(text: text, inputName: inputName) {
                doc.metadata.date = date
                let whence = origin == .text ? "a date line at the top of the text" : "the input's name"
                doc.warnings.append(
                    Warning(code: "date-from-\(origin.rawValue)", message: "\(inputName): no publication date given; \(date) taken from \(whence)"))
            } else {
                doc.warnings.append(
                    Warning(code: "no-date", message: "\(inputName): no publication date given or found; relative dates (\"on Thursday\") stay unresolved"))
            }
        }
        decoded.bytes.withUnsafeBufferPointer { p in
            let units = ArticleStructure.analyze(p)
            fill(&doc, p, units)
        }
        if doc.sentences.isEmpty {
            doc.warnings.append(Warning(code: "no-sentences", message: "\(inputName): no article text found"))
        }
        return doc
    }

    /// Convenience for text already in memory.
    public static func analyze(
        text: String, metadata: ArticleMetadata = ArticleMetadata(), inputName: String = "<input>"
    ) throws -> Document {
        try analyze(Array(text.utf8), metadata: metadata, inputName: inputName)
    }

    /// Tokenizes and splits every unit, then writes the document's tokens in one pass with
    /// their final capacity (document token `k` is byte token `k`).
    static func fill(_ doc: inout Document, _ p: UnsafeBufferPointer<UInt8>, _ units: [TextUnit]) {
        var byteTokens: [ByteToken] = []
        byteTokens.reserveCapacity(p.count / 5)
        var sentences: [SentenceSpan] = []
        sentences.reserveCapacity(p.count / 64 + 4)
        var ends: [Int] = []
        ends.reserveCapacity(16)
        var structure = Structure()
        let offsets = doc.offsets
        for unit in units {
            let kind: SentenceKind
            switch unit.role {
            case .removed(let reason):
                let (text, start, end) = spanOf(p, offsets, unit)
                structure.removed.append(RemovedSpan(text: text, start: start, end: end, reason: reason))
                continue
            case .title:
                let (text, start, end) = spanOf(p, offsets, unit)
                structure.title = TextSpan(text: text, start: start, end: end)
                kind = .title
            case .heading:
                let (text, start, end) = spanOf(p, offsets, unit)
                structure.headings.append(TextSpan(text: text, start: start, end: end))
                kind = .heading
            case .bullet:
                let (text, start, end) = spanOf(p, offsets, unit)
                structure.bullets.append(TextSpan(text: text, start: start, end: end))
                kind = .bullet
            case .body:
                kind = .body
            }
            let first = byteTokens.count
            Tokenizer.tokenize(p, range: unit.byteStart..<unit.byteEnd, into: &byteTokens)
            guard byteTokens.count > first else { continue }
            ends.removeAll(keepingCapacity: true)
            byteTokens.withUnsafeBufferPointer {
                SentenceSplitter.split(p, $0, range: first..<$0.count, into: &ends)
            }
            var sentenceStart = first
            for sentenceEnd in ends where sentenceEnd > sentenceStart {
                let bs = byteTokens[sentenceStart].start
                let be = byteTokens[sentenceEnd - 1].end
                sentences.append(
                    SentenceSpan(
                        tokens: sentenceStart..<sentenceEnd, byteStart: bs, byteEnd: be,
                        start: offsets.scalar(at: bs), end: offsets.scalar(at: be), kind: kind))
                sentenceStart = sentenceEnd
            }
        }
        // The sentences cover every token, in order.
        doc.tokens = [TokenSpan](unsafeUninitializedCapacity: byteTokens.count) { tokens, written in
            byteTokens.withUnsafeBufferPointer { byteTokens in
                var n = 0
                for (index, sentence) in sentences.enumerated() {
                    let sentenceIndex = Int32(index)
                    for k in sentence.tokens {
                        let t = byteTokens[k]
                        let spaceAfter = t.end < p.count && ArticleStructure.isSpace(p, t.end)
                        tokens.initializeElement(
                            at: n,
                            to: TokenSpan(
                                byteStart: Int32(t.start), byteEnd: Int32(t.end),
                                start: Int32(offsets.scalar(at: t.start)), end: Int32(offsets.scalar(at: t.end)),
                                sentence: sentenceIndex, kind: t.kind, spaceAfter: spaceAfter))
                        n += 1
                    }
                }
                written = n
            }
        }
        doc.sentences = sentences
        doc.structure = structure
    }

    /// A unit's text and scalar offsets (`p` is the document's bytes).
    private static func spanOf(_ p: UnsafeBufferPointer<UInt8>, _ offsets: ScalarOffsets, _ unit: TextUnit)
        -> (String, Int, Int)
    {
        (
            String(decoding: UnsafeBufferPointer(rebasing: p[unit.byteStart..<unit.byteEnd]), as: UTF8.self),
            offsets.scalar(at: unit.byteStart), offsets.scalar(at: unit.byteEnd)
        )
    }
}

extension Document {
    /// Stable identifier of the text: the first 32 hex digits of its SHA-256.
    public var contentHash: String { String(SHA256.hexDigest(bytes).prefix(32)) }

    /// The parley/1 value for this document. The one place a `Document` becomes output.
    public func output(includeTokens: Bool = false) -> Output {
        let info = DocumentInfo(
            id: contentHash, title: metadata.title ?? structure.title?.text, date: metadata.date,
            source: metadata.source, url: metadata.url)
        let sentenceRecords = sentences.enumerated().map { i, s in
            Sentence(index: i, start: s.start, end: s.end, text: string(bytes: s.byteStart..<s.byteEnd), kind: s.kind)
        }
        var tokenRecords: [Token]? = nil
        if includeTokens {
            tokenRecords = tokens.indices.map { i in
                let t = tokens[i]
                var record = Token(start: Int(t.start), end: Int(t.end), text: tokenText(i), sentence: Int(t.sentence))
                if i < analysis.count {
                    let a = analysis[i]
                    record.lemma = a.lemma
                    record.upos = a.upos
                    record.xpos = a.xpos
                    record.head = a.head >= 0 ? a.head : nil
                    record.dep = a.deprel
                }
                return record
            }
        }
        return Output(
            document: info, text: text, structure: structure, sentences: sentenceRecords,
            tokens: tokenRecords, entities: entities, events: events, quotes: quotes, times: times,
            places: places, warnings: warnings)
    }
}
