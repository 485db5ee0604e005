/// One step of the pipeline: reads the document and adds its annotations.
///
/// Stages are immutable after loading and `Sendable`, so one instance serves all threads.
public protocol DocumentStage: Sendable {
    /// Short stable name, e.g. "tagger", "parser", "quotes", "coder".
    var name: String { get }
    func process(_ document: inout Document) throws
}
