import Foundation
import ParleyModel
import ParleyText

/// Scores attributions against PolNeAR (../shared/data/quotes, format in its README).
///
/// Direct quotes: gold items with `direct`, predictions that are quotation-mark attributions;
/// a match needs the exact envelope; speaker accuracy is the share of matched quotes whose
/// speaker string equals the gold surface speaker. All attributions: one-to-one greedy matching
/// by largest overlap with |pred ∩ gold| / max(|pred|, |gold|) ≥ 0.5 and the same speaker head word.
public struct QuoteScore: Sendable {
    public var directGold = 0, directPredicted = 0, directMatched = 0, directSpeaker = 0, directSpeakerHead = 0
    public var allGold = 0, allPredicted = 0, allMatched = 0

    /// When set, `errors` collects one line per direct-quote disagreement.
    public var collectErrors = false
    public var errors: [String] = []
    /// When set, `reportLines` collects one JSON object per article with gold and predicted items.
    public var collectReport = false
    public var reportLines: [String] = []

    public init() {}

    static func f1(_ tp: Int, _ pred: Int, _ gold: Int) -> (Double, Double, Double) {
        let p = pred == 0 ? 0 : Double(tp) / Double(pred)
        let r = gold == 0 ? 0 : Double(tp) / Double(gold)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    public var directF1: Double { QuoteScore.f1(directMatched, directPredicted, directGold).2 }
    public var speakerAccuracy: Double { directMatched == 0 ? 0 : Double(directSpeaker) / Double(directMatched) }
    public var allF1: Double { QuoteScore.f1(allMatched, allPredicted, allGold).2 }

    public var summary: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        let d = QuoteScore.f1(directMatched, directPredicted, directGold)
        let a = QuoteScore.f1(allMatched, allPredicted, allGold)
        return "QUOTES direct P \(f(d.0)) R \(f(d.1)) F1 \(f(d.2)) speaker accuracy \(f(speakerAccuracy)) | all attributions P \(f(a.0)) R \(f(a.1)) F1 \(f(a.2)) (speaker head-word accuracy \(f(directMatched == 0 ? 0 : Double(directSpeakerHead) / Double(directMatched))); gold direct \(directGold), all \(allGold))"
    }

    struct Item {
        var start: Int, end: Int
        var speaker: String?
        var direct: Bool
    }

    /// Head word of a speaker: last alphanumeric token before any comma, without possessive, lowercased.
    static func head(_ s: String?) -> String? {
        guard var t = s?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let c = t.firstIndex(of: ",") { t = String(t[..<c]) }
        if t.hasSuffix("'s") || t.hasSuffix("’s") { t = String(t.dropLast(2)) }
        let words = t.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.last.map(String.init)
    }

