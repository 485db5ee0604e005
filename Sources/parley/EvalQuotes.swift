import ArgumentParser
import Foundation
import ParleyArticle

/// `parley eval quotes`: quotes, attributions and speakers against PolNeAR JSONL.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quotes and speakers against PolNeAR attribution data (one article per JSONL line).")

    @Argument(help: "A PolNeAR JSONL file (e.g. ../shared/data/quotes/polnear-dev.jsonl).")
    var file: String

    @Flag(help: "Also print each direct-quote disagreement.")
    var showErrors = false

    func run() throws {
        let stage: ArticleStage
        let bytes: [UInt8]
        do {
            stage = try ArticleStage.loadShipped()
            bytes = try InputFile.read(file)
        } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var score = QuoteScore()
        score.collectErrors = showErrors
        var line = 0
        for chunk in bytes.split(separator: 0x0A) where !chunk.isEmpty {
            line += 1
            do {
                try score.add(jsonLine: Array(chunk), stage: stage, inputName: "\(file):\(line)")
            } catch {
                FileHandle.standardError.write(Data("parley: \(file):\(line): \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        for e in score.errors { print(e) }
        print(score.summary)
    }
}
