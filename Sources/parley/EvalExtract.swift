import ArgumentParser
import Foundation
import ParleyIngest

/// `parley eval extract`: HTML main-text extraction against pages with expected extractions.
struct EvalExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Score HTML main-text extraction (trafilatura snippets, full-text token F1).")

    @Argument(help: "A folder with expected.jsonl and/or NAME.html + NAME.expected.txt pages (searched recursively).")
    var directory: String

    @Flag(help: "Also list every missed snippet, kept boilerplate snippet and per-page token score.")
    var verbose = false

    func run() throws {
        let score: ExtractionScore
        do {
            score = try ExtractionScore.evaluate(directory: directory)
        } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if verbose { for m in score.misses { print(m) } }
        print(score.summary)
    }
}
