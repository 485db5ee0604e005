import ParleyCoding
import ParleyModel
import ParleyNLP
import ParleyText

/// The whole analysis of one article, from bytes to parley/1.
///
/// A `Pipeline` loads its models and dictionaries once; it is immutable and `Sendable`,
/// so one instance codes any number of documents in parallel.
public struct Pipeline: Sendable {
    public let stages: [any DocumentStage]

    public init(stages: [any DocumentStage]) {
        self.stages = stages
    }

    /// The text pipeline followed by every shipped stage, in dependency order.
    public static func standard() throws -> Pipeline {
        Pipeline(stages: [
            try LinguisticStage.loadShipped(),
            try EventCoder.loadShipped(),  // last: reads parses, entities, references, times, places
        ])
    }

    /// Analyzes one article. Throws `TextError` for input that is not text.
    public func run(
        _ bytes: [UInt8], metadata: ArticleMetadata = ArticleMetadata(), inputName: String = "<input>"
    ) throws -> Document {
        var doc = try TextPipeline.analyze(bytes, metadata: metadata, inputName: inputName)
        for stage in stages {
            try stage.process(&doc)
        }
        return doc
    }

    /// Analyzes one article and returns its parley/1 output.
    public func code(
        _ bytes: [UInt8], metadata: ArticleMetadata = ArticleMetadata(), inputName: String = "<input>",
        includeTokens: Bool = false
    ) throws -> Output {
        try run(bytes, metadata: metadata, inputName: inputName).output(includeTokens: includeTokens)
    }
}
