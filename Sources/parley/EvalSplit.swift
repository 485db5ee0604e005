import ArgumentParser
import Foundation
import ParleyText

/// `parley eval split`: sentence splitting and tokenization against UD gold.
///
/// Reads a CoNLL-U file, re-tokenizes each document's raw text and scores sentence
/// boundaries and token boundaries (exact character spans) against the treebank.
struct EvalSplit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Score the tokenizer and sentence splitter against a CoNLL-U treebank.")

    @Argument(help: "A .conllu file with '# text' lines (e.g. en_ewt-ud-test.conllu).")
    var file: String

    func run() throws {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(file) } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let score = SplitScore.compute(conllu: String(decoding: bytes, as: UTF8.self))
        print(score.summary)
    }
}
