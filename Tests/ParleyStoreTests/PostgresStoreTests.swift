import Foundation
import ParleyTestSupport
import ParleyIngest
import ParleyModel
import Testing

@testable import ParleyStore

/// PostgreSQL tests share one cluster started for this suite.
@Suite(.serialized) struct PostgresStoreTests {
    @Test func sameBehaviourAsSQLite() async throws {
        let server: PostgresServer
        switch PostgresServer.start() {
        case .failure(let reason):
            print("skipped PostgreSQL store test: \(reason)")
            return
        case .success(let s): server = s
        }
        defer { server.stop() }
        let store = try PostgresStore(url: server.url)
        try await store.migrate()
        try await store.migrate()
        let doc = sampleOutput(1)
        #expect(try await store.insert(doc, inputHash: "h1", origin: nil, run: nil) == .inserted(events: 2))
        #expect(try await store.insert(doc, inputHash: "h1", origin: nil, run: nil) == .duplicate)
        #expect(try await store.document(id: doc.document.id) == doc)
        for n in 2...5 { _ = try await store.insert(sampleOutput(n, text: "Other text \(n)"), inputHash: "h\(n)", origin: nil, run: nil) }
        #expect(try await store.events(EventQuery(actor: "RUS")).items.count == 5)
        #expect(try await store.events(EventQuery(place: "SYR")).items.count == 5)
        var q = EventQuery(limit: 4)
        var seen = 0
        while true {
            let page = try await store.events(q)
            seen += page.items.count
            guard let next = page.nextCursor else { break }
            q.cursor = next
        }
        #expect(seen == 10)
        let stats = try await store.stats(EventQuery())
        #expect(stats.events == 10 && stats.byRoot.count == 2)
        #expect(try await store.actors(matching: "rus", limit: 5).first?.events == 5)
        let run = try await store.beginRun(command: "test")
        try await store.recordError(IngestError(origin: RecordOrigin(file: "f", record: 2), code: "invalid-json", message: "x"), run: run)
        try await store.finishRun(run, totals: RunTotals(documents: 5, duplicates: 1, events: 10, errors: 1, seconds: 1))
        #expect(try await store.totals() == StoreTotals(documents: 5, events: 10, errors: 1))
        try await store.close()
    }

    /// Three `parley work` processes on one queue: every document coded exactly once.
    @Test(.timeLimit(.minutes(5))) func threeWorkersCodeEachDocumentOnce() async throws {
        guard let parley = parleyBinary() else {
            print("skipped: the parley executable is not built (run `swift build` first)")
            return
        }
        let server: PostgresServer
        switch PostgresServer.start() {
        case .failure(let reason):
            print("skipped PostgreSQL worker test: \(reason)")
            return
        case .success(let s): server = s
        }
        defer { server.stop() }
        let count = 300
        let news = try syntheticNews(count: count)
        let enqueue = try run(parley, ["ingest", news, "--db", server.url, "--enqueue", "--quiet"])
        #expect(enqueue.status == 0, "\(enqueue.output)")
        #expect(enqueue.output.contains("enqueued \(count) documents"), "\(enqueue.output)")
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("parley-workers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        var workers: [(ChildProcess, String)] = []
        for i in 0..<3 {
            let log = logs.appendingPathComponent("w\(i).log").path
            let p = try ChildProcess.spawn(
                parley, ["work", "--db", server.url, "--worker", "w\(i)", "--batch", "5", "--exit-when-empty"],
                stdout: log, stderrToStdout: true)
            workers.append((p, log))
        }
        var total = 0
        var busy = 0
        for (p, log) in workers {
            let end = await p.exit()
            let out = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            #expect(end.status == 0, "\(out)")
            if let n = out.split(separator: " ").drop(while: { $0 != "coded" }).dropFirst().first.flatMap({ Int($0) }) {
                total += n
                if n > 0 { busy += 1 }
            }
        }
        #expect(total == count)
        let store = try PostgresStore(url: server.url)
        #expect(try await store.totals().documents == count)
        #expect(try await store.queueCounts() == ["done": count])
        try await store.close()
        print("workers: \(busy) of 3 coded documents")
    }
}
