import ParleyModel
import ParleyText

/// Pipeline stage that tags, lemmatizes and parses every sentence and recognizes named
/// entities: fills `Document.analysis` (one entry per token) and `Document.entities`.
public struct LinguisticStage: DocumentStage {
    public let name = "nlp"
    public let models: ShippedModels

    public init(models: ShippedModels) {
        self.models = models
    }

    /// The stage with the models shipped in the package.
    public static func loadShipped() throws -> LinguisticStage {
        LinguisticStage(models: try ShippedModels.shipped())
    }

    public func process(_ document: inout Document) throws {
        let analyzer = models.analyzer
        var ws = AnalyzerWorkspace()
        var ranges = [Range<Int>]()
        var analysis = [TokenAnalysis]()
        analysis.reserveCapacity(document.tokens.count)
        var entities = [Entity]()
        var nerWorkspace = EntityWorkspace()
        let doc = document
        if let ner = models.recognizer, ner.usesDocument {
            var lex = LexicalFeatures()
            for sentence in doc.sentences {
                ranges.removeAll(keepingCapacity: true)
                for t in sentence.tokens { ranges.append(Int(doc.tokens[t].byteStart)..<Int(doc.tokens[t].byteEnd)) }
                doc.bytes.withUnsafeBufferPointer { p in ranges.withUnsafeBufferPointer { lex.fill(p, $0) } }
                nerWorkspace.document.add(lex)
            }
        }
        for sentence in doc.sentences {
            ranges.removeAll(keepingCapacity: true)
            for t in sentence.tokens { ranges.append(Int(doc.tokens[t].byteStart)..<Int(doc.tokens[t].byteEnd)) }
            // Sentences are contiguous and in order, so analysis stays aligned with tokens.
            while analysis.count < sentence.tokens.lowerBound {
                analysis.append(TokenAnalysis(upos: "X", xpos: "XX", lemma: doc.tokenText(analysis.count), head: -1, deprel: "dep"))
            }
            doc.bytes.withUnsafeBufferPointer { p in
                ranges.withUnsafeBufferPointer { analyzer.analyze(p, $0, &ws) }
            }
            let base = sentence.tokens.lowerBound
            for (i, t) in sentence.tokens.enumerated() {
                let xpos = analyzer.xposName(ws.xpos[i])
                let form = doc.tokenText(t)
                analysis.append(TokenAnalysis(
                    upos: analyzer.uposName(ws.upos[i]), xpos: xpos,
                    lemma: analyzer.tagger.lemmatizer.lemma(form, xpos: xpos),
                    head: ws.heads[i] < 0 ? -1 : base + ws.heads[i], deprel: analyzer.labelName(ws.labels[i])))
            }
            if let ner = models.recognizer {
                doc.bytes.withUnsafeBufferPointer { p in
                    ranges.withUnsafeBufferPointer { r in
                        ner.recognize(
                            p, r, lexical: ws.lex, upos: ws.upos, xpos: ws.xpos, ambiguity: ws.scratch.ambiguity, classes: ws.scratch.classes,
                            uposNames: analyzer.tagger.uposNames, &nerWorkspace)
                    }
                }
                for span in nerWorkspace.spans {
                    let range = (base + span.range.lowerBound)..<(base + span.range.upperBound)
                    let ts = doc.span(tokens: range)
                    entities.append(Entity(text: ts.text, start: ts.start, end: ts.end, type: span.type))
                }
            }
        }
        while analysis.count < doc.tokens.count {
            analysis.append(TokenAnalysis(upos: "X", xpos: "XX", lemma: doc.tokenText(analysis.count), head: -1, deprel: "dep"))
        }
        document.analysis = analysis
        document.entities = entities
    }
}
