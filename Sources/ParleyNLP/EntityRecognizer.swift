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
    var context = EntityContext()
    var viterbi = Viterbi()
    var features = [UInt64](repeating: 0, count: 192)
    var decoded: [(Range<Int>, Substring)] = []
    /// The document the sentences come from, for models with document features (set by the
    /// caller before the document's first sentence).
    public var document = EntityDocument()
    public internal(set) var spans: [EntitySpan] = []
    public init() {}
}

/// BIO tagger for PER/ORG/LOC (averaged perceptron over word, shape, POS and gazetteer
/// features): greedy with IOB2 tags in older models, a sequence model (BILOU tags, Viterbi,
/// trained as a structured perceptron) in newer ones. Typing rules follow: a LOC that is a known country, city or
/// region becomes GPE, and demonyms and groups ("Syrian", "Saudi-backed", "Kurds") become NORP.
public struct EntityRecognizer: Sendable {
    static let kind = "entities"
    let tagNames: [String]
    let weights: PerceptronWeights
    public let gazetteer: Gazetteer
    /// Whether the model has word-class features (trained with a tagger that has a class table).
    let usesClasses: Bool
    /// Whether the model is the sequence model (BILOU tags, emission and transition features, Viterbi).
    let sequence: Bool
    /// Whether the model reads `EntityWorkspace.document` (sequence models only).
    public let usesDocument: Bool
    let allowed: [Bool], first: [Bool], last: [Bool]

    /// Bits of the feature-set word at the end of the file.
    static let classFeatures: UInt32 = 1
    static let sequenceModel: UInt32 = 2
    static let documentFeatures: UInt32 = 4

    init(tagNames: [String], weights: PerceptronWeights, gazetteer: Gazetteer, usesClasses: Bool, sequence: Bool = false, usesDocument: Bool = false) {
        self.tagNames = tagNames
        self.weights = weights
        self.gazetteer = gazetteer
        self.usesClasses = usesClasses
        self.sequence = sequence
        self.usesDocument = sequence && usesDocument
        (allowed, first, last) = sequence ? BILOU.constraints(tagNames) : ([], [], [])
    }

    var featureSet: UInt32 { (usesClasses ? Self.classFeatures : 0) | (sequence ? Self.sequenceModel : 0) | (usesDocument ? Self.documentFeatures : 0) }

    public static func load(path: String) throws -> EntityRecognizer {
        var r = try ModelReader(path: path, kind: kind)
        let names = try r.strings()
        let w = try PerceptronWeights.read(&r)
        let g = try Gazetteer.read(&r)
        // Optional trailing feature set (absent in older models): bit 0 word classes, bit 1
        // the sequence model.
        let features = r.atEnd ? 0 : try r.u32()
        guard w.classes == names.count else { throw r.corrupt("tag count differs from weights") }
        let sequence = features & sequenceModel != 0
        if sequence {
            guard names == BILOU.tagNames(types: Array(Set(names.dropFirst().map { String($0.dropFirst(2)) }))) else {
                throw r.corrupt("sequence model tags are not BILOU")
            }
        }
        return EntityRecognizer(
            tagNames: names, weights: w, gazetteer: g, usesClasses: features & classFeatures != 0, sequence: sequence,
            usesDocument: features & documentFeatures != 0)
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
        if sequence {
            recognizeSequence(bytes, ranges, lexical: lex, upos: upos, xpos: xpos, ambiguity: ambiguity, classes: classes, uposNames: uposNames, &ws)
            return
        }
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

    /// Best BILOU tags of the sentence under `score` (a weight table's scoring function:
    /// features in groups of the given size, each group's scores added to its own row).
    static func decodeSequence(
        _ lex: LexicalFeatures, upos: [Int], xpos: [Int], ambiguity: [UInt64], classes: [UInt64], T: Int,
        allowed: [Bool], first: [Bool], last: [Bool], document: Bool, _ ws: inout EntityWorkspace,
        score: (UnsafeBufferPointer<UInt64>, Int, UnsafeMutablePointer<Float>) -> Void
    ) {
        ws.context.fill(lex)
        ws.context.fillDocument(lex, document ? ws.document : nil)
        let ctx = ws.context, gb = ws.gazB, gi = ws.gazI
        // Moved out (not copied) so the closures can use them while `ws.viterbi` runs.
        var feats = ws.features
        var tags = ws.tags
        ws.features = []
        ws.tags = []
        let width = EntityFeatures.transitionCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: width * T) { tf in
            feats.withUnsafeMutableBufferPointer { fb in
                let f = fb.baseAddress!
                ws.viterbi.decode(
                    n: lex.count, T: T, allowed: allowed, first: first, last: last, tags: &tags,
                    emission: { i, out in
                        let k = EntityFeatures.emission(
                            lex, i, upos: upos, xpos: xpos, amb: ambiguity, classes: classes, gazB: gb, gazI: gi, context: ctx, into: f)
                        score(UnsafeBufferPointer(start: f, count: k), k, out)
                    },
                    transition: { i, out in
                        // Every previous tag's features, scored in one call.
                        let rows = i == 0 ? 1 : T
                        for p in 0..<rows {
                            EntityFeatures.transition(
                                lex, i, upos: upos, gazB: gb, gazI: gi, prev: i == 0 ? EntityFeatures.start : Tagger.tagValue(p),
                                into: tf.baseAddress! + p * width)
                        }
                        score(UnsafeBufferPointer(start: tf.baseAddress!, count: rows * width), width, out)
                    })
            }
        }
        ws.features = feats
        ws.tags = tags
    }

    private func recognizeSequence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, lexical lex: LexicalFeatures,
        upos: [Int], xpos: [Int], ambiguity: [UInt64], classes: [UInt64], uposNames: [String], _ ws: inout EntityWorkspace
    ) {
        let w = weights
        Self.decodeSequence(
            lex, upos: upos, xpos: xpos, ambiguity: ambiguity, classes: usesClasses ? classes : [], T: tagNames.count,
            allowed: allowed, first: first, last: last, document: usesDocument, &ws
        ) { f, size, out in w.score(f, groupSize: size, into: out) }
        BILOU.spans(ws.tags, tagNames, into: &ws.decoded)
        ws.spans.removeAll(keepingCapacity: true)
        let propn = uposNames.firstIndex(of: "PROPN") ?? -1
        let adj = uposNames.firstIndex(of: "ADJ") ?? -1
        var i = 0
        var next = 0
        let n = lex.count
        while i < n {
            if next < ws.decoded.count, ws.decoded[next].0.lowerBound == i {
                let (r, type) = ws.decoded[next]
                ws.spans.append(EntitySpan(range: r, type: finalType(String(type), lex, r)))
                next += 1
                i = r.upperBound
                continue
            }
            if let span = ruleSpan(i, bytes, ranges, lex, upos: upos, propn: propn, adj: adj, ws) { ws.spans.append(span) }
            i += 1
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
