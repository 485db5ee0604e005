import Foundation
import GRDB
import ParleyIngest
import ParleyModel

/// The default store: one SQLite file in WAL mode through GRDB.
///
/// Readers never block the single writer; each document is written in one transaction, so a
/// process killed mid-ingest leaves every document either fully stored or absent.
public final class SQLiteStore: Store, @unchecked Sendable {
    // DatabasePool is thread-safe; the class holds nothing else mutable.
    let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // WAL keeps committed transactions on a crash of the process; NORMAL only risks the
            // last commits on power loss, and is several times faster per document.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.unavailable("\(path): \(error)")
        }
    }

    public func migrate() async throws {
        var migrator = DatabaseMigrator()
        for m in StoreSchema.migrations(.sqlite) {
            migrator.registerMigration(m.name) { db in
                for s in m.statements { try db.execute(sql: s) }
            }
        }
        try migrator.migrate(pool)
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { v -> DatabaseValue in
            switch v {
            case .text(let s): return s.databaseValue
            case .int(let i): return i.databaseValue
            case .double(let d): return d.databaseValue
            case .null: return .null
            }
        })
    }

    struct Reader: RowReader {
        let row: Row
        func string(_ c: String) -> String? { row[c] }
        func int(_ c: String) -> Int? { row[c] }
        func double(_ c: String) -> Double? { row[c] }
    }

    static func write(_ db: Database, _ w: DocumentWrite) throws -> InsertOutcome {
        let stmt = try db.cachedStatement(sql: w.document.sql)
        guard try Row.fetchOne(stmt, arguments: arguments(w.document.values)) != nil else { return .duplicate }
        for child in w.children {
            try db.cachedStatement(sql: child.sql).execute(arguments: arguments(child.values))
        }
        return .inserted(events: w.eventCount)
    }

    static func cluster(_ db: Database, bands: [Int64]) throws -> String? {
        guard !bands.isEmpty else { return nil }
        let sql = NearDuplicate.candidateSQL(bandCount: bands.count)
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: sql), arguments: arguments(NearDuplicate.candidateValues(bands))),
            let shared: Int = row["shared"], shared >= NearDuplicate.minSharedBands
        else { return nil }
        return row["cluster"]
    }

    func insert(
        _ output: Output, inputHash: String?, origin: RecordOrigin?, run: Int64?, worker: String?,
        queueItem: Int64?
    ) async throws -> InsertOutcome {
        let bands = MinHash.bands(of: output.text)
        return try await pool.write { db in
            let cluster = try Self.cluster(db, bands: bands)
            let w = DocumentWrite(
                output, inputHash: inputHash, origin: origin, run: run, worker: worker, cluster: cluster, bands: bands)
            let outcome = try Self.write(db, w)
            if let queueItem {
                try db.execute(
                    sql: "UPDATE queue SET status = 'done', finished_at = ? WHERE id = ?",
                    arguments: [Self.now(), queueItem])
            }
            return outcome
        }
    }

    public func insert(_ output: Output, inputHash: String?, origin: RecordOrigin?, run: Int64?) async throws
        -> InsertOutcome
    {
        try await insert(output, inputHash: inputHash, origin: origin, run: run, worker: nil, queueItem: nil)
    }

    public func containsInput(hash: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE input_hash = ?)", arguments: [hash])
                ?? false
        }
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    public func beginRun(command: String) async throws -> Int64 {
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO ingest_runs (command) VALUES (?)", arguments: [command])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(_ id: Int64, totals: RunTotals) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    UPDATE ingest_runs SET finished_at = ?, documents = ?, duplicates = ?, events = ?, errors = ?,
                      seconds = ? WHERE id = ?
                    """,
                arguments: [
                    Self.now(), totals.documents, totals.duplicates, totals.events, totals.errors, totals.seconds, id,
                ])
        }
    }

    public func recordError(_ error: IngestError, run: Int64?) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO errors (run_id, file, record, byte_offset, code, message) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [run, error.origin.file, error.origin.record, error.origin.offset, error.code, error.message])
        }
    }

    public func enqueue(_ article: RawArticle) async throws -> Bool {
        let json = EventColumns.json(article)
        let hash = article.inputHash
        return try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE input_hash = ?)", arguments: [hash])
                ?? false
            {
                return false
            }
            try db.execute(
                sql: "INSERT INTO queue (input_hash, article) VALUES (?, ?) ON CONFLICT DO NOTHING",
                arguments: [hash, json])
            return db.changesCount > 0
        }
    }

    public func claim(worker: String, limit: Int) async throws -> [QueueItem] {
        let rows: [(Int64, String, String)] = try await pool.write { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, input_hash, article FROM queue WHERE status = 'pending' ORDER BY id LIMIT ?",
                arguments: [limit])
            let items = rows.map { ($0["id"] as Int64, $0["input_hash"] as String, $0["article"] as String) }
            for item in items {
                try db.execute(
                    sql: "UPDATE queue SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id = ?",
                    arguments: [worker, Self.now(), item.0])
            }
            return items
        }
        return try rows.map { try QueueItem.decode(id: $0.0, hash: $0.1, json: $0.2) }
    }

    public func complete(_ item: QueueItem, output: Output, worker: String) async throws -> InsertOutcome {
        try await insert(
            output, inputHash: item.inputHash, origin: item.article.origin, run: nil, worker: worker, queueItem: item.id)
    }

    public func fail(_ item: QueueItem, message: String, worker: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE queue SET status = 'failed', message = ?, finished_at = ? WHERE id = ?",
                arguments: [message, Self.now(), item.id])
        }
    }

    public func queueCounts() async throws -> [String: Int] {
        try await pool.read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM queue GROUP BY status") {
                out[row["status"]] = row["n"]
            }
            return out
        }
    }

    public func close() async throws {
        try pool.close()
    }
}

extension QueueItem {
    static func decode(id: Int64, hash: String, json: String) throws -> QueueItem {
        do {
            let article = try JSONDecoder().decode(RawArticle.self, from: Data(json.utf8))
            return QueueItem(id: id, article: article, inputHash: hash)
        } catch {
            throw StoreError.corrupt("queue item \(id): \(error)")
        }
    }
}
