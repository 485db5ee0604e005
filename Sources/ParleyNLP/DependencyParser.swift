/// Greedy arc-eager labeled dependency parser scored by an averaged perceptron.
///
/// Immutable and `Sendable`; per-sentence state lives in `ParserState` and `TaggerScratch`.
public struct DependencyParser: Sendable {
    static let kind = "parser"
    let labels: [String]
    let weights: PerceptronWeights
    let rootLabel: Int
    let punctLabel: Int
    let fallbackLabel: Int
    let subjectLabel: Int

    init(labels: [String], weights: PerceptronWeights) {
        self.labels = labels
        self.weights = weights
        rootLabel = labels.firstIndex(of: "root") ?? 0
        punctLabel = labels.firstIndex(of: "punct") ?? 0
        fallbackLabel = labels.firstIndex(of: "dep") ?? 0
        subjectLabel = labels.firstIndex(of: "nsubj") ?? fallbackLabel
    }

    var classes: Int { 2 + 2 * labels.count }

    /// Parses one sentence given per-token word and tag hashes and the tagger's ambiguity
    /// classes; heads/labels land in `state` (head `state.n` is the root).
    func parse(
        words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>, ambiguity: UnsafePointer<UInt64>, count: Int,
        isPunct: (Int) -> Bool, isFinite: (Int) -> Bool = { _ in false }, isNominal: (Int) -> Bool = { _ in false },
        state: inout ParserState, scratch: inout TaggerScratch
    ) {
        state.reset(count)
        let L = labels.count
        let C = classes
        scratch.prepare(C)
        while !state.done {
            let t = scratch.withBuffers { feats, scores -> Int in
                let k = ParserFeatures.extract(state, words: words, tags: tags, ambiguity: ambiguity, into: feats)
                for c in 0..<C { scores[c] = 0 }
                weights.score(UnsafeBufferPointer(start: feats, count: k), into: scores)
                var best = -1
                var bestScore = -Float.infinity
                // Punctuation is never a head: no left-arc onto a punctuation buffer token, no
                // right-arc from a punctuation stack token (else a name after a title can end up
                // the subject of the full stop).
                let punctB = state.b < count && isPunct(state.b)
                let s0 = state.s0
                let punctS0 = s0 >= 0 && s0 < count && isPunct(s0)
                // Nor does a finite lexical verb depend on the noun after it ("militants fired
                // rockets": "fired" is no modifier of "rockets"; copulas, tagged AUX, may).
                let verbOnNoun = s0 >= 0 && s0 < count && state.b < count && isFinite(s0) && isNominal(state.b)
                // Nor on the noun right before it: that noun is its subject ("militants fired"),
                // and a relative clause hangs on the noun before ("the things people say").
                let nounOnVerb = s0 >= 0 && state.b == s0 + 1 && state.b < count && isNominal(s0) && isFinite(state.b)
                // Nor is a noun the root when a finite verb follows it ("Hamas militants fired
                // rockets": "militants" was made the root and "fired" left over).
                let nounRoot = s0 == count && state.b + 1 < count && isNominal(state.b) && isFinite(state.b + 1)
                for c in 0..<C where scores[c] > bestScore && state.valid(c, labels: L, rootLabel: rootLabel) {
                    if c >= 2 && c < 2 + L && (punctB || verbOnNoun) { continue }
                    if c >= 2 + L && (punctS0 || nounOnVerb || nounRoot) { continue }
                    best = c
                    bestScore = scores[c]
                }
                return best
            }
            state.apply(t < 0 ? 0 : t, labels: L)
        }
        state.finish(
            rootLabel: rootLabel, fallbackLabel: fallbackLabel, punctLabel: punctLabel, subjectLabel: subjectLabel,
            isPunct: isPunct, isFinite: isFinite, isNominal: isNominal)
    }

    static func read(_ r: inout ModelReader) throws -> DependencyParser {
        let labels = try r.strings()
        let w = try PerceptronWeights.read(&r)
        guard w.classes == 2 + 2 * labels.count else { throw r.corrupt("label count differs from weights") }
        return DependencyParser(labels: labels, weights: w)
    }
}
