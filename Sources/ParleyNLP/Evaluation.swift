/// Tagging and parsing accuracy against a treebank with gold tokenization.
public struct UDScore: Sendable {
    public var upos = 0.0, xpos = 0.0, lemma = 0.0, uas = 0.0, las = 0.0
    public var tokens = 0
    public var tokensPerSecond = 0.0

    /// `UPOS 96.4 XPOS 95.9 LEMMA 97.8 UAS 88.1 LAS 85.3 tokens 25094 tokens/s 312000`
    public var summary: String {
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        return "UPOS \(f(upos)) XPOS \(f(xpos)) LEMMA \(f(lemma)) UAS \(f(uas)) LAS \(f(las)) tokens \(tokens) tokens/s \(Int(tokensPerSecond))"
    }
}

public enum UDEvaluation {
    /// Tags, lemmatizes and parses every sentence; counts every token and arc (punctuation and
    /// non-projective arcs included). Speed covers tagging, lemmas and parsing, per core:
    /// tokens per second of the thread's CPU time, so a busy machine does not skew it.
    public static func score(_ analyzer: SentenceAnalyzer, on sentences: [TreebankSentence]) -> UDScore {
        let inputs = sentences.map { SentenceBytes(forms: $0.forms) }
        var ws = AnalyzerWorkspace()
        var results = [(x: [Int], u: [Int], h: [Int], l: [Int], lemmas: [String])]()
        results.reserveCapacity(sentences.count)
        let t0 = threadCPUSeconds()
        for (si, input) in inputs.enumerated() {
            input.bytes.withUnsafeBufferPointer { p in input.ranges.withUnsafeBufferPointer { analyzer.analyze(p, $0, &ws) } }
            let forms = sentences[si].forms
            var lemmas = [String]()
            lemmas.reserveCapacity(forms.count)
            for i in 0..<forms.count { lemmas.append(analyzer.tagger.lemmatizer.lemma(forms[i], xpos: analyzer.xposName(ws.xpos[i]))) }
            results.append((ws.xpos, ws.upos, ws.heads, ws.labels, lemmas))
        }
        let elapsed = threadCPUSeconds() - t0
        var s = UDScore()
        var x = 0, u = 0, lem = 0, ua = 0, la = 0
        for (si, gold) in sentences.enumerated() {
            let r = results[si]
            for i in 0..<gold.count {
                s.tokens += 1
                if analyzer.xposName(r.x[i]) == gold.xpos[i] { x += 1 }
                if analyzer.uposName(r.u[i]) == gold.upos[i] { u += 1 }
                if r.lemmas[i] == gold.lemmas[i] { lem += 1 }
                if r.h[i] == gold.heads[i] {
                    ua += 1
                    if analyzer.labelName(r.l[i]) == gold.deprels[i] { la += 1 }
                }
            }
        }
        let d = Double(max(s.tokens, 1)) / 100
        s.upos = Double(u) / d
        s.xpos = Double(x) / d
        s.lemma = Double(lem) / d
        s.uas = Double(ua) / d
        s.las = Double(la) / d
        s.tokensPerSecond = Double(s.tokens) / max(elapsed, 1e-9)
        return s
    }
}

/// Exact-span, exact-type entity scores against IOB2 gold (PER/ORG/LOC).
public struct EntityScore: Sendable {
    public var precision = 0.0, recall = 0.0, f1 = 0.0
    /// Per gold type: true positives, predicted, gold.
    public var byType: [String: (tp: Int, predicted: Int, gold: Int)] = [:]
    /// Error counts: a predicted span with the gold span but another type ("type"), one
    /// overlapping a gold span with other bounds ("boundary"), one overlapping none
    /// ("spurious"); a gold span no prediction overlaps ("missed").
    public var errors: [String: Int] = [:]
    public var summary: String {
        String(format: "NER P %.2f R %.2f F1 %.2f", precision, recall, f1)
    }

