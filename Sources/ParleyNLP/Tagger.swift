/// Greedy left-to-right averaged-perceptron tagger for Penn XPOS and UD UPOS, with lemmas.
///
/// One feature extraction feeds two heads: XPOS first, then UPOS with the chosen XPOS as an
/// extra feature. Immutable and `Sendable`; per-call scratch lives in `TaggerScratch`.
public struct Tagger: Sendable {
    static let kind = "tagger"
    let xposNames: [String]
    let uposNames: [String]
    let xpos: PerceptronWeights
    let upos: PerceptronWeights
    let dictionary: TagDictionary
    public let lemmatizer: Lemmatizer
    /// Distributional word classes (empty in models trained without them).
    public let classes: WordClasses

    init(xposNames: [String], uposNames: [String], xpos: PerceptronWeights, upos: PerceptronWeights,
         dictionary: TagDictionary, lemmatizer: Lemmatizer, classes: WordClasses = .empty) {
        self.xposNames = xposNames
        self.uposNames = uposNames
        self.xpos = xpos
        self.upos = upos
        self.dictionary = dictionary
        self.lemmatizer = lemmatizer
        self.classes = classes
    }

    /// Tag hashes used as history features (stable across training and loading).
    @inline(__always) static func tagValue(_ t: Int) -> UInt64 { UInt64(t) &+ 0x7A60_0000 }

    /// Tags the sentence in `lex`, writing class indices into `xOut`/`uOut`.
    func tag(_ lex: LexicalFeatures, xOut: inout [Int], uOut: inout [Int], scratch: inout TaggerScratch) {
        let n = lex.count
        xOut.removeAll(keepingCapacity: true)
        uOut.removeAll(keepingCapacity: true)
        scratch.prepare(max(xposNames.count, uposNames.count))
        dictionary.fill(lex, into: &scratch.ambiguity)
        classes.fill(lex, into: &scratch.classes)
        let amb = scratch.ambiguity
        let cls = scratch.classes
        let useClasses = classes.count > 0
        var p1 = TaggerFeatures.start
        var p2 = TaggerFeatures.start
        for i in 0..<n {
            let (x, u) = scratch.withBuffers { feats, scores in
                var k = amb.withUnsafeBufferPointer { a in
                    cls.withUnsafeBufferPointer { c in
                        TaggerFeatures.extract(lex, i, amb: a.baseAddress!, classes: useClasses ? c.baseAddress! : nil, prev1: p1, prev2: p2, into: feats)
                    }
                }
                let x = Self.best(xpos, UnsafeBufferPointer(start: feats, count: k), scores)
                k = TaggerFeatures.extendForUPOS(lex, i, xpos: Self.tagValue(x), into: feats, at: k)
                let u = Self.best(upos, UnsafeBufferPointer(start: feats, count: k), scores)
                return (x, u)
            }
            xOut.append(x)
            uOut.append(u)
            p2 = p1
            p1 = Self.tagValue(x)
        }
    }

    @inline(__always)
    static func best(_ w: PerceptronWeights, _ f: UnsafeBufferPointer<UInt64>, _ scores: UnsafeMutablePointer<Float>) -> Int {
        for c in 0..<w.classes { scores[c] = 0 }
        w.score(f, into: scores)
        var b = 0
        for c in 1..<w.classes where scores[c] > scores[b] { b = c }
        return b
    }

    func write(_ w: inout ModelWriter, xposTable: (inout ModelWriter) -> Void, uposTable: (inout ModelWriter) -> Void) {
        w.strings(xposNames)
        w.strings(uposNames)
        xposTable(&w)
        uposTable(&w)
        dictionary.write(&w)
        lemmatizer.write(&w)
        if classes.count > 0 { classes.write(&w) }
    }

    static func read(_ r: inout ModelReader) throws -> Tagger {
        let xn = try r.strings()
        let un = try r.strings()
        let x = try PerceptronWeights.read(&r)
        let u = try PerceptronWeights.read(&r)
        let dict = try TagDictionary.read(&r)
        let lem = try Lemmatizer.read(&r)
        let cls = r.atEnd ? WordClasses.empty : try WordClasses.read(&r)
        guard x.classes == xn.count, u.classes == un.count else { throw r.corrupt("tag counts differ from weights") }
        return Tagger(xposNames: xn, uposNames: un, xpos: x, upos: u, dictionary: dict, lemmatizer: lem, classes: cls)
    }
}

/// Reusable buffers for tagging and parsing one sentence at a time.
struct TaggerScratch {
    private var features = [UInt64](repeating: 0, count: 256)
    private var scores = [Float](repeating: 0, count: 256)
    var ambiguity: [UInt64] = []
    /// `WordClasses.levels` class values per token, filled by the tagger.
    var classes: [UInt64] = []

    mutating func prepare(_ classes: Int) {
        if scores.count < classes { scores = [Float](repeating: 0, count: classes) }
    }

    @inline(__always)
    mutating func withBuffers<R>(_ body: (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Float>) -> R) -> R {
        features.withUnsafeMutableBufferPointer { f in
            scores.withUnsafeMutableBufferPointer { s in body(f.baseAddress!, s.baseAddress!) }
        }
    }
}
