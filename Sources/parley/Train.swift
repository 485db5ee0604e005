import ArgumentParser
import ParleyNLP

/// `parley train …`: reproduces the shipped models from the treebanks in ../shared/data.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the tagger, parser or entity recognizer (prints dev accuracy per epoch).",
        subcommands: [TrainTagger.self, TrainParser.self, TrainEntities.self])
}

/// Options every training command shares.
struct TrainOptions: ParsableArguments {
    @Option(help: "Training file (.conllu or .iob2, optionally .gz).")
    var train: String
    @Option(help: "Development file, scored after every epoch.")
    var dev: String
    @Option(help: "Directory to write the model file into.")
    var output: String
    @Option(help: "Random seed (shuffling, exploration); the same seed gives the same model.")
    var seed: UInt64 = 1
    @Option(help: "Number of passes over the training data.")
    var epochs: Int?
    @Option(help: "log2 of the hashed feature buckets while training (default per model).")
    var bits: Int?
    @Option(help: "Prune averaged weights below this magnitude from the written model (default per model).")
    var prune: Float?

    func training(defaultEpochs: Int) -> TrainingOptions {
        TrainingOptions(epochs: epochs ?? defaultEpochs, seed: seed, bits: bits, prune: prune)
    }

    func validate() throws {
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1, got \(epochs)") }
        if let bits, !(16...24).contains(bits) { throw ValidationError("--bits must be in 16...24, got \(bits)") }
    }
}
