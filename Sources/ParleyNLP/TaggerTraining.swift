/// Trains the tagger and lemmatizer from CoNLL-U sentences.
public enum TaggerTraining {
    static let bits = 20

    /// Trains for `options.epochs` epochs, reporting dev accuracy after each; returns the
    /// model file's bytes.
    public static func train(
        train: [TreebankSentence], dev: [TreebankSentence], options: TrainingOptions, classes: WordClasses = .empty,
        progress: (EpochReport) -> Void
    ) -> [UInt8] {
        let data = withHyphenVariants(train)
        let xposNames = Array(Set(data.flatMap(\.xpos))).sorted()
        let uposNames = Array(Set(data.flatMap(\.upos))).sorted()
        let xIndex = Dictionary(uniqueKeysWithValues: xposNames.enumerated().map { ($1, $0) })
        let uIndex = Dictionary(uniqueKeysWithValues: uposNames.enumerated().map { ($1, $0) })
        let lexes: [LexicalFeatures] = data.map { lexical(for: $0.forms) }
        let xGold = data.map { $0.xpos.map { xIndex[$0]! } }
        let uGold = data.map { $0.upos.map { uIndex[$0]! } }
        let lemmatizer = Lemmatizer.learn(data)
        let dictionary = TagDictionary.learn(words: lexes.map(\.word), tags: xGold)
        let ambs: [[UInt64]] = lexes.map { lex in
            var a = [UInt64]()
            dictionary.fill(lex, into: &a)
            return a
        }
        let clss: [[UInt64]] = lexes.map { lex in
            var c = [UInt64]()
            classes.fill(lex, into: &c)
            return c
        }
        let xt = PerceptronTrainer(classes: xposNames.count, bits: options.bits ?? bits)
        let ut = PerceptronTrainer(classes: uposNames.count, bits: options.bits ?? bits)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<data.count)
        var feats = [UInt64](repeating: 0, count: 64)
        var scores = [Float](repeating: 0, count: 256)
        var writer = ModelWriter()
        var best = -1.0
        for epoch in 1...options.epochs {
            order.shuffle(using: &rng)
            let t0 = monotonicSeconds()
            var tokens = 0
            feats.withUnsafeMutableBufferPointer { fb in
                scores.withUnsafeMutableBufferPointer { sb in
                    let f = fb.baseAddress!
                    let s = sb.baseAddress!
                    for si in order {
                        let lex = lexes[si]
                        var p1 = TaggerFeatures.start
                        var p2 = TaggerFeatures.start
                        for i in 0..<lex.count {
                            var k = ambs[si].withUnsafeBufferPointer { a in
                                clss[si].withUnsafeBufferPointer { c in
                                    TaggerFeatures.extract(lex, i, amb: a.baseAddress!, classes: classes.count > 0 ? c.baseAddress! : nil, prev1: p1, prev2: p2, into: f)
                                }
                            }
                            for c in 0..<xt.classes { s[c] = 0 }
                            xt.score(UnsafeBufferPointer(start: f, count: k), into: s)
                            var x = 0
                            for c in 1..<xt.classes where s[c] > s[x] { x = c }
                            xt.update(UnsafeBufferPointer(start: f, count: k), truth: xGold[si][i], guess: x)
                            k = TaggerFeatures.extendForUPOS(lex, i, xpos: Tagger.tagValue(x), into: f, at: k)
                            for c in 0..<ut.classes { s[c] = 0 }
                            ut.score(UnsafeBufferPointer(start: f, count: k), into: s)
                            var u = 0
                            for c in 1..<ut.classes where s[c] > s[u] { u = c }
                            ut.update(UnsafeBufferPointer(start: f, count: k), truth: uGold[si][i], guess: u)
                            xt.tick()
                            ut.tick()
                            p2 = p1
                            p1 = Tagger.tagValue(x)
                        }
                        tokens += lex.count
                    }
                }
            }
            let speed = Double(tokens) / max(monotonicSeconds() - t0, 1e-9)
            let (xw, xWrite) = xt.export(threshold: options.prune ?? 0.05)
            let (uw, uWrite) = ut.export(threshold: options.prune ?? 0.05)
            let tagger = Tagger(xposNames: xposNames, uposNames: uposNames, xpos: xw, upos: uw, dictionary: dictionary, lemmatizer: lemmatizer, classes: classes)
            let score = evaluate(tagger, on: dev)
            progress(EpochReport(epoch: epoch, epochs: options.epochs,
                                 dev: [("UPOS", score.upos), ("XPOS", score.xpos), ("LEMMA", score.lemma)],
                                 tokensPerSecond: speed))
            // The epoch with the best dev UPOS + XPOS (the last one when dev is empty).
            if score.upos + score.xpos >= best {
                best = score.upos + score.xpos
                writer = ModelWriter()
                tagger.write(&writer, xposTable: xWrite, uposTable: uWrite)
            }
        }
        return writer.fileBytes(kind: Tagger.kind)
    }

    static func lexical(for forms: [String]) -> LexicalFeatures {
        let sb = SentenceBytes(forms: forms)
        var lex = LexicalFeatures()
        sb.bytes.withUnsafeBufferPointer { p in sb.ranges.withUnsafeBufferPointer { lex.fill(p, $0) } }
        return lex
    }

    static func evaluate(_ tagger: Tagger, on dev: [TreebankSentence]) -> (upos: Double, xpos: Double, lemma: Double) {
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        var total = 0, xOK = 0, uOK = 0, lOK = 0
        for s in dev {
            let lex = lexical(for: s.forms)
            tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
            for i in 0..<s.count {
                total += 1
                if tagger.xposNames[xs[i]] == s.xpos[i] { xOK += 1 }
                if tagger.uposNames[us[i]] == s.upos[i] { uOK += 1 }
                if tagger.lemmatizer.lemma(s.forms[i], xpos: tagger.xposNames[xs[i]]) == s.lemmas[i] { lOK += 1 }
            }
        }
        let d = Double(max(total, 1)) / 100
        return (Double(uOK) / d, Double(xOK) / d, Double(lOK) / d)
    }
}
