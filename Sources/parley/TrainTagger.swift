import ArgumentParser
import ParleyNLP

/// `parley train tagger`: POS tagger and lemmatizer from a CoNLL-U treebank.
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger", abstract: "Train the UPOS/XPOS tagger and lemmatizer (writes tagger.bin).")

    @OptionGroup var options: TrainOptions
    @Option(help: "Word-class table from scripts/gen-word-classes.py (word, then one class id per granularity), stored in tagger.bin.")
    var wordClasses: String?

    func run() throws {
        try TrainingInput.reporting {
            let train = try TrainingInput.treebank(options.train)
            let dev = try TrainingInput.treebank(options.dev)
            let classes = try wordClasses.map { try WordClasses.load(table: $0) } ?? .empty
            if wordClasses != nil { TrainingInput.progress("word classes: \(classes.count) words") }
            let bytes = TaggerTraining.train(
                train: train, dev: dev, options: options.training(defaultEpochs: 8), classes: classes
            ) { TrainingInput.progress($0.line) }
            try TrainingInput.write(bytes, dir: options.output, file: "tagger.bin")
        }
    }
}
