import Foundation
import ParleyModel

/// The flat column layout of an event row, shared by both backends, and its inverse.
enum EventColumns {
    /// Columns written on insert, in order.
    static let names = [
        "document_id", "event_id", "sentence",
        "source_text", "source_start", "source_end", "source_actor", "source_canonical", "source_country",
        "target_text", "target_start", "target_end", "target_actor", "target_canonical", "target_country",
        "code", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context",
        "date", "date_basis", "event_date", "place", "negated", "mode", "evidence", "mentions",
        "mention_count", "event_key",
    ]

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    static func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    /// The key under which reports of one event in near-duplicate articles are counted together.
    static func key(_ e: Event) -> String {
        "\(e.code)|\(e.source?.actor ?? "")|\(e.target?.actor ?? "")"
    }

    /// Values for `names`. `documentDate` stands in when the event has no date of its own.
    static func values(_ e: Event, documentId: String, documentDate: String?) -> [SQLValue] {
        let eventDate = (e.date.flatMap { $0.count >= 10 ? String($0.prefix(10)) : nil }) ?? documentDate
        return [
            .text(documentId), .text(e.id), .of(e.sentence),
            .of(e.source?.text), .of(e.source?.start), .of(e.source?.end), .of(e.source?.actor),
            .of(e.source?.canonical), .of(ActorCountry.of(e.source?.actor)),
            .of(e.target?.text), .of(e.target?.start), .of(e.target?.end), .of(e.target?.actor),
            .of(e.target?.canonical), .of(ActorCountry.of(e.target?.actor)),
            .text(e.code), .text(e.root), .of(e.quadClass), .double(e.goldstein),
            .of(e.plover?.type), .of(e.plover?.mode), .of(e.plover?.context),
            .of(e.date), .of(e.dateBasis), .of(eventDate), .of(e.place), .int(e.negated ? 1 : 0),
            .text(e.mode), .text(json(e.evidence)), .text(json(e.mentions)),
            .int(Int64(1 + e.mentions.count)), .text(key(e)),
        ]
    }

    static func participant(_ r: RowReader, _ side: String) -> Participant? {
        guard let text = r.string("\(side)_text") else { return nil }
        return Participant(
            text: text, start: r.int("\(side)_start") ?? 0, end: r.int("\(side)_end") ?? 0,
            actor: r.string("\(side)_actor"), canonical: r.string("\(side)_canonical"))
    }

    /// Rebuilds a stored event from a row selected with `EventColumns.select`.
    static func decode(_ r: RowReader) -> StoredEvent {
        let decoder = JSONDecoder()
        let evidence =
            r.string("evidence").flatMap { try? decoder.decode(Evidence.self, from: Data($0.utf8)) }
            ?? Evidence(verb: TextSpan(text: "", start: 0, end: 0), rule: "")
        let mentions =
            r.string("mentions").flatMap { try? decoder.decode([EventMention].self, from: Data($0.utf8)) } ?? []
        let plover = r.string("plover_type").map {
            PloverLabel(type: $0, mode: r.string("plover_mode"), context: r.string("plover_context"))
        }
        let event = Event(
            id: r.string("event_id") ?? "", sentence: r.int("sentence") ?? 0,
            source: participant(r, "source"), target: participant(r, "target"), code: r.string("code") ?? "",
            root: r.string("root") ?? "", quadClass: r.int("quad_class") ?? 0,
            goldstein: r.double("goldstein") ?? 0, plover: plover, date: r.string("date"),
            dateBasis: r.string("date_basis"), place: r.string("place"), negated: (r.int("negated") ?? 0) != 0,
            mode: r.string("mode") ?? "asserted", evidence: evidence, mentions: mentions)
        return StoredEvent(
            rowId: Int64(r.int("row_id") ?? 0), documentId: r.string("document_id") ?? "",
            documentDate: r.string("doc_date"), documentSource: r.string("doc_source"),
            documentUrl: r.string("doc_url"), sourceCountry: r.string("source_country"),
            targetCountry: r.string("target_country"), numMentions: r.int("num_mentions") ?? 1,
            numSources: r.int("num_sources") ?? 1, numArticles: r.int("num_articles") ?? 1, event: event)
    }

    /// The filters of an event query as a WHERE clause over `events e JOIN documents d`.
    static func filter(_ q: EventQuery, caseInsensitiveLike: String) throws -> SQLFilter {
        var f = SQLFilter()
        if let actor = q.actor {
            f.add("(e.source_actor LIKE ? OR e.target_actor LIKE ?)", .text(actor + "%"), .text(actor + "%"))
        }
        if let c = q.sourceCountry { f.add("e.source_country = ?", .text(c)) }
        if let c = q.targetCountry { f.add("e.target_country = ?", .text(c)) }
        if let code = q.code {
            if code.hasSuffix("*") {
                f.add("e.code LIKE ?", .text(String(code.dropLast()) + "%"))
            } else {
                f.add("e.code = ?", .text(code))
            }
        }
        if let root = q.root { f.add("e.root = ?", .text(root)) }
        if let quad = q.quadClass { f.add("e.quad_class = ?", .of(quad)) }
        if let from = q.from { f.add("e.event_date >= ?", .text(from)) }
        if let to = q.to { f.add("e.event_date <= ?", .text(to)) }
        if let place = q.place { f.add("e.place \(caseInsensitiveLike) ?", .text("%\(place)%")) }
        if let doc = q.documentId { f.add("e.document_id = ?", .text(doc)) }
        if let cursor = q.cursor {
            guard let after = Int64(cursor) else { throw StoreError.badCursor(cursor) }
            f.add("e.row_id > ?", .int(after))
        }
        return f
    }

    /// Events page query: the page, then counts over near-duplicate articles of the same story.
    static func pageSQL(_ where: String) -> String {
        """
        WITH page AS (
          SELECT e.*, d.date AS doc_date, d.source AS doc_source, d.url AS doc_url,
                 COALESCE(d.cluster, d.id) AS doc_cluster
          FROM events e JOIN documents d ON d.id = e.document_id
          \(`where`) ORDER BY e.row_id LIMIT ?
        ), agg AS (
          SELECT COALESCE(d2.cluster, d2.id) AS cl, e2.event_key AS ek,
                 CAST(SUM(e2.mention_count) AS BIGINT) AS num_mentions,
                 COUNT(DISTINCT COALESCE(d2.source, d2.id)) AS num_sources,
                 COUNT(DISTINCT e2.document_id) AS num_articles
          FROM events e2 JOIN documents d2 ON d2.id = e2.document_id
          WHERE COALESCE(d2.cluster, d2.id) IN (SELECT doc_cluster FROM page)
            AND e2.event_key IN (SELECT event_key FROM page)
          GROUP BY COALESCE(d2.cluster, d2.id), e2.event_key
        )
        SELECT page.*, agg.num_mentions, agg.num_sources, agg.num_articles
        FROM page LEFT JOIN agg ON agg.cl = page.doc_cluster AND agg.ek = page.event_key
        ORDER BY page.row_id
        """
    }
}

/// Store failures, each naming what was wrong.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case badCursor(String)
    case badURL(String)
    case unavailable(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case .badCursor(let c): return "invalid cursor '\(c)' (use the next_cursor of a previous page)"
        case .badURL(let u):
            return "unsupported database '\(u)' (use a SQLite path, sqlite:PATH or postgres://user@host:port/db)"
        case .unavailable(let m): return "database unavailable: \(m)"
        case .corrupt(let m): return "stored data is damaged: \(m)"
        }
    }
}
