import ArgumentParser
import Foundation
import ParleyCoding
import ParleyPipeline
import ParleyText

/// `parley eval petrarch`: the PETRARCH validation records, scored one-to-one on triples.
struct EvalPetrarch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "petrarch",
        abstract: "Code PETRARCH validation records and print a per-category breakdown and 'N passed, N failed'.")

    @Argument(help: "Validation records (PETRARCH XML).")
    var records: String

    @Option(help: "Verb dictionary (PETRARCH syntax); default: the file's <Verbfile>.")
    var verbs: String?

    @Option(help: "Actor dictionaries, comma-separated; default: the file's <Actorfile>.")
    var actors: String?

    @Option(help: "Agent dictionary; default: the file's <Agentfile>.")
    var agents: String?

    @Option(help: "Discard list; default: the file's <Discardfile>.")
    var discards: String?

    @Option(help: "Write one JSON line per record (id, category, expected, coded, pass).")
    var report: String?

    @Flag(help: "Code from the records' CoNLL-U parses instead of Parley's own parser (diagnosis).")
    var goldParse = false

    @Flag(help: "Code with Parley's shipped dictionaries instead of the records' PETRARCH ones.")
    var builtin = false

    func run() throws {
        let bytes = try InputFile.read(records)
        let file = PetrarchRecordFile(text: String(decoding: bytes.filter { $0 != 13 }, as: UTF8.self), name: records)
        for w in file.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
        let folder = (records as NSString).deletingLastPathComponent
        func env(_ key: String) -> String? {
            file.environment[key].map { folder.isEmpty ? $0 : folder + "/" + $0 }
        }
        let dictionaries: CodingDictionaries
        do {
            if builtin {
                dictionaries = try EventCoder.loadShipped().dictionaries
            } else {
                let actorList = actors.map { $0.split(separator: ",").map(String.init) }
                    ?? (file.environment["Actorfile"] ?? "").split(separator: ",").map {
                        folder + "/" + $0.trimmingCharacters(in: .whitespaces)
                    }
                dictionaries = try PetrarchDictionaryFiles.load(
                    verbs: verbs ?? env("Verbfile"), actors: actorList, agents: agents ?? env("Agentfile"),
                    discards: discards ?? env("Discardfile"))
            }
        } catch {
            throw CleanExit.message("parley: \(error)")
        }
        FileHandle.standardError.write(
            Data(
                "dictionaries: \(dictionaries.actors.count) actor phrases, \(dictionaries.agents.count) agent phrases, \(dictionaries.verbs.count) verbs, \(dictionaries.discards.count) discards\n"
                    .utf8))
        let pipeline = goldParse ? nil : try Pipeline.standard()
        var warnedNoParser = false
        // PETRARCH-2's negation semantics, when its ontology file sits beside the records
        let ontologyPath = (folder.isEmpty ? "" : folder + "/") + "PETR.Internal.Coding.Ontology.txt"
        let negation = builtin ? nil : (try? PetrarchDictionaryFiles.read(ontologyPath)).map { NegationOntology(text: $0) }
        let results = PetrarchEvaluation.run(file, dictionaries: dictionaries, negation: negation) { record in
            if goldParse {
                if let s = ConllU.sentence(Substring(record.parse)) { return [s] }
                return nil
            }
            let text = record.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            let date = String(record.date)
            let meta = ArticleMetadata(date: "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))")
            guard let doc = try? pipeline!.run(Array(text.utf8), metadata: meta, inputName: record.id) else {
                return nil
            }
            let sentences = doc.sentences.indices.compactMap { CodingSentence(document: doc, sentence: $0) }
            if sentences.isEmpty && !warnedNoParser {
                warnedNoParser = true
                FileHandle.standardError.write(
                    Data("warning: this build has no dependency parser; use --gold-parse\n".utf8))
            }
            return sentences
        }
        if let report {
            var out = ""
            for r in results {
                let obj: [String: Any] = [
                    "id": r.id, "category": r.category, "expected": r.expected.map(\.description),
                    "coded": r.coded.map(\.description), "pass": r.pass, "rules": r.rules,
                    "expected_error": r.expectedError ?? NSNull(), "coded_error": r.codedError ?? NSNull(),
                ]
                let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
            try InputFile.write(Array(out.utf8), to: report)
        }
        for line in PetrarchEvaluation.summary(results) { print(line) }
    }
}
