import ArgumentParser
import Foundation
import ParleyIngest
import ParleyPipeline
import ParleyStore

/// `parley ingest`: read articles from files, folders, feeds, crawls; code them; store them.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read, code and store articles (text, HTML, JSONL, CSV, RSS/Atom, WARC; gzip too).")

    @Argument(help: "Files or folders to read; '-' reads standard input.")
    var paths: [String]

    @Option(help: "Database: a SQLite path (default ./parley.sqlite) or postgres://user@host:port/db.")
    var db: String?

    @Option(help: "Threads that code articles (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Input format: auto, text, html, jsonl, csv, rss or warc.")
    var format: InputFormatArgument = .auto

    @Flag(help: "Only store the raw documents in the queue, for `parley work` processes to code.")
    var enqueue = false

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder, or '-' for standard input") }
        if jobs < 1 || jobs > 256 { throw ValidationError("--jobs \(jobs) must be between 1 and 256") }
    }

    func run() throws {
        let files: [String]
        let store: any Store
        let pipeline: Pipeline
        do {
            files = try InputFiles.expand(paths)
            store = try blocking { [db] in try await StoreLocation.openMigrated(db) }
            pipeline = try Pipeline.standard()
        } catch {
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let engine = IngestEngine(
            store: store, pipeline: pipeline, jobs: jobs, format: format.value, enqueueOnly: enqueue)
        let display = ProgressDisplay(engine: engine, enabled: !quiet)
        display.start()
        let totals: RunTotals
        do {
            totals = try engine.run(files: files, command: CommandLine.arguments.joined(separator: " "))
        } catch {
            display.stop()
            FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
            throw ExitCode(1)
        }
        display.stop()
        try? blocking { try await store.close() }
        let rate = totals.seconds > 0 ? Double(totals.documents) / totals.seconds : 0
        let verb = enqueue ? "enqueued" : "ingested"
        print(
            "\(verb) \(totals.documents) documents, \(totals.events) events, \(totals.errors) errors in "
                + String(format: "%.1f s (%.1f docs/s)", totals.seconds, rate))
        if totals.duplicates > 0 { print("skipped \(totals.duplicates) documents already stored") }
    }
}

/// `--format` values.
struct InputFormatArgument: ExpressibleByArgument {
    let value: InputFormat
    init?(argument: String) {
        guard let f = InputFormat(rawValue: argument.lowercased()) else { return nil }
        value = f
    }
    init(_ value: InputFormat) { self.value = value }
    static let auto = InputFormatArgument(.auto)
    static var allValueStrings: [String] { InputFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
