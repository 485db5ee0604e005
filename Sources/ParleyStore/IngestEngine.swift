import Foundation
import ParleyIngest
import ParleyModel
import ParleyPipeline

/// Live counters of an ingest, read by the progress display.
public struct IngestProgress: Sendable {
    /// Records read, documents stored, already stored (skipped), events stored, errors.
    public var read = 0
    public var documents = 0
    public var duplicates = 0
    public var events = 0
    public var errors = 0
    /// Files finished and total files.
    public var filesDone = 0
    public var files = 0
    public var seconds = 0.0
}

/// Reads, codes and stores articles using every core: one reader thread streams records
/// into a bounded queue, `jobs` threads run the pipeline, and one writer stores each document
/// in its own transaction. Memory stays flat because every queue is bounded.
public final class IngestEngine: @unchecked Sendable {
    let store: any Store
    let pipeline: Pipeline
    let jobs: Int
    let format: InputFormat
    /// Store raw documents in the queue for `parley work` instead of coding them.
    let enqueueOnly: Bool
    private let lock = NSLock()
    private var progress = IngestProgress()
    private let start = Date()

    public init(store: any Store, pipeline: Pipeline, jobs: Int, format: InputFormat, enqueueOnly: Bool = false) {
        self.store = store
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.format = format
        self.enqueueOnly = enqueueOnly
    }

    /// A copy of the counters.
    public func snapshot() -> IngestProgress {
        lock.lock()
        defer { lock.unlock() }
        var p = progress
        p.seconds = Date().timeIntervalSince(start)
        return p
    }

    private func update(_ change: (inout IngestProgress) -> Void) {
        lock.lock()
        change(&progress)
        lock.unlock()
    }

    enum Work {
        case article(RawArticle)
        case error(IngestError)
    }

    enum Coded {
        case output(Output, hash: String, origin: RecordOrigin)
        case raw(RawArticle)
        case error(IngestError)
    }

    /// Ingests `files` (already expanded). Blocks until everything is stored; returns the totals.
    public func run(files: [String], command: String) throws -> RunTotals {
        let store = self.store
        let runId = try blocking { try await store.beginRun(command: command) }
        update { $0.files = files.count }
        let work = BlockingQueue<Work>(capacity: jobs * 8)
        let coded = BlockingQueue<Coded>(capacity: jobs * 8)
        let format = self.format

        let reader = Thread { [self] in
            for file in files {
                do {
                    let r = try format.reader(for: file)
                    try r.read { result in
                        switch result {
                        case .success(let a): work.push(.article(a))
                        case .failure(let e): work.push(.error(e))
                        }
                    }
                } catch let e as IngestError {
                    work.push(.error(e))
                } catch let e as SourceError {
                    // A damaged .gz page or feed: one error for the file (its message gives the
                    // compressed byte offset), the batch goes on with the next file.
                    var code = "unreadable"
                    if case .badGzip = e { code = "truncated-gzip" }
                    work.push(.error(IngestError(origin: RecordOrigin(file: file), code: code, message: e.description)))
                } catch {
                    work.push(.error(IngestError(origin: RecordOrigin(file: file), code: "unreadable", message: "\(error)")))
                }
                update { $0.filesDone += 1 }
            }
            work.close()
        }
        reader.stackSize = 8 << 20
        reader.start()

        let group = DispatchGroup()
        for _ in 0..<(enqueueOnly ? 1 : jobs) {
            group.enter()
            let t = Thread { [self] in
                while let item = work.pop() {
                    coded.push(code(item))
                }
                group.leave()
            }
            t.stackSize = 8 << 20
            t.start()
        }
        DispatchQueue.global().async {
            group.wait()
            coded.close()
        }

        var failure: Error?
        while let item = coded.pop() {
            do {
                try save(item, run: runId)
            } catch {
                // A store failure stops the run; records already written stay written.
                failure = failure ?? error
                while coded.pop() != nil {}
            }
        }
        if let failure { throw failure }
        let p = snapshot()
        let totals = RunTotals(
            documents: p.documents, duplicates: p.duplicates, events: p.events, errors: p.errors, seconds: p.seconds)
        try blocking { try await store.finishRun(runId, totals: totals) }
        return totals
    }

    func code(_ item: Work) -> Coded {
        switch item {
        case .error(let e):
            return .error(e)
        case .article(let a):
            update { $0.read += 1 }
            if enqueueOnly { return .raw(a) }
            let hash = a.inputHash
            let store = self.store
            if (try? blocking({ try await store.containsInput(hash: hash) })) == true {
                update { $0.duplicates += 1 }
                return .error(IngestError(origin: a.origin, code: "", message: ""))  // already stored: nothing to do
            }
            do {
                var output = try pipeline.code(a.pipelineInput, metadata: a.metadata, inputName: a.origin.description)
                if let language = a.language { output.document.language = language }
                return .output(output, hash: hash, origin: a.origin)
            } catch {
                return .error(IngestError(origin: a.origin, code: "code-failed", message: "\(error)"))
            }
        }
    }

    func save(_ item: Coded, run: Int64) throws {
        let store = self.store
        switch item {
        case .error(let e):
            guard !e.code.isEmpty else { return }
            update { $0.errors += 1 }
            try blocking { try await store.recordError(e, run: run) }
        case .raw(let a):
            let added = try blocking { try await store.enqueue(a) }
            update { if added { $0.documents += 1 } else { $0.duplicates += 1 } }
        case .output(let o, let hash, let origin):
            let outcome = try blocking { try await store.insert(o, inputHash: hash, origin: origin, run: run) }
            update {
                switch outcome {
                case .inserted(let events):
                    $0.documents += 1
                    $0.events += events
                case .duplicate:
                    $0.duplicates += 1
                }
            }
        }
    }
}
