import ArgumentParser
import Foundation
import ParleyNLP

/// `parley train ner`: entity tagger from UniversalNER IOB2 with gazetteer features.
struct TrainEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Train the named-entity recognizer (writes entities.bin).")

    @OptionGroup var options: TrainOptions
    @Option(help: "Tagger model supplying POS features (default: OUTPUT/tagger.bin, else the shipped one).")
    var tagger: String?
    @Option(help: "Gazetteer directory (countries.tsv, cities.tsv, subdivisions_iso3166-2.tsv, continents.tsv).")
    var gazetteer = "../shared/data/gazetteer"
    @Flag(help: "Train the older greedy IOB2 tagger instead of the BILOU sequence model (Viterbi).")
    var greedy = false
    @Flag(help: "Sequence model with document features (how the document spells each word elsewhere).")
    var document = false

    func run() throws {
        try TrainingInput.reporting {
            let tagger = try Self.loadTagger(tagger, output: options.output)
            let train = try TrainingInput.entities(options.train)
            let dev = try TrainingInput.entities(options.dev)
            let bytes = try EntityTraining.train(
                train: train, dev: dev, tagger: tagger, gazetteer: gazetteer,
                options: options.training(defaultEpochs: 20), sequence: !greedy, document: document
            ) { TrainingInput.progress($0.line) }
            try TrainingInput.write(bytes, dir: options.output, file: "entities.bin")
        }
    }

    static func loadTagger(_ path: String?, output: String) throws -> Tagger {
        if let path { return try ShippedModels.loadTagger(path) }
        let local = (output as NSString).appendingPathComponent("tagger.bin")
        if FileManager.default.fileExists(atPath: local) { return try ShippedModels.loadTagger(local) }
        return try ShippedModels.shipped().analyzer.tagger
    }
}
