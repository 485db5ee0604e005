import Foundation
import ParleyModel
import ParleyText

/// One TimeML document: the plain text of its `<TEXT>`, the creation time and the gold TIMEX3s.
public struct TimeMLDocument: Sendable {
    public var name: String
    public var text: String
    /// Document creation time, `YYYY-MM-DD`.
    public var dct: String?
    public var gold: [TimeExpression]

    /// Reads TimeML markup: tags are dropped, entities decoded, TIMEX3 offsets kept in scalars.
    public init(name: String, xml: String) {
        self.name = name
        var dct: String? = nil
        if let r = xml.range(of: "<DCT>"), let close = xml.range(of: "</DCT>", range: r.upperBound..<xml.endIndex) {
            let header = String(xml[r.upperBound..<close.lowerBound])
            dct = TimeMLDocument.attribute("value", in: header).map { String($0.prefix(10)) }
        }
        self.dct = dct
        var body = Substring(xml)
        if let r = xml.range(of: "<TEXT>"), let e = xml.range(of: "</TEXT>", range: r.upperBound..<xml.endIndex) {
            body = xml[r.upperBound..<e.lowerBound]
        }
        var out = String.UnicodeScalarView()
        var gold: [TimeExpression] = []
        var open: (start: Int, type: String, value: String)? = nil
        var count = 0
        let scalars = Array(body.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<" {
                var j = i + 1
                while j < scalars.count && scalars[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)]))
                if tag.hasPrefix("TIMEX3") {
                    open = (count, TimeMLDocument.attribute("type", in: tag) ?? "", TimeMLDocument.attribute("value", in: tag) ?? "")
                } else if tag.hasPrefix("/TIMEX3"), let o = open {
                    let text = String(String.UnicodeScalarView(out.suffix(count - o.start)))
                    gold.append(TimeExpression(text: text, start: o.start, end: count, type: o.type, value: o.value))
                    open = nil
                }
                i = j + 1
                continue
            }
            if c == "&" {
                var j = i + 1
                while j < scalars.count && j - i < 8 && scalars[j] != ";" { j += 1 }
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)]))
                let map: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
                if j < scalars.count, let s = map[name] {
                    out.append(s)
                    count += 1
                    i = j + 1
                    continue
                }
            }
            out.append(c)
            count += 1
            i += 1
        }
        self.text = String(out)
        self.gold = gold
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        guard let e = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[r.upperBound..<e])
    }
}

/// TempEval-3 TIMEX scores: strict and relaxed extent F1, value F1 and type accuracy over
/// relaxed (overlapping, one-to-one) matches.
public struct TimexScore: Sendable {
    public var gold = 0
    public var predicted = 0
    public var strict = 0
    public var relaxed = 0
    public var value = 0
    public var type = 0

    public init() {}

    static func f1(_ tp: Int, _ pred: Int, _ gold: Int) -> (p: Double, r: Double, f: Double) {
        let p = pred == 0 ? 0 : Double(tp) / Double(pred)
        let r = gold == 0 ? 0 : Double(tp) / Double(gold)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    public var strictF1: Double { TimexScore.f1(strict, predicted, gold).f }
    public var relaxedF1: Double { TimexScore.f1(relaxed, predicted, gold).f }
    public var valueF1: Double { TimexScore.f1(value, predicted, gold).f }
    public var typeAccuracy: Double { relaxed == 0 ? 0 : Double(type) / Double(relaxed) }

    /// Adds one document: predictions matched one-to-one to the first overlapping gold.
    public mutating func add(gold g: [TimeExpression], predicted p: [TimeExpression]) {
        gold += g.count
        predicted += p.count
        var used = Set<Int>()
        for x in p {
            guard let k = g.indices.first(where: { !used.contains($0) && g[$0].start < x.end && x.start < g[$0].end }) else { continue }
            used.insert(k)
            relaxed += 1
            if g[k].start == x.start && g[k].end == x.end { strict += 1 }
            if g[k].value == x.value { value += 1 }
            if g[k].type == x.type { type += 1 }
        }
    }

    public var summary: String {
        func f(_ x: Double) -> String {
            let v = (x * 1000).rounded() / 1000
            var s = String(v)
            while s.count < 5 { s += "0" }
            return s
        }
        let s = TimexScore.f1(strict, predicted, gold)
        return "TIMEX strict F1 \(f(s.f)) relaxed F1 \(f(relaxedF1)) value F1 \(f(valueF1)) type accuracy \(f(typeAccuracy)) (P \(f(s.p)) R \(f(s.r)); gold \(gold) predicted \(predicted))"
    }

    /// One line per disagreement: `MISS`, `SPURIOUS`, `VALUE` or `SPAN`, with gold and prediction.
    public static func errors(
        _ docs: [TimeMLDocument], tagger: TimeTagger = TimeTagger(), linguistic: (any DocumentStage)? = nil
    ) throws -> [String] {
        var lines: [String] = []
        for d in docs {
            let doc = try prepare(d, linguistic)
            let p = tagger.tag(doc)
            var matched = Set<Int>()
            for x in p {
                if let k = d.gold.indices.first(where: { !matched.contains($0) && d.gold[$0].start < x.end && x.start < d.gold[$0].end }) {
                    matched.insert(k)
                    let g = d.gold[k]
                    if g.value != x.value || g.type != x.type {
                        let sentence = doc.sentences.first { $0.start <= x.start && x.start < $0.end }.map { doc.span($0.start, $0.end).text } ?? ""
                        lines.append("VALUE\t\(d.dct ?? "")\t\(g.text)\t\(g.type) \(g.value)\t\(x.text)\t\(x.type) \(x.value)\t\(sentence)")
                    }
                    else if g.start != x.start || g.end != x.end { lines.append("SPAN\t\(g.text)\t\(x.text)") }
                } else {
                    let sentence = doc.sentences.first { $0.start <= x.start && x.start < $0.end }.map { doc.span($0.start, $0.end).text } ?? ""
                    lines.append("SPURIOUS\t\(x.text)\t\(x.type) \(x.value)\t\(sentence)")
                }
            }
            for (k, g) in d.gold.enumerated() where !matched.contains(k) {
                lines.append("MISS\t\(g.text)\t\(g.type) \(g.value)")
            }
        }
        return lines
    }

    /// Runs the tagger over TimeML documents, each with its own creation date, after
    /// `linguistic` (tags and parse, as in `parley code`) when given.
    public static func evaluate(
        _ docs: [TimeMLDocument], tagger: TimeTagger = TimeTagger(), linguistic: (any DocumentStage)? = nil
    ) throws -> TimexScore {
        var score = TimexScore()
        for d in docs {
            let doc = try prepare(d, linguistic)
            score.add(gold: d.gold, predicted: tagger.tag(doc))
        }
        return score
    }

    static func prepare(_ d: TimeMLDocument, _ linguistic: (any DocumentStage)?) throws -> Document {
        var doc = try TextPipeline.analyze(text: d.text, metadata: ArticleMetadata(date: d.dct), inputName: d.name)
        try linguistic?.process(&doc)
        return doc
    }
}
