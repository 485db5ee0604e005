import ArgumentParser
import Foundation
import ParleyModel
import ParleyPipeline
import ParleyStore

/// `parley work`: a worker that codes documents waiting in the store's queue.
///
/// Start any number on any machines against one PostgreSQL database; each claims a batch with
/// `FOR UPDATE SKIP LOCKED`, so no document is coded twice.
struct Work: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code documents queued by `parley ingest --enqueue` (run one per core or machine).")

    @Option(help: "Database: postgres://user@host:port/db (or a SQLite path for a single machine).")
    var db: String?
    @Option(help: "Name recorded with each coded document (default: host-pid).")
    var worker: String?
    @Option(help: "Documents claimed per round trip.")
    var batch: Int = 8
    @Flag(help: "Exit when the queue is empty instead of waiting for more.")
    var exitWhenEmpty = false
    @Option(help: "Seconds between polls of an empty queue.")
    var poll: Double = 2

    func validate() throws {
        if batch < 1 || batch > 1000 { throw ValidationError("--batch \(batch) must be between 1 and 1000") }
    }

    func run() throws {
        let store = try StoreCommand.open(db)
        let pipeline: Pipeline
        do { pipeline = try Pipeline.standard() } catch {
            FileHandle.standardError.write(Data("parley: cannot load models: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let name = worker ?? "\(ProcessInfo.processInfo.hostName)-\(getpid())"
        var coded = 0
        var events = 0
        var errors = 0
        let batch = self.batch
        while true {
            let items: [QueueItem]
            do {
                items = try blocking { try await store.claim(worker: name, limit: batch) }
            } catch {
                FileHandle.standardError.write(Data("parley: \(error)\n".utf8))
                throw ExitCode(1)
            }
            if items.isEmpty {
                if exitWhenEmpty { break }
                Thread.sleep(forTimeInterval: poll)
                continue
            }
            for item in items {
                let a = item.article
                do {
                    var output = try pipeline.code(a.pipelineInput, metadata: a.metadata, inputName: a.origin.description)
                    if let language = a.language { output.document.language = language }
                    let result = output
                    let outcome = try blocking { try await store.complete(item, output: result, worker: name) }
                    coded += 1
                    if case .inserted(let n) = outcome { events += n }
                } catch {
                    errors += 1
                    let message = "\(error)"
                    try? blocking { try await store.fail(item, message: message, worker: name) }
                }
            }
        }
        try? blocking { try await store.close() }
        print("worker \(name) coded \(coded) documents, \(events) events, \(errors) errors")
    }
}