    /// Per-type P/R/F1 and the error counts, one line each.
    public var details: String {
        var lines = [String]()
        for t in byType.keys.sorted() {
            let c = byType[t]!
            let p = c.predicted > 0 ? Double(c.tp) / Double(c.predicted) : 0
            let r = c.gold > 0 ? Double(c.tp) / Double(c.gold) : 0
            let f = p + r > 0 ? 2 * p * r / (p + r) : 0
            lines.append(String(format: "%@ P %.2f R %.2f F1 %.2f (tp %d predicted %d gold %d)", t, p, r, f, c.tp, c.predicted, c.gold))
        }
        lines.append(errors.keys.sorted().map { "\($0) \(errors[$0]!)" }.joined(separator: " "))
        return lines.joined(separator: "\n")
    }
}

public enum EntityEvaluation {
    /// Our types map to UniversalNER's: PERSON → PER, GPE and LOC → LOC; NORP has no gold
    /// counterpart and is left out. `errorLog`, if given, receives one line per error.
    public static func score(
        _ recognizer: EntityRecognizer, tagger: Tagger, on sentences: [EntitySentence], errorLog: ((String) -> Void)? = nil
    ) -> EntityScore {
        var ws = EntityWorkspace()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        var tp = 0, predicted = 0, gold = 0
        var sc = EntityScore()
        func count(_ t: String, _ k: Int) { sc.byType[t, default: (0, 0, 0)].tp += k }
        for (si, s) in sentences.enumerated() {
            if recognizer.usesDocument && (si == 0 || s.newDocument) {
                ws.document.removeAll()
                var j = si
                repeat {
                    ws.document.add(TaggerTraining.lexical(for: sentences[j].forms))
                    j += 1
                } while j < sentences.count && !sentences[j].newDocument
            }
            let input = SentenceBytes(forms: s.forms)
            let lex = TaggerTraining.lexical(for: s.forms)
            tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
            input.bytes.withUnsafeBufferPointer { p in
                input.ranges.withUnsafeBufferPointer {
                    recognizer.recognize(p, $0, lexical: lex, upos: us, xpos: xs, ambiguity: scratch.ambiguity, classes: scratch.classes, uposNames: tagger.uposNames, &ws)
                }
            }
            let g = IOB2.spans(s.tags)
            gold += g.count
            for (_, t) in g { sc.byType[t, default: (0, 0, 0)].gold += 1 }
            var found = [Bool](repeating: false, count: g.count)
            func text(_ r: Range<Int>) -> String { s.forms[r].joined(separator: " ") }
            for span in ws.spans {
                let type: String
                switch span.type {
                case "PERSON": type = "PER"
                case "GPE", "LOC": type = "LOC"
                case "ORG": type = "ORG"
                default: continue
                }
                predicted += 1
                sc.byType[type, default: (0, 0, 0)].predicted += 1
                if let k = g.firstIndex(where: { $0.0 == span.range }) {
                    found[k] = true
                    if g[k].1 == type {
                        tp += 1
                        count(type, 1)
                    } else {
                        sc.errors["type", default: 0] += 1
                        errorLog?("type\t\(g[k].1)->\(type)\t\(text(span.range))\t\(s.id)")
                    }
                } else if let k = g.firstIndex(where: { $0.0.overlaps(span.range) }) {
                    found[k] = true
                    sc.errors["boundary", default: 0] += 1
                    errorLog?("boundary\t\(g[k].1)->\(type)\t[\(text(g[k].0))] -> [\(text(span.range))]\t\(s.id)")
                } else {
                    sc.errors["spurious", default: 0] += 1
                    errorLog?("spurious\t\(type)\t\(text(span.range))\t\(s.id)")
                }
            }
            for (k, (r, t)) in g.enumerated() where !found[k] {
                sc.errors["missed", default: 0] += 1
                errorLog?("missed\t\(t)\t\(text(r))\t\(s.id)")
            }
        }
        sc.precision = predicted > 0 ? Double(tp) / Double(predicted) : 0
        sc.recall = gold > 0 ? Double(tp) / Double(gold) : 0
        sc.f1 = sc.precision + sc.recall > 0 ? 2 * sc.precision * sc.recall / (sc.precision + sc.recall) : 0
        return sc
    }
}
