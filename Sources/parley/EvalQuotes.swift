import ArgumentParser
import Foundation
import ParleyArticle
import ParleyNLP

/// `parley eval quotes`: quotes, attributions and speakers against PolNeAR JSONL.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quotes and speakers against PolNeAR attribution data (one article per JSONL line).")

    @Argument(help: "A PolNeAR JSONL file (e.g. ../shared/data/quotes/polnear-dev.jsonl).")
    var file: String

    @Flag(help: "Also print each direct-quote disagreement.")
    var showErrors = false

    @Flag(help: "Score the article stage alone, on capitalization rules instead of the tagger, parser and entity model.")
    var rulesOnly = false

    @Option(help: "Write one JSON line per article: its gold and predicted attributions (scalar offsets, speaker).")
    var report: String?

    func run() throws {
        let stage: ArticleStage
        let linguistic: LinguisticStage?
        let bytes: [UInt8]
        do {
            stage = try ArticleStage.loadShipped()
            linguistic = rulesOnly ? nil : try LinguisticStage.loadShipped()
            bytes = try InputFile.read(file)
        } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var score = QuoteScore()
        score.collectErrors = showErrors
        score.collectReport = report != nil
        var line = 0
        for chunk in bytes.split(separator: 0x0A) where !chunk.isEmpty {
            line += 1
            do {
                try score.add(jsonLine: Array(chunk), stage: stage, linguistic: linguistic, inputName: "\(file):\(line)")
            } catch {
                FileHandle.standardError.write(Data("parley: \(file):\(line): \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        for e in score.errors { print(e) }
        if let report {
            let lines = score.reportLines.joined(separator: "\n") + "\n"
            guard FileManager.default.createFile(atPath: report, contents: Data(lines.utf8)) else {
                FileHandle.standardError.write(Data("parley: cannot write \(report)\n".utf8))
                throw ExitCode(1)
            }
        }
        print(score.summary)
    }
}
