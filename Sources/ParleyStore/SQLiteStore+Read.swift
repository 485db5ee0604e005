import GRDB
import ParleyModel

extension SQLiteStore {
    public func documents(_ query: DocumentQuery) async throws -> Page<DocumentSummary> {
        let (sql, values) = try StoreQueries.documents(query)
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: Self.arguments(values)).map {
                StoreQueries.documentSummary(Reader(row: $0))
            }
        }
        return StoreQueries.documentPage(rows, limit: query.limit)
    }

    public func document(id: String) async throws -> Output? {
        let found: (String, String)? = try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: StoreQueries.document, arguments: [id]) else { return nil }
            return (row["text"] as String, row["annotations"] as String)
        }
        guard let found else { return nil }
        do {
            return try DocumentWrite.output(annotations: found.1, text: found.0)
        } catch {
            throw StoreError.corrupt("document \(id): \(error)")
        }
    }

    public func events(_ query: EventQuery) async throws -> Page<StoredEvent> {
        let (sql, values) = try StoreQueries.events(query, like: "LIKE")
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: Self.arguments(values)).map { EventColumns.decode(Reader(row: $0)) }
        }
        return StoreQueries.eventPage(rows, limit: query.limit)
    }

    public func stats(_ query: EventQuery) async throws -> StoreStats {
        let queries = try StoreQueries.stats(query, like: "LIKE")
        let results = try await pool.read { db in
            try queries.map { q in
                try Row.fetchAll(db, sql: q.sql, arguments: Self.arguments(q.values)).map { row in
                    (k: row["k"] as String?, k2: row["k2"] as String?, n: row["n"] as Int)
                }
            }
        }
        return StoreQueries.assembleStats(results)
    }

    public func actors(matching text: String, limit: Int) async throws -> [ActorCount] {
        let (sql, values) = StoreQueries.actors(text, limit: limit, like: "LIKE")
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: Self.arguments(values)).map {
                ActorCount(actor: $0["code"], name: $0["name"], events: $0["n"])
            }
        }
    }

    public func totals() async throws -> StoreTotals {
        try await pool.read { db in
            let row = try Row.fetchOne(db, sql: StoreQueries.totals)!
            return StoreTotals(documents: row["documents"], events: row["events"], errors: row["errors"])
        }
    }
}
