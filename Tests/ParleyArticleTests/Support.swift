import ParleyArticle
import ParleyModel
import ParleyNLP
import ParleyText

/// One stage shared by the tests (loading the gazetteer takes a moment).
enum Shared {
    static let stage: ArticleStage = try! ArticleStage.loadShipped()

    static func run(_ text: String, date: String? = "2016-02-10") throws -> Document {
        var doc = try TextPipeline.analyze(text: text, metadata: ArticleMetadata(date: date))
        try stage.process(&doc)
        return doc
    }

    static let linguistic: LinguisticStage = try! LinguisticStage.loadShipped()

    /// As `parley code` does it: tagger, parser and entity model first, then the article stage.
    static func runParsed(_ text: String, date: String? = "2016-02-10") throws -> Document {
        var doc = try TextPipeline.analyze(text: text, metadata: ArticleMetadata(date: date))
        try linguistic.process(&doc)
        try stage.process(&doc)
        return doc
    }
}
