/// A sentence of an IOB2 entity file (UniversalNER): tokens and BIO tags.
public struct EntitySentence: Sendable {
    public var id: String = ""
    public var forms: [String] = []
    public var tags: [String] = []
    /// Whether a `# newdoc` line came before the sentence.
    public var newDocument = false
}

/// Reads UniversalNER IOB2: `index, token, tag, …` per line, blank line between sentences.
public enum IOB2 {
    public static func parse(_ text: String, name: String) throws -> [EntitySentence] {
        var out = [EntitySentence]()
        var cur = EntitySentence()
        var lineNo = 0
        var newDocument = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty {
                if !cur.forms.isEmpty { out.append(cur) }
                cur = EntitySentence()
                continue
            }
            if line.hasPrefix("# newdoc") { newDocument = true }
            if line.hasPrefix("#") {
                if line.hasPrefix("# sent_id = ") { cur.id = String(line.dropFirst(12)) }
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3 else {
                throw TreebankError.malformed(file: name, line: lineNo, reason: "expected index, token and tag columns")
            }
            let tag = String(cols[2])
            guard tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-") else {
                throw TreebankError.malformed(file: name, line: lineNo, reason: "tag '\(tag)' is not IOB2")
            }
            if cur.forms.isEmpty {
                cur.newDocument = newDocument
                newDocument = false
            }
            cur.forms.append(String(cols[1]))
            cur.tags.append(tag)
        }
        if !cur.forms.isEmpty { out.append(cur) }
        return out
    }

    /// Gold spans (sentence-relative token ranges with PER/ORG/LOC types).
    static func spans(_ tags: [String]) -> [(Range<Int>, String)] {
        var out = [(Range<Int>, String)]()
        var i = 0
        while i < tags.count {
            if tags[i] == "O" { i += 1; continue }
            let type = tags[i].dropFirst(2)
            var j = i + 1
            while j < tags.count, tags[j] == "I-" + type { j += 1 }
            out.append((i..<j, String(type)))
            i = j
        }
        return out
    }
}

/// Trains the entity tagger on IOB2 data with POS from the shipped tagger and gazetteer features.
public enum EntityTraining {
    static let bits = 21

    /// `sequence`: the BILOU sequence model (structured perceptron, Viterbi); else the greedy
    /// IOB2 tagger of older models.
    public static func train(
        train: [EntitySentence], dev: [EntitySentence], tagger: Tagger, gazetteer gazetteerDirectory: String,
        options: TrainingOptions, sequence: Bool = false, document: Bool = false, progress: (EpochReport) -> Void
    ) throws -> [UInt8] {
        let gazetteer = try Gazetteer.build(directory: gazetteerDirectory)
        if sequence {
            return trainSequence(
                train: train, dev: dev, tagger: tagger, gazetteer: gazetteer, options: options, document: document, progress: progress)
        }
        let tagNames = ["O"] + Array(Set(train.flatMap(\.tags)).subtracting(["O"])).sorted()
        let index = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })
        let usesClasses = tagger.classes.count > 0
        var prepared = [(LexicalFeatures, [Int], [Int], [UInt64], [UInt64], [UInt8], [UInt8], [Int])]()
        var ws = EntityWorkspace()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        for s in train {
            let lex = TaggerTraining.lexical(for: s.forms)
            tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
            EntityRecognizer.gazetteerFlags(gazetteer, lex, &ws)
            prepared.append((lex, us, xs, scratch.ambiguity, usesClasses ? scratch.classes : [], ws.gazB, ws.gazI, s.tags.map { index[$0]! }))
        }
        let model = PerceptronTrainer(classes: tagNames.count, bits: options.bits ?? bits)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<prepared.count)
        var feats = [UInt64](repeating: 0, count: 128)
        var scores = [Float](repeating: 0, count: tagNames.count)
        var result = [UInt8]()
        var best = -1.0
        for epoch in 1...options.epochs {
            order.shuffle(using: &rng)
            let t0 = monotonicSeconds()
            var tokens = 0
            for si in order {
                let (lex, upos, xpos, amb, cls, gb, gi, gold) = prepared[si]
                var p1 = EntityFeatures.start, p2 = EntityFeatures.start
                for i in 0..<lex.count {
                    let k = feats.withUnsafeMutableBufferPointer {
                        EntityFeatures.extract(lex, i, upos: upos, xpos: xpos, amb: amb, classes: cls, gazB: gb, gazI: gi, prev1: p1, prev2: p2, into: $0.baseAddress!)
                    }
                    let guess = feats.withUnsafeBufferPointer { f in
                        scores.withUnsafeMutableBufferPointer { s -> Int in
                            for c in 0..<s.count { s[c] = 0 }
                            model.score(UnsafeBufferPointer(rebasing: f[0..<k]), into: s.baseAddress!)
                            var b = 0
                            for c in 1..<s.count where s[c] > s[b] { b = c }
                            return b
                        }
                    }
                    feats.withUnsafeBufferPointer { model.update(UnsafeBufferPointer(rebasing: $0[0..<k]), truth: gold[i], guess: guess) }
                    model.tick()
                    p2 = p1
                    p1 = Tagger.tagValue(guess)
                }
                tokens += lex.count
            }
            // a greedy model without word classes has no feature-set word, as older files
            if let file = closeEpoch(
                model, epoch: epoch, tokens: tokens, since: t0, tagNames: tagNames, gazetteer: gazetteer, tagger: tagger, dev: dev,
                options: options, best: &best, progress: progress,
                recognizer: { EntityRecognizer(tagNames: tagNames, weights: $0, gazetteer: gazetteer, usesClasses: usesClasses) },
                featureWord: { _ in usesClasses ? EntityRecognizer.classFeatures : nil })
            {
                result = file
            }
        }
        return result
    }
}

