import Dispatch
import Foundation
import ParleyArticle
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
    ///
    /// The three loads are independent (models, gazetteer, dictionaries), so they run on
    /// separate threads: startup is the slowest of them instead of their sum.
    public static func standard() throws -> Pipeline {
        let loaders: [@Sendable () throws -> any DocumentStage] = [
            { try LinguisticStage.loadShipped() },
            { try ArticleStage.loadShipped() },  // after the NLP stage, before the event coder
            { try EventCoder.loadShipped() },  // last: reads parses, entities, references, times, places
        ]
        let results = LoadResults(count: loaders.count)
        DispatchQueue.concurrentPerform(iterations: loaders.count) { i in
            results.set(i, Result { try loaders[i]() })
        }
        return Pipeline(stages: try results.values())
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

/// Results of loads run on several threads, kept in order.
private final class LoadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<any DocumentStage, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ r: Result<any DocumentStage, any Error>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }

    /// The stages in order, or the first load's error.
    func values() throws -> [any DocumentStage] {
        lock.lock()
        defer { lock.unlock() }
        return try slots.map { try $0!.get() }
    }
}
