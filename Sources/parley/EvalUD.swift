import ArgumentParser
import ParleyNLP

/// `parley eval ud`: tagging, lemma and parsing accuracy on a CoNLL-U file (gold tokens).
struct EvalUD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ud", abstract: "Score the tagger, lemmatizer and parser on a CoNLL-U treebank.")

    @Argument(help: "A .conllu file (e.g. en_ewt-ud-test.conllu).")
    var file: String
    @Option(help: "Directory with tagger.bin and parser.bin (default: the shipped models).")
    var models: String?

    func run() throws {
        try TrainingInput.reporting {
            let sentences = try TrainingInput.treebank(file)
            let m = try TrainingInput.models(models)
            print(UDEvaluation.score(m.analyzer, on: sentences).summary)
        }
    }
}
