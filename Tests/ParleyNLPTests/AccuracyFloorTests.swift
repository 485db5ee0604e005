import Foundation
import Testing

@testable import ParleyNLP

/// Accuracy floors on the shared UD English EWT and UniversalNER test sets, a little below
/// what the shipped models measure, so a regression fails. Skipped when ../shared is absent.
@Suite struct AccuracyFloorTests {
    static let ud = "../shared/data/ud-english-ewt/en_ewt-ud-test.conllu"
    static let ner = "../shared/data/uner-english-ewt/en_ewt-ud-test.iob2"

    @Test func taggerAndParserFloors() throws {
        guard FileManager.default.fileExists(atPath: Self.ud) else {
            print("skipped: \(Self.ud) not found (../shared absent)")
            return
        }
        let text = try String(contentsOfFile: Self.ud, encoding: .utf8)
        let score = UDEvaluation.score(try ShippedModels.shipped().analyzer, on: try CoNLLU.parse(text, name: Self.ud))
        #expect(score.tokens == 25094)
        #expect(score.upos >= Floors.upos)
        #expect(score.xpos >= Floors.xpos)
        #expect(score.lemma >= Floors.lemma)
        #expect(score.uas >= Floors.uas)
        #expect(score.las >= Floors.las)
    }

    @Test func entityFloor() throws {
        guard FileManager.default.fileExists(atPath: Self.ner) else {
            print("skipped: \(Self.ner) not found (../shared absent)")
            return
        }
        let m = try ShippedModels.shipped()
        guard let ner = m.recognizer else { Issue.record("no entity model shipped"); return }
        let text = try String(contentsOfFile: Self.ner, encoding: .utf8)
        let score = EntityEvaluation.score(ner, tagger: m.analyzer.tagger, on: try IOB2.parse(text, name: Self.ner))
        #expect(score.f1 >= Floors.nerF1)
    }
}

/// Measured on EWT test minus a small margin (see README, "Linguistic models").
enum Floors {
    static let upos = 94.0
    static let xpos = 93.0
    static let lemma = 96.0
    static let uas = 85.0
    static let las = 82.0
    static let nerF1 = 0.71
}