extension EntityTraining {
    /// Structured averaged perceptron over BILOU tags: each sentence is decoded with Viterbi
    /// under the current weights, then the gold path's features gain and the predicted path's
    /// lose, position by position where the two differ (the tag, or the previous tag for the
    /// transition features). The model of the best dev-F1 epoch is kept.
    static func trainSequence(
        train: [EntitySentence], dev: [EntitySentence], tagger: Tagger, gazetteer: Gazetteer,
        options: TrainingOptions, document: Bool, progress: (EpochReport) -> Void
    ) -> [UInt8] {
        let types = Array(Set(train.flatMap(\.tags).filter { $0 != "O" }.map { String($0.dropFirst(2)) }))
        let tagNames = BILOU.tagNames(types: types)
        let T = tagNames.count
        let index = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })
        let (allowed, first, last) = BILOU.constraints(tagNames)
        let usesClasses = tagger.classes.count > 0
        struct Prepared {
            var lex: LexicalFeatures
            var upos: [Int], xpos: [Int]
            var amb: [UInt64], cls: [UInt64]
            var gazB: [UInt8], gazI: [UInt8]
            var gold: [Int]
            var doc: Int
        }
        var documents = [EntityDocument]()
        var prepared = [Prepared]()
        var ws = EntityWorkspace()
        var scratch = TaggerScratch()
        var xs = [Int](), us = [Int]()
        for s in train {
            let lex = TaggerTraining.lexical(for: s.forms)
            if documents.isEmpty || s.newDocument { documents.append(EntityDocument()) }
            if document { documents[documents.count - 1].add(lex) }
            tagger.tag(lex, xOut: &xs, uOut: &us, scratch: &scratch)
            EntityRecognizer.gazetteerFlags(gazetteer, lex, &ws)
            prepared.append(Prepared(
                lex: lex, upos: us, xpos: xs, amb: scratch.ambiguity, cls: usesClasses ? scratch.classes : [],
                gazB: ws.gazB, gazI: ws.gazI, gold: BILOU.encode(s.tags).map { index[$0]! }, doc: documents.count - 1))
        }
        let model = PerceptronTrainer(classes: T, bits: options.bits ?? bits)
        var rng = SeededGenerator(seed: options.seed)
        var order = Array(0..<prepared.count)
        var feats = [UInt64](repeating: 0, count: 192)
        var tf = [UInt64](repeating: 0, count: EntityFeatures.transitionCount)
        var result = [UInt8]()
        var best = -1.0
        for epoch in 1...options.epochs {
            order.shuffle(using: &rng)
            let t0 = monotonicSeconds()
            var tokens = 0
            for si in order {
                let s = prepared[si]
                ws.gazB = s.gazB
                ws.gazI = s.gazI
                if document { ws.document = documents[s.doc] }
                EntityRecognizer.decodeSequence(
                    s.lex, upos: s.upos, xpos: s.xpos, ambiguity: s.amb, classes: s.cls, T: T,
                    allowed: allowed, first: first, last: last, document: document, &ws
                ) { f, size, out in model.score(f, groupSize: size, into: out) }
                let guess = ws.tags
                let ctx = ws.context
                if guess != s.gold {
                    for i in 0..<s.lex.count {
                        let g = s.gold[i], p = guess[i]
                        let gp = i > 0 ? s.gold[i - 1] : -1, pp = i > 0 ? guess[i - 1] : -1
                        if g != p {
                            let k = feats.withUnsafeMutableBufferPointer {
                                EntityFeatures.emission(
                                    s.lex, i, upos: s.upos, xpos: s.xpos, amb: s.amb, classes: s.cls, gazB: s.gazB, gazI: s.gazI,
                                    context: ctx, into: $0.baseAddress!)
                            }
                            feats.withUnsafeBufferPointer { model.update(UnsafeBufferPointer(rebasing: $0[0..<k]), truth: g, guess: p) }
                        }
                        if g != p || gp != pp {
                            for (prev, cls, amount) in [(gp, g, Float(1)), (pp, p, Float(-1))] {
                                tf.withUnsafeMutableBufferPointer {
                                    EntityFeatures.transition(
                                        s.lex, i, upos: s.upos, gazB: s.gazB, gazI: s.gazI,
                                        prev: prev < 0 ? EntityFeatures.start : Tagger.tagValue(prev), into: $0.baseAddress!)
                                }
                                tf.withUnsafeBufferPointer { model.adjust($0, cls, amount) }
                            }
                        }
                    }
                }
                model.tick()
                tokens += s.lex.count
            }
            if let file = closeEpoch(
                model, epoch: epoch, tokens: tokens, since: t0, tagNames: tagNames, gazetteer: gazetteer, tagger: tagger, dev: dev,
                options: options, best: &best, progress: progress,
                recognizer: {
                    EntityRecognizer(tagNames: tagNames, weights: $0, gazetteer: gazetteer, usesClasses: usesClasses, sequence: true, usesDocument: document)
                },
                featureWord: { $0.featureSet })
            {
                result = file
            }
        }
        return result
    }
}

