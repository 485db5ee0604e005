import ArgumentParser
import ParleyNLP

/// `parley train parser`: arc-eager dependency parser from a CoNLL-U treebank, trained on the
/// tags a tagger predicts (as at run time).
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser", abstract: "Train the dependency parser (writes parser.bin).")

    @OptionGroup var options: TrainOptions
    @Option(help: "Tagger model supplying predicted tags (default: OUTPUT/tagger.bin, else the shipped one).")
    var tagger: String?
    @Option(help: "Train on tags from this many taggers, each trained on the other folds (0: the tagger's own tags).")
    var jackknife = 0
    @Option(help: "Epochs of each jackknife tagger.")
    var taggerEpochs = 8

    func run() throws {
        try TrainingInput.reporting {
            let tagger = try TrainEntities.loadTagger(tagger, output: options.output)
            let train = try TrainingInput.treebank(options.train)
            let dev = try TrainingInput.treebank(options.dev)
            let bytes = ParserTraining.train(
                train: train, dev: dev, tagger: tagger,
                options: options.training(defaultEpochs: 15), jackknife: jackknife, taggerEpochs: taggerEpochs
            ) { TrainingInput.progress($0.line) }
            try TrainingInput.write(bytes, dir: options.output, file: "parser.bin")
        }
    }
}
