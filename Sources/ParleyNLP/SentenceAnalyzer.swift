/// Tags and parses sentences given as byte ranges: the tagger and parser used together.
///
/// Immutable and `Sendable`; all per-sentence memory lives in an `AnalyzerWorkspace` the
/// caller keeps, so analysing a document allocates only its results.
public struct SentenceAnalyzer: Sendable {
    public let tagger: Tagger
    public let parser: DependencyParser
    let punct: Int

    public init(tagger: Tagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
        punct = tagger.uposNames.firstIndex(of: "PUNCT") ?? -1
    }

    /// Analyses the tokens `ranges` of `bytes`; results are left in `ws` (`xpos`, `upos`,
    /// `heads` sentence-relative with -1 for the root, `labels`).
    func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<Range<Int>>, _ ws: inout AnalyzerWorkspace) {
        ws.lex.fill(bytes, ranges)
        tagger.tag(ws.lex, xOut: &ws.xpos, uOut: &ws.upos, scratch: &ws.scratch)
        ws.tags.removeAll(keepingCapacity: true)
        for x in ws.xpos { ws.tags.append(Tagger.tagValue(x)) }
        let n = ranges.count
        let upos = ws.upos
        let punct = self.punct
        // A second reference, not a copy: parsing does not touch the scratch's classes.
        let ambiguity = ws.scratch.ambiguity
        ws.lex.word.withUnsafeBufferPointer { wp in
            ws.tags.withUnsafeBufferPointer { tp in
                ambiguity.withUnsafeBufferPointer { ap in
                    parser.parse(words: wp.baseAddress!, tags: tp.baseAddress!, ambiguity: ap.baseAddress!, count: n,
                                 isPunct: { upos[$0] == punct }, state: &ws.state, scratch: &ws.scratch)
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
