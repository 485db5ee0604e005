import Foundation

/// The trained models shipped as package resources, loaded once per process.
public struct ShippedModels: Sendable {
    public let analyzer: SentenceAnalyzer
    public let recognizer: EntityRecognizer?

    static let fileNames = (tagger: "tagger.bin", parser: "parser.bin", entities: "entities.bin")

    /// Loads models from a directory holding `tagger.bin`, `parser.bin` and optionally `entities.bin`.
    public static func load(directory: String) throws -> ShippedModels {
        func path(_ f: String) -> String { (directory as NSString).appendingPathComponent(f) }
        let tagger = try loadTagger(path(fileNames.tagger))
        let parser = try loadParser(path(fileNames.parser))
        let nerPath = path(fileNames.entities)
        let ner = FileManager.default.fileExists(atPath: nerPath) ? try EntityRecognizer.load(path: nerPath) : nil
        return ShippedModels(analyzer: SentenceAnalyzer(tagger: tagger, parser: parser), recognizer: ner)
    }

    public static func loadTagger(_ path: String) throws -> Tagger {
        var r = try ModelReader(path: path, kind: Tagger.kind)
        return try Tagger.read(&r)
    }

    public static func loadParser(_ path: String) throws -> DependencyParser {
        var r = try ModelReader(path: path, kind: DependencyParser.kind)
        return try DependencyParser.read(&r)
    }

    /// Directory of the models bundled with Parley.
    public static var resourceDirectory: String {
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) { return url.path }
        return Bundle.module.bundleURL.appendingPathComponent("Resources").path
    }

    private static let cached: Result<ShippedModels, any Error> = Result { try load(directory: resourceDirectory) }

    /// The bundled models, loaded on first use and shared by every thread.
    public static func shipped() throws -> ShippedModels { try cached.get() }
}
