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
    public var summary: String {
        String(format: "NER P %.2f R %.2f F1 %.2f", precision, recall, f1)
    }
}

public enum EntityEvaluation {
    /// Our types map to UniversalNER's: PERSON → PER, GPE and LOC → LOC; NORP has no gold
    /// counterpart and is left out.
    public static func score(_ recognizer: EntityRecognizer, tagger: Tagger, on sentences: [EntitySentence]) -> EntityScore {
        var ws = EntityWorkspace()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        var tp = 0, predicted = 0, gold = 0
        for s in sentences {
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
            for span in ws.spans {
                let type: String
                switch span.type {
                case "PERSON": type = "PER"
                case "GPE", "LOC": type = "LOC"
                case "ORG": type = "ORG"
                default: continue
                }
                predicted += 1
                if g.contains(where: { $0.0 == span.range && $0.1 == type }) { tp += 1 }
            }
        }
        var sc = EntityScore()
        sc.precision = predicted > 0 ? Double(tp) / Double(predicted) : 0
        sc.recall = gold > 0 ? Double(tp) / Double(gold) : 0
        sc.f1 = sc.precision + sc.recall > 0 ? 2 * sc.precision * sc.recall / (sc.precision + sc.recall) : 0
        return sc
    }
}
