import Foundation
import ParleyCoding
import ParleyText

/// Builds sentences from a compact hand-written analysis so coding tests do not depend on
/// the parser: tokens "word/lemma/UPOS/head/deprel" separated by spaces, heads 1-based.
enum Hand {
    static func rows(_ spec: String) -> [(word: String, lemma: String, upos: String, head: Int, dep: String)] {
        spec.split(separator: " ").map { t in
            let f = t.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return (f[0].replacingOccurrences(of: "_", with: " "), f[1], f[2], Int(f[3])! - 1, f[4])
        }
    }

    static func sentence(_ spec: String) -> CodingSentence {
        let r = rows(spec)
        var starts: [Int] = []
        var ends: [Int] = []
        var pos = 0
        for x in r {
            starts.append(pos)
            pos += x.word.count
            ends.append(pos)
            pos += 1
        }
        return CodingSentence(
            words: r.map(\.word), lemmas: r.map(\.lemma), upos: r.map(\.upos), heads: r.map(\.head),
            deprels: r.map(\.dep), starts: starts, ends: ends)
    }

    /// A document for `text` whose tokens get the analyses of `specs` (one per sentence).
    static func document(_ text: String, date: String, _ specs: [String]) throws -> Document {
        var doc = try TextPipeline.analyze(text: text, metadata: ArticleMetadata(date: date))
        var analysis: [TokenAnalysis] = []
        for (si, spec) in specs.enumerated() {
            let base = doc.sentences[si].tokens.lowerBound
            let r = rows(spec)
            precondition(r.count == doc.sentences[si].tokens.count, "sentence \(si): \(r.count) rows for \(doc.sentences[si].tokens.count) tokens")
            for x in r {
                analysis.append(TokenAnalysis(upos: x.upos, xpos: "", lemma: x.lemma, head: x.head < 0 ? -1 : base + x.head, deprel: x.dep))
            }
        }
        doc.analysis = analysis
        return doc
    }

    static let shipped: EventCoder = try! EventCoder.loadShipped()

    static func triples(_ s: CodingSentence, date: Int = 20160210, coder: EventCoder = shipped) -> [String] {
        EventMatcher(dictionaries: coder.dictionaries).code(s, date: date).map {
            "\($0.source ?? "---")/\($0.target ?? "---")/\($0.code)"
        }
    }

    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: "../shared/eval/universalpetrarch") }
}
