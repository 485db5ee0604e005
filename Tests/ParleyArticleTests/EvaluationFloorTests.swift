import Foundation
import ParleyArticle
import ParleyModel
import ParleyNLP
import ParleyText
import Testing

/// Accuracy floors on ../shared data (a little below what `parley eval` measures).
@Suite struct EvaluationFloorTests {
    @Test func timexFloor() throws {
        let root = "../shared/data/tempeval3/TBAQ-cleaned/TimeBank"
        guard FileManager.default.fileExists(atPath: root) else { print("skip: \(root) absent"); return }
        let names = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasSuffix(".tml") }.sorted()
        let docs = try names.map { TimeMLDocument(name: $0, xml: try String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
        // As `parley eval timex`: tenses come from the tagger and parser.
        let score = try TimexScore.evaluate(docs, linguistic: Shared.linguistic)
        print(score.summary)
        #expect(score.relaxedF1 >= 0.91)
        #expect(score.valueF1 >= 0.80)
    }

    @Test func quotesFloor() throws {
        let path = "../shared/data/quotes/polnear-dev.jsonl"
        guard FileManager.default.fileExists(atPath: path) else { print("skip: \(path) absent"); return }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        // As `parley eval quotes` and the pipeline: after the tagger, parser and entity model.
        let linguistic = try LinguisticStage.loadShipped()
        var score = QuoteScore()
        for (n, line) in bytes.split(separator: 0x0A).enumerated() where !line.isEmpty {
            try score.add(jsonLine: Array(line), stage: Shared.stage, linguistic: linguistic, inputName: "\(path):\(n + 1)")
        }
        print(score.summary)
        #expect(score.directF1 >= 0.86)
        #expect(score.speakerAccuracy >= 0.87)
        #expect(score.allF1 >= 0.50)
    }

    /// Real web articles: every annotation points at its own text, and quotes get speakers.
    @Test func webNewsArticles() throws {
        let path = "../shared/data/news/web-news-en.jsonl"
        guard FileManager.default.fileExists(atPath: path) else { print("skip: \(path) absent"); return }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var direct = 0
        var attributed = 0
        var places = 0
        for line in bytes.split(separator: 0x0A) where !line.isEmpty {
            let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] ?? [:]
            let date = (obj["date"] as? String).map { String($0.prefix(10)) }
            var doc = try TextPipeline.analyze(text: obj["text"] as? String ?? "", metadata: ArticleMetadata(date: date))
            try Shared.stage.process(&doc)
            for q in doc.quotes {
                #expect(doc.string(scalars: q.start, q.end) == q.text)
                if q.kind == "direct" {
                    direct += 1
                    if q.speaker != nil { attributed += 1 }
                }
            }
            for t in doc.times { #expect(!t.value.isEmpty && doc.string(scalars: t.start, t.end) == t.text) }
            for p in doc.places where p.feature != "region" {
                #expect(p.country != nil)
                places += 1
            }
            for e in doc.entities { #expect(doc.string(scalars: e.start, e.end) == e.text) }
        }
        print("web news: \(direct) direct quotes, \(attributed) with a speaker, \(places) places")
        #expect(direct > 50)
        #expect(Double(attributed) >= 0.8 * Double(direct))
    }
}
