/// Scores tokenization and sentence splitting against a CoNLL-U treebank: the raw text of
/// each document is rebuilt from its `# text` lines (paragraphs separated by blank lines)
/// and re-analyzed; token and sentence-end character offsets are compared with the gold.
public struct SplitScore: Sendable {
    public var goldTokens = 0
    public var predictedTokens = 0
    public var matchedTokens = 0
    public var goldSentences = 0
    public var predictedSentences = 0
    public var matchedSentences = 0

    public var summary: String {
        func f(_ m: Int, _ g: Int, _ p: Int) -> (Double, Double, Double) {
            let precision = p == 0 ? 0 : Double(m) / Double(p)
            let recall = g == 0 ? 0 : Double(m) / Double(g)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return (precision, recall, f1)
        }
        let t = f(matchedTokens, goldTokens, predictedTokens)
        let s = f(matchedSentences, goldSentences, predictedSentences)
        func r(_ x: Double) -> String { String(Double(Int(x * 10000)) / 100) }
        return "SPLIT tokens F1 \(r(t.2)) (P \(r(t.0)) R \(r(t.1))) sentences F1 \(r(s.2)) (P \(r(s.0)) R \(r(s.1))) gold tokens \(goldTokens) gold sentences \(goldSentences)"
    }

    public static func compute(conllu: String) -> SplitScore {
        var score = SplitScore()
        var docText = ""
        var goldTokenSpans = Set<Int>()  // start * 1_000_000 + end (scalar offsets)
        var goldSentenceEnds = Set<Int>()
        var sentenceText = ""
        var cursor = 0  // scalar offset in docText where the current sentence starts
        var words: [(form: String, mwt: Bool)] = []
        var skipUntil = 0

        func flushDocument() {
            guard !docText.isEmpty else { return }
            if let doc = try? TextPipeline.analyze(text: docText) {
                var predictedSpans = Set<Int>()
                for t in doc.tokens { predictedSpans.insert(Int(t.start) * 1_000_000 + Int(t.end)) }
                let predictedEnds = Set(doc.sentences.map { $0.end })
                score.predictedTokens += predictedSpans.count
                score.predictedSentences += predictedEnds.count
                score.matchedTokens += predictedSpans.intersection(goldTokenSpans).count
                score.matchedSentences += predictedEnds.intersection(goldSentenceEnds).count
            }
            score.goldTokens += goldTokenSpans.count
            score.goldSentences += goldSentenceEnds.count
            docText = ""
            goldTokenSpans = []
            goldSentenceEnds = []
        }

        func flushSentence() {
            guard !sentenceText.isEmpty else { return }
            let scalars = Array(sentenceText.unicodeScalars)
            var pos = 0
            for w in words {
                let f = Array(w.form.unicodeScalars)
                while pos < scalars.count, scalars[pos].properties.isWhitespace { pos += 1 }
                guard pos + f.count <= scalars.count, Array(scalars[pos..<(pos + f.count)]) == f else { continue }
                goldTokenSpans.insert((cursor + pos) * 1_000_000 + cursor + pos + f.count)
                pos += f.count
            }
            var end = scalars.count
            while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
            goldSentenceEnds.insert(cursor + end)
            docText += sentenceText
            cursor += scalars.count
            sentenceText = ""
            words = []
        }

        for rawLine in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("# newdoc") {
                flushSentence()
                flushDocument()
                cursor = 0
            } else if line.hasPrefix("# newpar") {
                flushSentence()
                if !docText.isEmpty {
                    docText += "\n\n"
                    cursor += 2
                }
            } else if line.hasPrefix("# text = ") {
                flushSentence()
                if !docText.isEmpty && !docText.hasSuffix("\n\n") {
                    docText += " "
                    cursor += 1
                }
                sentenceText = String(line.dropFirst(9))
                skipUntil = 0
            } else if let first = line.first, first.isNumber {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard cols.count >= 2 else { continue }
                let id = cols[0]
                if id.contains("-") {
                    let parts = id.split(separator: "-")
                    skipUntil = Int(parts[1]) ?? 0
                    words.append((String(cols[1]), true))
                } else if id.contains(".") {
                    continue
                } else if let n = Int(id), n <= skipUntil {
                    continue
                } else {
                    words.append((String(cols[1]), false))
                }
            }
        }
        flushSentence()
        flushDocument()
        return score
    }
}
