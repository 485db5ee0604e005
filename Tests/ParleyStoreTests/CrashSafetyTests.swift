import Foundation
import ParleyTestSupport
import GRDB
import Testing

@testable import ParleyStore

/// kill -9 a real `parley ingest` in the middle of its run, run it again, and check that every
/// document is stored exactly once and none is half written.
@Test(.timeLimit(.minutes(5))) func killedIngestResumesWithoutLossOrDuplicates() async throws {
    guard let parley = parleyBinary() else {
        print("skipped: the parley executable is not built (run `swift build` first)")
        return
    }
    let count = 4000
    let news = try syntheticNews(count: count)
    let db = temporaryDatabase()
    // First run: kill it once some documents are stored, before it can finish.
    let child = try ChildProcess.spawn(parley, ["ingest", news, "--db", db, "--jobs", "2", "--quiet"])
    var stored = 0
    var lastPollError = "none"
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline && child.isRunning {
        try await Task.sleep(nanoseconds: 20_000_000)
        guard FileManager.default.fileExists(atPath: db) else { continue }
        do {
            stored = try countRows(db, "SELECT COUNT(*) FROM documents", readOnly: true)
            if stored >= 50 { break }
        } catch {
            // The writer may hold the file while it creates the schema or checkpoints.
            lastPollError = "\(error)"
        }
    }
    let killedMidRun = child.isRunning
    child.signal(SIGKILL)
    await child.exit()
    #expect(killedMidRun, "the ingest finished before it could be killed (last poll saw \(stored) documents; last poll error: \(lastPollError))")
    let afterKill = try countRows(db, "SELECT COUNT(*) FROM documents")
    #expect(afterKill > 0 && afterKill < count)
    try expectComplete(db)

    // Second run: completes, adds only what is missing.
    let second = try run(parley, ["ingest", news, "--db", db, "--jobs", "2", "--quiet"])
    #expect(second.status == 0, "\(second.output)")
    #expect(try countRows(db, "SELECT COUNT(*) FROM documents") == count)
    #expect(try countRows(db, "SELECT COUNT(DISTINCT input_hash) FROM documents") == count)
    try expectComplete(db)
    #expect(second.output.contains("ingested \(count - afterKill) documents"), "\(second.output)")

    // Third run: nothing new.
    let third = try run(parley, ["ingest", news, "--db", db, "--jobs", "2", "--quiet"])
    #expect(third.output.contains("ingested 0 documents"), "\(third.output)")
    #expect(try countRows(db, "SELECT COUNT(*) FROM documents") == count)
}

func countRows(_ db: String, _ sql: String, readOnly: Bool = false) throws -> Int {
    var configuration = Configuration()
    configuration.readonly = readOnly
    configuration.busyMode = .timeout(5)
    let queue = try DatabaseQueue(path: db, configuration: configuration)
    return try queue.read { try Int.fetchOne($0, sql: sql) ?? 0 }
}

/// Every document has exactly the events, quotes and so on its row says it has.
func expectComplete(_ db: String) throws {
    let broken = try countRows(
        db,
        """
        SELECT COUNT(*) FROM documents d
        WHERE d.event_count != (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id)
        """)
    #expect(broken == 0)
    let orphans = try countRows(db, "SELECT COUNT(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)")
    #expect(orphans == 0)
}

/// A damaged `.gz` page is one stored error naming the file and the compressed byte offset;
/// the other files of the batch are still ingested.
@Test func damagedGzipFileIsOneErrorAndTheBatchGoesOn() throws {
    guard let parley = parleyBinary() else {
        print("skipped: the parley executable is not built (run `swift build` first)")
        return
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-gz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let page = "<html><head><title>Talks</title></head><body><article><p>" + String(repeating: "Diplomats met in Geneva on Monday to discuss a cease-fire. ", count: 40) + "</p></article></body></html>"
    let plain = dir.appendingPathComponent("page.html")
    try Data(page.utf8).write(to: plain)
    _ = try runChild("/bin/gzip", ["-n", "-f", plain.path])
    let whole = try Data(contentsOf: URL(fileURLWithPath: plain.path + ".gz"))
    try whole.prefix(whole.count / 2).write(to: dir.appendingPathComponent("cut.html.gz"))
    try FileManager.default.removeItem(atPath: plain.path + ".gz")
    try Data("Ministers meet in Vienna\n\nRussia and Turkey met in Vienna on Monday.\n".utf8).write(to: dir.appendingPathComponent("good.txt"))
    let db = temporaryDatabase()
    let result = try run(parley, ["ingest", dir.path, "--db", db, "--quiet"])
    #expect(result.status == 0, "\(result.output)")
    #expect(try countRows(db, "SELECT COUNT(*) FROM documents") == 1)
    #expect(try countRows(db, "SELECT COUNT(*) FROM errors WHERE code = 'truncated-gzip' AND file LIKE '%cut.html.gz' AND message LIKE '%compressed byte%'") == 1)
}
