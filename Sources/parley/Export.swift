import ArgumentParser
import Foundation
import ParleyModel
import ParleyStore

/// `parley export`: stored events as GDELT 2.0, PLOVER JSON, parley/1 JSONL or CSV.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export stored events: GDELT 2.0 event table, PLOVER JSON, parley/1 JSONL or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case gdelt, plover, jsonl, csv }

    @Option(help: "gdelt (61 tab-separated columns), plover (one JSON record per line), jsonl (parley/1 documents) or csv.")
    var format: Format
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "Database (SQLite path or postgres:// URL).")
    var db: String?
    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let store = try StoreCommand.open(db)
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil),
                let h = FileHandle(forWritingAtPath: output)
            else {
                FileHandle.standardError.write(Data("parley: \(output): cannot write the export\n".utf8))
                throw ExitCode(1)
            }
            sink = h
        } else {
            sink = FileHandle.standardOutput
        }
        var buffer = ""
        func emit(_ line: String) {
            buffer += line
            buffer += "\n"
            if buffer.utf8.count > 1 << 16 {
                sink.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        let now = Date()
        let stamp = DateFormatter()
        stamp.dateFormat = "yyyyMMddHHmmss"
        stamp.timeZone = TimeZone(identifier: "UTC")
        let dateAdded = stamp.string(from: now)
        let today = String(ISO8601DateFormatter().string(from: now).prefix(10))
        var lastDoc: (id: String, output: Output?) = ("", nil)
        func document(_ id: String) throws -> Output? {
            if lastDoc.id != id { lastDoc = (id, try blocking { try await store.document(id: id) }) }
            return lastDoc.output
        }
        var seenDocs = Set<String>()
        if format == .csv { emit(EventRows.csvHeader) }
        try StoreCommand.forEachEvent(store, filters.query, limit: nil) { s in
            switch format {
            case .gdelt:
                let places = try document(s.documentId)?.places ?? []
                emit(GDELTRow.row(s, places: places, dateAdded: dateAdded).map(tsv).joined(separator: "\t"))
            case .plover:
                let doc = try document(s.documentId)
                let sentence = doc.flatMap { d in d.sentences.indices.contains(s.event.sentence) ? d.sentences[s.event.sentence].text : nil }
                let record = PLOVERRecord.record(s, sentence: sentence, language: doc?.document.language ?? "en", coded: today)
                let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
                emit(String(decoding: data, as: UTF8.self))
            case .csv:
                emit(EventRows.csv(s))
            case .jsonl:
                guard seenDocs.insert(s.documentId).inserted, let doc = try document(s.documentId) else { return }
                emit(String(decoding: try EventRows.encoder.encode(doc), as: UTF8.self))
            }
        }
        sink.write(Data(buffer.utf8))
    }

    /// GDELT fields hold no tabs or newlines.
    func tsv(_ v: String) -> String {
        v.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? v.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\r", with: " ")
            : v
    }
}
