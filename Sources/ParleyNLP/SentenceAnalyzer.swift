/// Tags and parses sentences given as byte ranges: the tagger and parser used together.
///
/// Immutable and `Sendable`; all per-sentence memory lives in an `AnalyzerWorkspace` the
/// caller keeps, so analysing a document allocates only its results.
public struct SentenceAnalyzer: Sendable {
    public let tagger: Tagger
    public let parser: DependencyParser
    let punct: Int
    let finiteRepair: FiniteVerbRepair

    public init(tagger: Tagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
        punct = tagger.uposNames.firstIndex(of: "PUNCT") ?? -1
        finiteRepair = FiniteVerbRepair(xpos: tagger.xposNames, upos: tagger.uposNames)
    }

    /// Analyses the tokens `ranges` of `bytes`; results are left in `ws` (`xpos`, `upos`,
    /// `heads` sentence-relative with -1 for the root, `labels`).
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ ws: inout AnalyzerWorkspace) {
        ws.lex.fill(bytes, ranges)
        tagger.tag(ws.lex, xOut: &ws.xpos, uOut: &ws.upos, scratch: &ws.scratch)
        finiteRepair.apply(bytes, ranges, xpos: &ws.xpos, upos: &ws.upos)
        ws.tags.removeAll(keepingCapacity: true)
        for x in ws.xpos { ws.tags.append(Tagger.tagValue(x)) }
        let n = ranges.count
        let upos = ws.upos
        let xpos = ws.xpos
        let punct = self.punct
        let repair = finiteRepair
        // A second reference, not a copy: parsing does not touch the scratch's classes.
        let ambiguity = ws.scratch.ambiguity
        ws.lex.word.withUnsafeBufferPointer { wp in
            ws.tags.withUnsafeBufferPointer { tp in
                ambiguity.withUnsafeBufferPointer { ap in
                    parser.parse(words: wp.baseAddress!, tags: tp.baseAddress!, ambiguity: ap.baseAddress!, count: n,
                                 isPunct: { upos[$0] == punct }, isFinite: { repair.finite[xpos[$0]] && upos[$0] == repair.verb },
                                 isNominal: { repair.nominal[xpos[$0]] }, state: &ws.state, scratch: &ws.scratch)
                }
            }
        }
        ws.heads.removeAll(keepingCapacity: true)
        ws.labels.removeAll(keepingCapacity: true)
        for i in 0..<n {
            let h = ws.state.head[i]
            ws.heads.append(h == n ? -1 : h)
            ws.labels.append(ws.state.label[i])
        }
    }

    public func xposName(_ i: Int) -> String { tagger.xposNames[i] }
    public func uposName(_ i: Int) -> String { tagger.uposNames[i] }
    public func labelName(_ i: Int) -> String { parser.labels[i] }
}

/// A clause needs a finite verb: when the tagger found none, the past participle right after
/// the sentence's first noun phrase is a simple past ("The militants fired rockets at Israel",
/// "Police arrested dozens of protesters": VBN → VBD), unless an auxiliary precedes it.
/// Without the repair the parser reads such sentences as one noun phrase with a reduced relative.
struct FiniteVerbRepair: Sendable {
    /// Per XPOS class: a finite verb tag (VBD, VBZ, VBP, MD); a noun or pronoun tag.
    let finite: [Bool]
    let nominal: [Bool]
    let vbn: Int
    let vbd: Int
    let verb: Int

    init(xpos: [String], upos: [String]) {
        finite = xpos.map { ["VBD", "VBZ", "VBP", "MD"].contains($0) }
        nominal = xpos.map { ["NN", "NNS", "NNP", "NNPS", "PRP"].contains($0) }
        vbn = xpos.firstIndex(of: "VBN") ?? -1
        vbd = xpos.firstIndex(of: "VBD") ?? -1
        verb = upos.firstIndex(of: "VERB") ?? -1
    }

    func apply(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, xpos: inout [Int], upos: inout [Int]) {
        let n = xpos.count
        guard n >= 3, vbn >= 0, vbd >= 0, verb >= 0 else { return }
        for x in xpos where finite[x] { return }
        for i in 1..<n where xpos[i] == vbn && nominal[xpos[i - 1]] {
            for k in max(0, i - 3)..<i where Self.isAuxiliary(bytes, ranges[k]) { return }
            xpos[i] = vbd
            upos[i] = verb
            return
        }
    }

    /// Forms of "be" and "have" (and "get") that make a participle passive or perfect.
    static func isAuxiliary(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 5 else { return false }
        var w: [UInt8] = []
        for k in r { w.append(bytes[k] | 0x20) }
        let forms: [[UInt8]] = ["be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "get", "gets", "got", "'s", "’s"].map { Array($0.utf8) }
        return forms.contains(w)
    }
}

/// Reusable buffers for `SentenceAnalyzer`; one per thread.
public struct AnalyzerWorkspace {
    var lex = LexicalFeatures()
    var scratch = TaggerScratch()
    var state = ParserState()
    var tags: [UInt64] = []
    public internal(set) var xpos: [Int] = []
    public internal(set) var upos: [Int] = []
    public internal(set) var heads: [Int] = []
    public internal(set) var labels: [Int] = []
    public init() {}
}
