import ArgumentParser
import Foundation
import ParleyArticle
import ParleyNLP

/// `parley eval timex`: time expressions against TempEval-3 TimeML files.
struct EvalTimex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score time expressions (extent, TIMEX3 type and value) against TimeML files, TempEval-3 style.")

    @Argument(help: "A directory searched recursively for .tml files (e.g. ../shared/data/tempeval3/TBAQ-cleaned).")
    var directory: String

    @Flag(help: "Also print every missed, spurious or wrongly valued expression.")
    var showErrors = false

    @Flag(help: "Score the time rules alone, on cue words instead of the tagger's and parser's tense.")
    var rulesOnly = false

    func run() throws {
        var docs: [TimeMLDocument] = []
        let linguistic: LinguisticStage?
        do {
            linguistic = rulesOnly ? nil : try LinguisticStage.loadShipped()
        } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            FileHandle.standardError.write(Data("parley: \(directory): no such directory\n".utf8))
            throw ExitCode(1)
        }
        var paths: [String] = []
        while let p = walker.nextObject() as? String {
            if p.hasSuffix(".tml") { paths.append(p) }
        }
        for p in paths.sorted() {
            let path = (directory as NSString).appendingPathComponent(p)
            do {
                let bytes = try InputFile.read(path)
                docs.append(TimeMLDocument(name: path, xml: String(decoding: bytes, as: UTF8.self)))
            } catch {
                FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        if docs.isEmpty {
            FileHandle.standardError.write(Data("parley: \(directory): no .tml files\n".utf8))
            throw ExitCode(1)
        }
        if showErrors {
            for line in try TimexScore.errors(docs, linguistic: linguistic) { print(line) }
        }
        print(try TimexScore.evaluate(docs, linguistic: linguistic).summary)
    }
}
