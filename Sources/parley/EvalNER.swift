import ArgumentParser
import Foundation
import ParleyNLP

/// `parley eval ner`: exact-span entity scores on a UniversalNER IOB2 file.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Score the entity recognizer on an IOB2 file (exact span and type).")

    @Argument(help: "An .iob2 file (e.g. en_ewt-ud-test.iob2).")
    var file: String
    @Option(help: "Directory with tagger.bin, parser.bin and entities.bin (default: the shipped models).")
    var models: String?
    @Flag(help: "Also print per-type scores and error counts.")
    var details = false
    @Option(help: "Write every error (type, boundary, spurious, missed) to this file, one per line.")
    var errors: String?

    func run() throws {
        try TrainingInput.reporting {
            let sentences = try TrainingInput.entities(file)
            let m = try TrainingInput.models(models)
            guard let ner = m.recognizer else { throw ModelError.missing(file: "entities.bin") }
            var log = [String]()
            let score = EntityEvaluation.score(ner, tagger: m.analyzer.tagger, on: sentences, errorLog: errors == nil ? nil : { log.append($0) })
            print(score.summary)
            if details { print(score.details) }
            if let errors { try (log.joined(separator: "\n") + "\n").write(toFile: errors, atomically: true, encoding: .utf8) }
        }
    }
}
