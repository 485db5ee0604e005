import ParleyModel

extension PostgresStore {
    public func documents(_ query: DocumentQuery) async throws -> Page<DocumentSummary> {
        let (sql, values) = try StoreQueries.documents(query)
        let rows = try await rows(sql, values).map(StoreQueries.documentSummary)
        return StoreQueries.documentPage(rows, limit: query.limit)
    }

    public func document(id: String) async throws -> Output? {
        guard let row = try await rows(StoreQueries.document, [.text(id)]).first else { return nil }
        do {
            return try DocumentWrite.output(annotations: row.string("annotations") ?? "", text: row.string("text") ?? "")
        } catch {
            throw StoreError.corrupt("document \(id): \(error)")
        }
    }

    public func events(_ query: EventQuery) async throws -> Page<StoredEvent> {
        let (sql, values) = try StoreQueries.events(query, like: "ILIKE")
        return StoreQueries.eventPage(try await rows(sql, values).map(EventColumns.decode), limit: query.limit)
    }

    public func stats(_ query: EventQuery) async throws -> StoreStats {
        var results: [[(k: String?, k2: String?, n: Int)]] = []
        for q in try StoreQueries.stats(query, like: "ILIKE") {
            results.append(try await rows(q.sql, q.values).map { (k: $0.string("k"), k2: $0.string("k2"), n: $0.int("n") ?? 0) })
        }
        return StoreQueries.assembleStats(results)
    }

    public func actors(matching text: String, limit: Int) async throws -> [ActorCount] {
        let (sql, values) = StoreQueries.actors(text, limit: limit, like: "ILIKE")
        return try await rows(sql, values).map {
            ActorCount(actor: $0.string("code") ?? "", name: $0.string("name"), events: $0.int("n") ?? 0)
        }
    }

    public func totals() async throws -> StoreTotals {
        let row = try await rows(StoreQueries.totals, []).first
        return StoreTotals(
            documents: row?.int("documents") ?? 0, events: row?.int("events") ?? 0, errors: row?.int("errors") ?? 0)
    }
}
