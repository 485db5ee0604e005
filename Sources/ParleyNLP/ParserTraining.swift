/// Trains the dependency parser with the arc-eager dynamic oracle and error exploration.
public enum ParserTraining {
    static let bits = 22

    /// `tagger` supplies predicted tags for training (as at run time) and for scoring dev.
    /// With `jackknife` k > 1 the training tags come instead from k taggers, each trained
    /// (`taggerEpochs` epochs) on the other folds, so the parser learns from tags with
    /// run-time errors rather than the near-perfect tags a tagger gives its own training data.
    /// The model of the epoch with the best dev LAS is returned.
    public static func train(
        train: [TreebankSentence], dev: [TreebankSentence], tagger: Tagger, options: TrainingOptions,
        jackknife: Int = 0, taggerEpochs: Int = 8,
        progress: (EpochReport) -> Void
    ) -> [UInt8] {
        var data = [TreebankSentence]()
        var taggerOf = [Int]()  // fold of each sentence of `data`, -1: the given tagger
        var foldTaggers = [Tagger]()
        var foldTagIndex = [[Int]]()
        if jackknife > 1 {
            for k in 0..<jackknife {
                let rest = train.indices.filter { $0 % jackknife != k }.map { train[$0] }
                let bytes = TaggerTraining.train(
                    train: rest, dev: [], options: TrainingOptions(epochs: taggerEpochs, seed: options.seed &+ UInt64(k)),
                    classes: tagger.classes
                ) { _ in }
                var r = try! ModelReader(bytes: bytes, file: "fold \(k)", kind: Tagger.kind)
                foldTaggers.append(try! Tagger.read(&r))
                progress(EpochReport(epoch: 0, epochs: options.epochs, dev: [("jackknife tagger", Double(k + 1))], tokensPerSecond: 0))
            }
            let mainIndex = Dictionary(uniqueKeysWithValues: tagger.xposNames.enumerated().map { ($1, $0) })
            foldTagIndex = foldTaggers.map { t in t.xposNames.map { mainIndex[$0] ?? tagger.xposNames.count } }
            for (i, s) in train.enumerated() {
                data.append(s)
                taggerOf.append(i % jackknife)
            }
            for (i, s) in train.enumerated() {
                if let m = s.mergingHyphens() {
                    data.append(m)
                    taggerOf.append(i % jackknife)
                }
            }
        } else {
            data = withHyphenVariants(train)
            taggerOf = Array(repeating: -1, count: data.count)
        }
        let labels = Array(Set(data.flatMap(\.deprels))).sorted()
        let lIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let L = labels.count
        let C = 2 + 2 * L
        let rootLabel = lIndex["root"] ?? 0
        var words = [[UInt64]]()
        var tags = [[UInt64]]()
        var ambiguity = [[UInt64]]()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        for (si, s) in data.enumerated() {
            let lex = TaggerTraining.lexical(for: s.forms)
            words.append(lex.word)
            // Classes from the run-time tagger's dictionary even for jackknifed tags: it is
            // the one the parser reads at run time.
            var classes = [UInt64]()
            tagger.dictionary.fill(lex, into: &classes)
            ambiguity.append(classes)
            if taggerOf[si] < 0 {
                tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
                tags.append(xs.map { Tagger.tagValue($0) })
            } else {
                // A fold's tagger numbers its tags by its own tag list: map them by name to
                // the run-time tagger's numbering, which the features hash.
                let k = taggerOf[si]
                foldTaggers[k].tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
                tags.append(xs.map { Tagger.tagValue(foldTagIndex[k][$0]) })
            }
        }
        let model = PerceptronTrainer(classes: C, bits: options.bits ?? bits)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<data.count)
        var st = ParserState()
        var oracle = ArcEagerOracle()
        var feats = [UInt64](repeating: 0, count: ParserFeatures.capacity)
        var scores = [Float](repeating: 0, count: C)
        var costs = [Int](repeating: 0, count: C)
        var result = [UInt8]()
        var bestLAS = -1.0
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
                        ambiguity[si].withUnsafeBufferPointer { ap in
                            while !st.done {
                                let k = feats.withUnsafeMutableBufferPointer {
                                    ParserFeatures.extract(
                                        st, words: wp.baseAddress!, tags: tp.baseAddress!, ambiguity: ap.baseAddress!,
                                        into: $0.baseAddress!)
                                }
                                for c in 0..<C { scores[c] = 0 }
                                feats.withUnsafeBufferPointer { f in
                                    scores.withUnsafeMutableBufferPointer {
                                        model.score(UnsafeBufferPointer(rebasing: f[0..<k]), into: $0.baseAddress!)
                                    }
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
                                let wrong = costs[pred] > minCost
                                let follow = explore && wrong && Double.random(in: 0..<1, using: &rng) < 0.9 ? pred : gold
                                st.apply(follow, labels: L)
                            }
                        }
                    }
                }
                tokens += n
            }
            let speed = Double(tokens) / max(monotonicSeconds() - t0, 1e-9)
            let (w, write) = model.export(threshold: options.prune ?? 0.05)
            let parser = DependencyParser(labels: labels, weights: w)
            let score = evaluate(parser, tagger: tagger, on: dev)
            progress(EpochReport(epoch: epoch, epochs: options.epochs, dev: [("UAS", score.uas), ("LAS", score.las)],
                                 tokensPerSecond: speed))
            if score.las > bestLAS {
                bestLAS = score.las
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
            let ambiguity = scratch.ambiguity
            lex.word.withUnsafeBufferPointer { wp in
                tags.withUnsafeBufferPointer { tp in
                    ambiguity.withUnsafeBufferPointer { ap in
                        parser.parse(words: wp.baseAddress!, tags: tp.baseAddress!, ambiguity: ap.baseAddress!, count: s.count,
                                     isPunct: { s.upos[$0] == "PUNCT" }, state: &st, scratch: &scratch)
                    }
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