extension EntityTraining {
    /// The end of a training epoch, the same for both models: export the weights, score them on
    /// dev, report, and return the model file when dev F1 beats `best` (nil otherwise).
    /// `featureWord` is the trailing feature-set word the file carries, if any.
    static func closeEpoch(
        _ model: PerceptronTrainer, epoch: Int, tokens: Int, since t0: Double, tagNames: [String], gazetteer: Gazetteer,
        tagger: Tagger, dev: [EntitySentence], options: TrainingOptions, best: inout Double, progress: (EpochReport) -> Void,
        recognizer make: (PerceptronWeights) -> EntityRecognizer, featureWord: (EntityRecognizer) -> UInt32?
    ) -> [UInt8]? {
        let speed = Double(tokens) / max(monotonicSeconds() - t0, 1e-9)
        let (w, write) = model.export(threshold: options.prune ?? 0.05)
        let recognizer = make(w)
        let score = EntityEvaluation.score(recognizer, tagger: tagger, on: dev)
        progress(EpochReport(epoch: epoch, epochs: options.epochs,
                             dev: [("P", score.precision * 100), ("R", score.recall * 100), ("F1", score.f1 * 100)],
                             tokensPerSecond: speed))
        guard score.f1 > best else { return nil }
        best = score.f1
        var writer = ModelWriter()
        writer.strings(tagNames)
        write(&writer)
        gazetteer.write(&writer)
        if let word = featureWord(recognizer) { writer.u32(word) }
        return writer.fileBytes(kind: EntityRecognizer.kind)
    }
}