    /// Scores one PolNeAR JSONL line with the given stage, after `linguistic` (tags, parse and
    /// entities, as in the full pipeline) when one is given.
    public mutating func add(
        jsonLine: [UInt8], stage: ArticleStage, linguistic: (any DocumentStage)? = nil, inputName: String
    ) throws {
        let obj = try JSONSerialization.jsonObject(with: Data(jsonLine)) as? [String: Any] ?? [:]
        let text = obj["text"] as? String ?? ""
        var gold: [Item] = []
        for q in obj["quotes"] as? [[String: Any]] ?? [] {
            gold.append(Item(start: q["start"] as? Int ?? 0, end: q["end"] as? Int ?? 0, speaker: q["speaker"] as? String, direct: q["direct"] as? Bool ?? false))
        }
        var doc = try TextPipeline.analyze(text: text, metadata: ArticleMetadata(), inputName: inputName)
        try linguistic?.process(&doc)
        let pred = stage.attributionItems(&doc)
        if collectErrors {
            let scalars = Array(text.unicodeScalars)
            func t(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[max(0, a)..<min(scalars.count, b)])).replacingOccurrences(of: "\n", with: " ") }
            for g in gold where g.direct {
                if let p = pred.first(where: { $0.direct && $0.start == g.start && $0.end == g.end }) {
                    if p.speaker != g.speaker { errors.append("SPEAKER\t\(g.speaker ?? "-")\t\(p.speaker ?? "-")\t\(t(g.start, g.end + 40))") }
                } else if let p = pred.first(where: { $0.direct && $0.start < g.end && g.start < $0.end }) {
                    errors.append("SPAN\tgold: \(t(g.start - 20, g.end + 20))\n\tpred: \(t(p.start - 20, p.end + 20))")
                } else {
                    errors.append("MISS\t\(t(g.start - 30, g.end + 30))")
                }
            }
            for p in pred where p.direct && !gold.contains(where: { $0.direct && $0.start < p.end && p.start < $0.end }) {
                errors.append("SPURIOUS\t\(p.speaker ?? "-")\t\(t(p.start - 30, p.end + 30))")
            }
        }
        score(gold: gold, pred: pred)
        if collectReport {
            func items(_ list: [Item]) -> [[String: Any]] {
                list.map { ["start": $0.start, "end": $0.end, "speaker": $0.speaker ?? NSNull(), "direct": $0.direct] }
            }
            let record: [String: Any] = ["id": obj["id"] as? String ?? inputName, "gold": items(gold), "predicted": items(pred)]
            if let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]) {
                reportLines.append(String(decoding: data, as: UTF8.self))
            }
        }
    }

    mutating func score(gold: [Item], pred: [Item]) {
        let gd = gold.filter { $0.direct }
        let pd = pred.filter { $0.direct }
        directGold += gd.count
        directPredicted += pd.count
        var used = Set<Int>()
        for p in pd {
            guard let k = gd.indices.first(where: { !used.contains($0) && gd[$0].start == p.start && gd[$0].end == p.end }) else { continue }
            used.insert(k)
            directMatched += 1
            if p.speaker?.trimmingCharacters(in: .whitespaces) == gd[k].speaker?.trimmingCharacters(in: .whitespaces) { directSpeaker += 1 }
            if QuoteScore.head(p.speaker) == QuoteScore.head(gd[k].speaker) { directSpeakerHead += 1 }
        }
        allGold += gold.count
        allPredicted += pred.count
        var pairs: [(Double, Int, Int)] = []
        for (i, p) in pred.enumerated() {
            for (j, g) in gold.enumerated() {
                let inter = min(p.end, g.end) - max(p.start, g.start)
                guard inter > 0 else { continue }
                let ratio = Double(inter) / Double(max(p.end - p.start, g.end - g.start))
                if ratio >= 0.5 && QuoteScore.head(p.speaker) == QuoteScore.head(g.speaker) { pairs.append((ratio, i, j)) }
            }
        }
        pairs.sort { $0.0 > $1.0 }
        var pu = Set<Int>(), gu = Set<Int>()
        for (_, i, j) in pairs where !pu.contains(i) && !gu.contains(j) {
            pu.insert(i)
            gu.insert(j)
            allMatched += 1
        }
    }
}

extension ArticleStage {
    /// Runs the stage and returns its attributions as scorable items (scalar offsets, surface speaker).
    func attributionItems(_ doc: inout Document) -> [QuoteScore.Item] {
        let w = Words(doc)
        let names = mentions(doc, w)
        var attributions = QuoteFinder(names: names).find(doc, w)
        // A partial quote inside a reported clause is scored as that clause.
        let indirectCues = Set(attributions.filter { $0.kind == "indirect" }.compactMap { $0.cue?.lowerBound })
        attributions.removeAll { $0.kind == "partial" && $0.cue.map { indirectCues.contains($0.lowerBound) } == true }
        // Quotes with no attribution cue are not attributions.
        attributions.removeAll { $0.cue == nil }
        return attributions.map { a in
            var envelope = a.envelope
            if a.kind == "partial" {
                // The attributed content of a partial quote is its whole clause.
                let s = doc.sentences[Int(doc.tokens[envelope.lowerBound].sentence)].tokens
                var start = envelope.lowerBound
                while start > s.lowerBound && !(a.cue.map { $0.contains(start - 1) } ?? false) && ![",", ":", ";"].contains(w.text[start - 1]) { start -= 1 }
                envelope = start..<envelope.upperBound
            }
            let span = doc.span(tokens: envelope)
            let speaker = a.speaker.map { doc.span(tokens: $0).text }
            return QuoteScore.Item(start: span.start, end: span.end, speaker: speaker, direct: a.kind == "direct")
        }
    }
}
