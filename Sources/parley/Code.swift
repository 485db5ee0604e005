import ArgumentParser
import Foundation
import ParleyCoding
import ParleyModel
import ParleyPipeline
import ParleyText

/// `parley code`: analyze articles and print parley/1.
struct Code: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code news articles into events, quotes, times and places (parley/1).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Argument(help: "Article files (plain text); '-' reads standard input.")
    var files: [String]

    @Option(help: "Publication date, YYYY-MM-DD; resolves \"on Thursday\" and dated roles. Without it, a date line at the top of the text or a date in the file name is used (with a warning).")
    var date: String?

    @Option(help: "Name of the publisher or feed.")
    var source: String?

    @Option(help: "URL of the article.")
    var url: String?

    @Option(help: "Output format: json (pretty, one per article), jsonl (one line per article) or text.")
    var format: Format = .json

    @Flag(help: "Include every token with its offsets and linguistic annotation.")
    var tokens = false

    @Option(name: [.short, .long], help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Code with PETRARCH dictionaries from this folder (*verbs*, *actors*, *agents*, *discards*.txt) instead of Parley's own.")
    var dictionaries: String?

    func validate() throws {
        if let date, !DateArgument.validate(date) {
            throw ValidationError("--date '\(date)' is not a valid date in the form YYYY-MM-DD")
        }
        if files.isEmpty { throw ValidationError("give at least one article file, or '-' for standard input") }
    }

    func run() throws {
        var pipeline: Pipeline
        do {
            pipeline = try Pipeline.standard()
            if let dictionaries {
                let coder = try EventCoder.loadPetrarch(directory: dictionaries)
                pipeline = Pipeline(stages: pipeline.stages.filter { $0.name != coder.name } + [coder])
            }
        } catch {
            throw CleanExit.message("parley: cannot load models: \(error)")
        }
        var out: [UInt8] = []
        for file in files {
            let name = file == "-" ? "<stdin>" : file
            let result: Output
            do {
                let bytes = try InputFile.read(file)
                let metadata = ArticleMetadata(date: date, source: source, url: url)
                result = try pipeline.code(bytes, metadata: metadata, inputName: name, includeTokens: tokens)
            } catch {
                FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
                throw ExitCode(1)
            }
            out.append(contentsOf: try OutputFormatter.render(result, format: format))
        }
        if let output {
            do {
                try InputFile.write(out, to: output)
            } catch {
                FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(Data(out))
        }
    }
}
