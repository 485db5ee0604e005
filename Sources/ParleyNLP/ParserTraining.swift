/// Trains the dependency parser with the arc-eager dynamic oracle and error exploration.
public enum ParserTraining {
    static let bits = 20

    /// `tagger`, when given, supplies predicted tags for training (as at run time).
    public static func train(
        train: [TreebankSentence], dev: [TreebankSentence], tagger: Tagger, options: TrainingOptions,
        progress: (EpochReport) -> Void
    ) -> [UInt8] {
        let data = withHyphenVariants(train)
        let labels = Array(Set(data.flatMap(\.deprels))).sorted()
        let lIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let L = labels.count
        let C = 2 + 2 * L
        let rootLabel = lIndex["root"] ?? 0
        var words = [[UInt64]]()
        var tags = [[UInt64]]()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        for s in data {
            let lex = TaggerTraining.lexical(for: s.forms)
            words.append(lex.word)
            tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
            tags.append(xs.map { Tagger.tagValue($0) })
        }
        let model = PerceptronTrainer(classes: C, bits: bits)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<data.count)
        var st = ParserState()
        var oracle = ArcEagerOracle()
        var feats = [UInt64](repeating: 0, count: ParserFeatures.capacity)
        var scores = [Float](repeating: 0, count: C)
        var costs = [Int](repeating: 0, count: C)
        var result = [UInt8]()
        for epoch in 1...options.epochs {
            order.shuffle(using: &rng)
            let explore = epoch > 1
            let t0 = monotonicSeconds()
            var tokens = 0
            for si in order {
                let s = data[si]
                let n = s.count
                oracle.reset(heads: s.heads, labels: s.deprels.map { lIndex[$0]! }, n: n)
                st.reset(n)
                words[si].withUnsafeBufferPointer { wp in
                    tags[si].withUnsafeBufferPointer { tp in
                        while !st.done {
                            let k = feats.withUnsafeMutableBufferPointer {
                                ParserFeatures.extract(st, words: wp.baseAddress!, tags: tp.baseAddress!, into: $0.baseAddress!)
                            }
                            for c in 0..<C { scores[c] = 0 }
                            feats.withUnsafeBufferPointer { f in
                                scores.withUnsafeMutableBufferPointer { model.score(UnsafeBufferPointer(rebasing: f[0..<k]), into: $0.baseAddress!) }
                            }
                            var pred = -1, gold = -1
                            var minCost = Int.max
                            for c in 0..<C {
                                if !st.valid(c, labels: L, rootLabel: rootLabel) { costs[c] = -1; continue }
                                let cost = oracle.cost(c, st, labels: L)
                                costs[c] = cost
                                minCost = min(minCost, cost)
                                if pred < 0 || scores[c] > scores[pred] { pred = c }
                            }
                            for c in 0..<C where costs[c] == minCost {
                                if gold < 0 || scores[c] > scores[gold] { gold = c }
                            }
                            if costs[pred] > minCost {
                                feats.withUnsafeBufferPointer { f in
                                    model.update(UnsafeBufferPointer(rebasing: f[0..<k]), truth: gold, guess: pred)
                                }
                            }
                            model.tick()
                            let follow = explore && costs[pred] > minCost && Double.random(in: 0..<1, using: &rng) < 0.9 ? pred : gold
                            st.apply(follow, labels: L)
                        }
                    }
                }
                tokens += n
            }
            let speed = Double(tokens) / max(monotonicSeconds() - t0, 1e-9)
            let (w, write) = model.export(threshold: 0.05)
            let parser = DependencyParser(labels: labels, weights: w)
            let score = evaluate(parser, tagger: tagger, on: dev)
            progress(EpochReport(epoch: epoch, epochs: options.epochs, dev: [("UAS", score.uas), ("LAS", score.las)],
                                 tokensPerSecond: speed))
            if epoch == options.epochs {
                var writer = ModelWriter()
                writer.strings(labels)
                write(&writer)
                result = writer.fileBytes(kind: DependencyParser.kind)
            }
        }
        return result
    }

    static func evaluate(_ parser: DependencyParser, tagger: Tagger, on dev: [TreebankSentence]) -> (uas: Double, las: Double) {
        var st = ParserState()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        var total = 0, u = 0, l = 0
        for s in dev {
            let lex = TaggerTraining.lexical(for: s.forms)
            tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
            let tags = xs.map { Tagger.tagValue($0) }
            lex.word.withUnsafeBufferPointer { wp in
                tags.withUnsafeBufferPointer { tp in
                    parser.parse(words: wp.baseAddress!, tags: tp.baseAddress!, count: s.count,
                                 isPunct: { s.upos[$0] == "PUNCT" }, state: &st, scratch: &scratch)
                }
            }
            for i in 0..<s.count {
                total += 1
                let h = st.head[i] == s.count ? -1 : st.head[i]
                if h == s.heads[i] {
                    u += 1
                    if parser.labels[st.label[i]] == s.deprels[i] { l += 1 }
                }
            }
        }
        let d = Double(max(total, 1)) / 100
        return (Double(u) / d, Double(l) / d)
    }
}
