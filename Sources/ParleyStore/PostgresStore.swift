import Foundation
import Logging
import ParleyIngest
import ParleyModel
import PostgresNIO

/// The same store on PostgreSQL through postgres-nio, for many ingest and worker processes
/// on many machines. Workers claim queue items with `FOR UPDATE SKIP LOCKED`.
public final class PostgresStore: Store, @unchecked Sendable {
    // PostgresClient is thread-safe; `runner` is set once in init and only cancelled in close.
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger = Logger(label: "parley.store.postgres")

    /// Connects to `postgres://user[:password]@host[:port]/database`.
    public init(url: String) throws {
        guard let u = URLComponents(string: url), u.scheme == "postgres" || u.scheme == "postgresql",
            let host = u.host
        else { throw StoreError.badURL(url) }
        let database = u.path.hasPrefix("/") ? String(u.path.dropFirst()) : u.path
        var config = PostgresClient.Configuration(
            host: host, port: u.port ?? 5432, username: u.user ?? "postgres", password: u.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        config.options.maximumConnections = 8
        let client = PostgresClient(configuration: config)
        self.client = client
        runner = Task { await client.run() }
    }

    static func query(_ sql: String, _ values: [SQLValue]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for v in values {
            switch v {
            case .text(let s): binds.append(s)
            case .int(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: SQLFilter.numbered(sql), binds: binds)
    }

    struct Reader: RowReader {
        let row: PostgresRandomAccessRow
        func cell(_ c: String) -> PostgresCell? { row.contains(c) ? row[c] : nil }
        func string(_ c: String) -> String? { (try? cell(c)?.decode(String?.self)) ?? nil }
        func int(_ c: String) -> Int? {
            guard let cell = cell(c) else { return nil }
            if let v = try? cell.decode(Int?.self) { return v }
            if let v = try? cell.decode(Int32?.self) { return Int(v) }
            return nil
        }
        func double(_ c: String) -> Double? { (try? cell(c)?.decode(Double?.self)) ?? nil }
    }

    /// Runs a query and reads every row.
    func rows(_ sql: String, _ values: [SQLValue], on connection: PostgresConnection? = nil) async throws -> [Reader] {
        let q = Self.query(sql, values)
        let seq: PostgresRowSequence
        do {
            if let connection {
                seq = try await connection.query(q, logger: logger)
            } else {
                seq = try await client.query(q, logger: logger)
            }
            var out: [Reader] = []
            for try await row in seq { out.append(Reader(row: row.makeRandomAccess())) }
            return out
        } catch let error as PSQLError {
            throw StoreError.unavailable(String(reflecting: error))
        }
    }

    func execute(_ sql: String, _ values: [SQLValue] = [], on connection: PostgresConnection? = nil) async throws {
        _ = try await rows(sql, values, on: connection)
    }

    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { conn in
            // One migrator at a time, even with many workers starting together.
            try await self.execute("SELECT pg_advisory_xact_lock(7326001)", on: conn)
            try await self.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
                on: conn)
            let done = Set(try await self.rows("SELECT name FROM schema_migrations", [], on: conn).compactMap { $0.string("name") })
            for m in StoreSchema.migrations(.postgres) where !done.contains(m.name) {
                for s in m.statements { try await self.execute(s, on: conn) }
                try await self.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", [.text(m.name), .text(Self.now())],
                    on: conn)
            }
        }
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    func insert(
        _ output: Output, inputHash: String?, origin: RecordOrigin?, run: Int64?, worker: String?, queueItem: Int64?
    ) async throws -> InsertOutcome {
        let bands = MinHash.bands(of: output.text)
        return try await client.withTransaction(logger: logger) { conn in
            var cluster: String? = nil
            if !bands.isEmpty {
                let found = try await self.rows(
                    NearDuplicate.candidateSQL(bandCount: bands.count), NearDuplicate.candidateValues(bands), on: conn)
                if let row = found.first, (row.int("shared") ?? 0) >= NearDuplicate.minSharedBands {
                    cluster = row.string("cluster")
                }
            }
            let w = DocumentWrite(
                output, inputHash: inputHash, origin: origin, run: run, worker: worker, cluster: cluster, bands: bands)
            var outcome = InsertOutcome.duplicate
            if try await !self.rows(w.document.sql, w.document.values, on: conn).isEmpty {
                for child in w.batchedChildren() { try await self.execute(child.sql, child.values, on: conn) }
                outcome = .inserted(events: w.eventCount)
            }
            if let queueItem {
                try await self.execute(
                    "UPDATE queue SET status = 'done', finished_at = ? WHERE id = ?", [.text(Self.now()), .int(queueItem)],
                    on: conn)
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
        try await !rows("SELECT 1 AS one FROM documents WHERE input_hash = ?", [.text(hash)]).isEmpty
    }

    public func beginRun(command: String) async throws -> Int64 {
        let r = try await rows("INSERT INTO ingest_runs (command) VALUES (?) RETURNING id", [.text(command)])
        return Int64(r.first?.int("id") ?? 0)
    }

    public func finishRun(_ id: Int64, totals: RunTotals) async throws {
        try await execute(
            """
            UPDATE ingest_runs SET finished_at = ?, documents = ?, duplicates = ?, events = ?, errors = ?, seconds = ?
            WHERE id = ?
            """,
            [
                .text(Self.now()), .of(totals.documents), .of(totals.duplicates), .of(totals.events), .of(totals.errors),
                .double(totals.seconds), .int(id),
            ])
    }

    public func recordError(_ error: IngestError, run: Int64?) async throws {
        try await execute(
            "INSERT INTO errors (run_id, file, record, byte_offset, code, message) VALUES (?, ?, ?, ?, ?, ?)",
            [
                run.map { .int($0) } ?? .null, .text(error.origin.file), .of(error.origin.record),
                .of(error.origin.offset), .text(error.code), .text(error.message),
            ])
    }

    public func enqueue(_ article: RawArticle) async throws -> Bool {
        let hash = article.inputHash
        let r = try await rows(
            """
            INSERT INTO queue (input_hash, article) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM documents WHERE input_hash = ?) ON CONFLICT DO NOTHING RETURNING id
            """, [.text(hash), .text(EventColumns.json(article)), .text(hash)])
        return !r.isEmpty
    }

    public func claim(worker: String, limit: Int) async throws -> [QueueItem] {
        let r = try await rows(
            """
            UPDATE queue SET status = 'claimed', claimed_by = ?, claimed_at = ?
            WHERE id IN (SELECT id FROM queue WHERE status = 'pending' ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, input_hash, article
            """, [.text(worker), .text(Self.now()), .of(limit)])
        return try r.map {
            try QueueItem.decode(
                id: Int64($0.int("id") ?? 0), hash: $0.string("input_hash") ?? "", json: $0.string("article") ?? "")
        }.sorted { $0.id < $1.id }
    }

    public func complete(_ item: QueueItem, output: Output, worker: String) async throws -> InsertOutcome {
        try await insert(
            output, inputHash: item.inputHash, origin: item.article.origin, run: nil, worker: worker, queueItem: item.id)
    }

    public func fail(_ item: QueueItem, message: String, worker: String) async throws {
        try await execute(
            "UPDATE queue SET status = 'failed', message = ?, finished_at = ? WHERE id = ?",
            [.text(message), .text(Self.now()), .int(item.id)])
    }

    public func queueCounts() async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for row in try await rows("SELECT status, COUNT(*) AS n FROM queue GROUP BY status", []) {
            out[row.string("status") ?? ""] = row.int("n")
        }
        return out
    }

    public func close() async throws {
        runner.cancel()
        _ = await runner.value
    }
}
