/// One recognized name: a sentence-relative token range and its type
/// (`PERSON`, `ORG`, `LOC`, `GPE`, `NORP`).
public struct EntitySpan: Sendable, Equatable {
    public var range: Range<Int>
    public var type: String
}

/// Reusable buffers for `EntityRecognizer`.
public struct EntityWorkspace {
    var scratch = TaggerScratch()
    var matches: [(Gazetteer.Kind, Int)] = []
    var gazB: [UInt8] = []
    var gazI: [UInt8] = []
    var tags: [Int] = []
    public internal(set) var spans: [EntitySpan] = []
    public init() {}
}

/// Greedy BIO tagger for PER/ORG/LOC (averaged perceptron over word, shape, POS and
/// gazetteer features), followed by typing rules: a LOC that is a known country, city or
/// region becomes GPE, and demonyms and groups ("Syrian", "Saudi-backed", "Kurds") become NORP.
public struct EntityRecognizer: Sendable {
    static let kind = "entities"
    let tagNames: [String]
    let weights: PerceptronWeights
    public let gazetteer: Gazetteer
    /// Whether the model has word-class features (trained with a tagger that has a class table).
    let usesClasses: Bool

    init(tagNames: [String], weights: PerceptronWeights, gazetteer: Gazetteer, usesClasses: Bool) {
        self.tagNames = tagNames
        self.weights = weights
        self.gazetteer = gazetteer
        self.usesClasses = usesClasses
    }

    public static func load(path: String) throws -> EntityRecognizer {
        var r = try ModelReader(path: path, kind: kind)
        let names = try r.strings()
        let w = try PerceptronWeights.read(&r)
        let g = try Gazetteer.read(&r)
        // Optional trailing feature set: 1 = with word classes (absent in older models).
        let features = r.atEnd ? 0 : try r.u32()
        guard w.classes == names.count else { throw r.corrupt("tag count differs from weights") }
        return EntityRecognizer(tagNames: names, weights: w, gazetteer: g, usesClasses: features >= 1)
    }

    /// Fills the per-token gazetteer flags (begin and inside of the longest match).
    static func gazetteerFlags(_ g: Gazetteer, _ lex: LexicalFeatures, _ ws: inout EntityWorkspace) {
        g.longestMatches(lex.word, into: &ws.matches)
        let n = lex.count
        ws.gazB.removeAll(keepingCapacity: true)
        ws.gazI.removeAll(keepingCapacity: true)
        for _ in 0..<n {
            ws.gazB.append(0)
            ws.gazI.append(0)
        }
        var i = 0
        while i < n {
            let (k, len) = ws.matches[i]
            if len > 0 {
                ws.gazB[i] = k.rawValue
                for j in (i + 1)..<(i + len) { ws.gazI[j] = k.rawValue }
                i += len
            } else {
                i += 1
            }
        }
    }

    /// Recognizes entities in one sentence already tagged (`lexical`, `upos`, `xpos`, and
    /// `ambiguity`, the tagger's tag-dictionary classes, `classes`, its word classes);
    /// spans land in `ws.spans`.
    func recognize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, lexical lex: LexicalFeatures,
        upos: [Int], xpos: [Int], ambiguity: [UInt64], classes: [UInt64], uposNames: [String], _ ws: inout EntityWorkspace
    ) {
        Self.gazetteerFlags(gazetteer, lex, &ws)
        ws.tags.removeAll(keepingCapacity: true)
        let n = lex.count
        let cls = usesClasses ? classes : []
        ws.scratch.prepare(tagNames.count)
        var p1 = EntityFeatures.start, p2 = EntityFeatures.start
        for i in 0..<n {
            let t = ws.scratch.withBuffers { f, s -> Int in
                let k = EntityFeatures.extract(lex, i, upos: upos, xpos: xpos, amb: ambiguity, classes: cls, gazB: ws.gazB, gazI: ws.gazI, prev1: p1, prev2: p2, into: f)
                return Tagger.best(weights, UnsafeBufferPointer(start: f, count: k), s)
            }
            ws.tags.append(t)
            p2 = p1
            p1 = Tagger.tagValue(t)
        }
        ws.spans.removeAll(keepingCapacity: true)
        let propn = uposNames.firstIndex(of: "PROPN") ?? -1
        let adj = uposNames.firstIndex(of: "ADJ") ?? -1
        var i = 0
        while i < n {
            let name = tagNames[ws.tags[i]]
            if name == "O" {
                if let span = ruleSpan(i, bytes, ranges, lex, upos: upos, propn: propn, adj: adj, ws) { ws.spans.append(span) }
                i += 1
                continue
            }
            let type = name.dropFirst(2)
            var j = i + 1
            while j < n, tagNames[ws.tags[j]] == "I-" + type { j += 1 }
            ws.spans.append(EntitySpan(range: i..<j, type: finalType(String(type), lex, i..<j)))
            i = j
        }
    }

    /// Entities the gazetteer names where the model saw none: demonyms and groups as NORP
    /// (also as the first part of "Saudi-backed"), capitalized country names as GPE.
    private func ruleSpan(
        _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ lex: LexicalFeatures,
        upos: [Int], propn: Int, adj: Int, _ ws: EntityWorkspace
    ) -> EntitySpan? {
        guard lex.flags[i] & LexicalFeatures.capitalized != 0 else { return nil }
        let k = Gazetteer.Kind(rawValue: ws.gazB[i])
        if ws.matches[i].1 == 1 {
            if !k.intersection([.demonym, .group]).isEmpty { return EntitySpan(range: i..<(i + 1), type: "NORP") }
            if k.contains(.country) { return EntitySpan(range: i..<(i + 1), type: "GPE") }
        }
        if lex.flags[i] & LexicalFeatures.hasHyphen != 0 {
            // "Saudi-backed", "Russian-led": the part before the first hyphen.
            let r = ranges[i]
            var e = r.lowerBound
            while e < r.upperBound, bytes[e] != 0x2D { e += 1 }
            var part = LexicalFeatures()
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 1) { buf in
                buf[0] = r.lowerBound..<e
                part.fill(bytes, UnsafeBufferPointer(buf))
            }
            let pk = gazetteer.kinds(part.word, 0..<1)
            if !pk.intersection([.demonym, .group]).isEmpty { return EntitySpan(range: i..<(i + 1), type: "NORP") }
        }
        return nil
    }

    private func finalType(_ type: String, _ lex: LexicalFeatures, _ r: Range<Int>) -> String {
        let k = gazetteer.kinds(lex.word, r)
        switch type {
        case "PER": return r.count == 1 && !k.intersection([.demonym, .group]).isEmpty ? "NORP" : "PERSON"
        case "LOC":
            if !k.intersection([.country, .city, .region]).isEmpty { return "GPE" }
            if r.count == 1 && !k.intersection([.demonym, .group]).isEmpty { return "NORP" }
            return "LOC"
        case "ORG": return r.count == 1 && !k.intersection([.demonym]).isEmpty ? "NORP" : "ORG"
        default: return type
        }
    }
}
