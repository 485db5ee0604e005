/// Read queries shared by both backends (`?` placeholders; PostgreSQL renumbers them).
enum StoreQueries {
    static func documents(_ q: DocumentQuery) throws -> (sql: String, values: [SQLValue]) {
        var f = SQLFilter()
        if let from = q.from { f.add("date >= ?", .text(from)) }
        if let to = q.to { f.add("date <= ?", .text(to + "\u{FFFF}")) }
        if let source = q.source { f.add("source = ?", .text(source)) }
        if let cursor = q.cursor {
            // The cursor is the ingested_at|id of the last row returned: rows are listed newest first.
            let parts = cursor.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw StoreError.badCursor(cursor) }
            f.add("(ingested_at < ? OR (ingested_at = ? AND id < ?))", .text(parts[0]), .text(parts[0]), .text(parts[1]))
        }
        let sql = """
            SELECT id, title, date, source, url, event_count, cluster, ingested_at FROM documents
            \(f.sql) ORDER BY ingested_at DESC, id DESC LIMIT ?
            """
        return (sql, f.values + [.int(Int64(clamp(q.limit) + 1))])
    }

    static func documentSummary(_ r: RowReader) -> DocumentSummary {
        DocumentSummary(
            id: r.string("id") ?? "", title: r.string("title"), date: r.string("date"), source: r.string("source"),
            url: r.string("url"), events: r.int("event_count") ?? 0, cluster: r.string("cluster"),
            ingestedAt: r.string("ingested_at") ?? "")
    }

    static func documentPage(_ rows: [DocumentSummary], limit: Int) -> Page<DocumentSummary> {
        let n = clamp(limit)
        guard rows.count > n else { return Page(items: rows, nextCursor: nil) }
        let items = Array(rows.prefix(n))
        return Page(items: items, nextCursor: items.last.map { "\($0.ingestedAt)|\($0.id)" })
    }

    static let document = "SELECT text, annotations FROM documents WHERE id = ?"

    static func events(_ q: EventQuery, like: String) throws -> (sql: String, values: [SQLValue]) {
        let f = try EventColumns.filter(q, caseInsensitiveLike: like)
        return (EventColumns.pageSQL(f.sql), f.values + [.int(Int64(clamp(q.limit) + 1))])
    }

    static func eventPage(_ rows: [StoredEvent], limit: Int) -> Page<StoredEvent> {
        let n = clamp(limit)
        guard rows.count > n else { return Page(items: rows, nextCursor: nil) }
        let items = Array(rows.prefix(n))
        return Page(items: items, nextCursor: items.last.map { String($0.rowId) })
    }

    static func clamp(_ limit: Int) -> Int { min(max(limit, 1), 10_000) }

    /// Stats: total, by day, by root, by country pair (top 100), over the filtered events.
    static func stats(_ q: EventQuery, like: String) throws -> [(sql: String, values: [SQLValue])] {
        var unpaged = q
        unpaged.cursor = nil
        let f = try EventColumns.filter(unpaged, caseInsensitiveLike: like)
        let from = "FROM events e JOIN documents d ON d.id = e.document_id \(f.sql)"
        return [
            ("SELECT COUNT(*) AS n \(from)", f.values),
            ("SELECT e.event_date AS k, COUNT(*) AS n \(from) GROUP BY e.event_date ORDER BY e.event_date", f.values),
            ("SELECT e.root AS k, COUNT(*) AS n \(from) GROUP BY e.root ORDER BY e.root", f.values),
            (
                """
                SELECT COALESCE(e.source_country, '') AS k, COALESCE(e.target_country, '') AS k2, COUNT(*) AS n \(from)
                GROUP BY COALESCE(e.source_country, ''), COALESCE(e.target_country, '')
                ORDER BY COUNT(*) DESC, k, k2 LIMIT 100
                """, f.values
            ),
        ]
    }

    static func assembleStats(_ results: [[(k: String?, k2: String?, n: Int)]]) -> StoreStats {
        StoreStats(
            events: results[0].first?.n ?? 0,
            byDay: results[1].map { .init(day: $0.k ?? "", events: $0.n) },
            byRoot: results[2].map { .init(root: $0.k ?? "", events: $0.n) },
            byCountryPair: results[3].map { .init(source: $0.k ?? "", target: $0.k2 ?? "", events: $0.n) })
    }

    static func actors(_ text: String, limit: Int, like: String) -> (sql: String, values: [SQLValue]) {
        let pattern = SQLValue.text("%\(text)%")
        let sql = """
            SELECT a.code AS code, a.name AS name,
              (SELECT COUNT(*) FROM events e WHERE e.source_actor = a.code OR e.target_actor = a.code) AS n
            FROM actors a WHERE a.code \(like) ? OR a.name \(like) ?
            ORDER BY n DESC, a.code LIMIT ?
            """
        return (sql, [pattern, pattern, .int(Int64(clamp(limit)))])
    }

    static let totals = """
        SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM events) AS events,
          (SELECT COUNT(*) FROM errors) AS errors
        """
}
