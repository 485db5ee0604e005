import Foundation
import ParleyIngest
import ParleyModel

/// The statements that store one coded document, the same for both backends.
///
/// The first statement inserts the document row with `ON CONFLICT DO NOTHING … RETURNING id`;
/// when it returns no row the document (same content hash or input hash) is already stored and
/// the backend runs none of the rest. Backends run all of it in one transaction.
struct DocumentWrite {
    struct Statement {
        let sql: String
        let values: [SQLValue]
    }

    let document: Statement
    let children: [Statement]
    let eventCount: Int

    static let documentSQL = """
        INSERT INTO documents (id, input_hash, title, date, source, url, language, text, annotations,
          event_count, origin, run_id, worker, cluster)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id
        """

    static let eventSQL =
        "INSERT INTO events (\(EventColumns.names.joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: EventColumns.names.count).joined(separator: ", ") + ")"

    static let quoteSQL = """
        INSERT INTO quotes (document_id, idx, text, start_offset, end_offset, sentence, speaker_text,
          speaker_canonical, speaker_actor, kind, cue, time, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let timeSQL = """
        INSERT INTO times (document_id, idx, text, start_offset, end_offset, type, value)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """
    static let placeSQL = """
        INSERT INTO places (document_id, idx, text, start_offset, end_offset, name, country, admin1, lat, lon,
          geonames_id, feature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let entitySQL = """
        INSERT INTO entities (document_id, idx, text, start_offset, end_offset, type, canonical, actor)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let actorSQL = "INSERT INTO actors (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING"
    static let bandSQL = "INSERT INTO minhash_bands (band, hash, document_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"

    /// `children` with runs of the same INSERT merged into multi-row INSERTs of at most
    /// `maxValues` bound values each: one round trip per table instead of one per row, which is
    /// what a networked database (PostgreSQL) pays for.
    func batchedChildren(maxValues: Int = 16_000) -> [Statement] {
        var out: [Statement] = []
        var k = 0
        while k < children.count {
            let sql = children[k].sql
            var j = k
            while j < children.count && children[j].sql == sql { j += 1 }
            guard j - k > 1, let tuple = Self.valuesTuple(sql) else {
                out.append(contentsOf: children[k..<j])
                k = j
                continue
            }
            let perRow = max(1, children[k].values.count)
            let rowsPerStatement = max(1, maxValues / perRow)
            var start = k
            while start < j {
                let end = min(j, start + rowsPerStatement)
                let rows = Array(repeating: String(sql[tuple]), count: end - start).joined(separator: ", ")
                out.append(Statement(
                    sql: String(sql[..<tuple.lowerBound]) + rows + String(sql[tuple.upperBound...]),
                    values: children[start..<end].flatMap(\.values)))
                start = end
            }
            k = j
        }
        return out
    }

    /// The "(?, ?, …)" placeholder tuple after VALUES in an INSERT statement.
    static func valuesTuple(_ sql: String) -> Range<String.Index>? {
        guard let values = sql.range(of: "VALUES ("), let close = sql[values.upperBound...].firstIndex(of: ")") else {
            return nil
        }
        return sql.index(before: values.upperBound)..<sql.index(after: close)
    }

    /// The annotations column: the parley/1 value without its text (stored once, in `text`).
    static func annotations(_ output: Output) -> String {
        var copy = output
        copy.text = ""
        copy.tokens = nil
        return EventColumns.json(copy)
    }

    /// Rebuilds parley/1 from the annotations column and the text.
    static func output(annotations: String, text: String) throws -> Output {
        var o = try JSONDecoder().decode(Output.self, from: Data(annotations.utf8))
        o.text = text
        return o
    }

    init(
        _ output: Output, inputHash: String?, origin: RecordOrigin?, run: Int64?, worker: String?,
        cluster: String?, bands: [Int64]
    ) {
        let id = output.document.id
        let info = output.document
        document = Statement(
            sql: Self.documentSQL,
            values: [
                .text(id), .of(inputHash), .of(info.title), .of(info.date), .of(info.source), .of(info.url),
                .text(info.language), .text(output.text), .text(Self.annotations(output)),
                .of(output.events.count), .of(origin?.description), run.map { .int($0) } ?? .null,
                .of(worker), .of(cluster),
            ])
        var rows: [Statement] = []
        let docDate = info.date.map { String($0.prefix(10)) }
        for e in output.events {
            rows.append(Statement(sql: Self.eventSQL, values: EventColumns.values(e, documentId: id, documentDate: docDate)))
        }
        for (i, q) in output.quotes.enumerated() {
            rows.append(
                Statement(
                    sql: Self.quoteSQL,
                    values: [
                        .text(id), .of(i), .text(q.text), .of(q.start), .of(q.end), .of(q.sentence),
                        .of(q.speaker?.text), .of(q.speaker?.canonical), .of(q.speaker?.actor), .text(q.kind),
                        .of(q.cue?.text), .of(q.time), .of(q.place),
                    ]))
        }
        for (i, t) in output.times.enumerated() {
            rows.append(
                Statement(
                    sql: Self.timeSQL,
                    values: [.text(id), .of(i), .text(t.text), .of(t.start), .of(t.end), .text(t.type), .text(t.value)]))
        }
        for (i, p) in output.places.enumerated() {
            rows.append(
                Statement(
                    sql: Self.placeSQL,
                    values: [
                        .text(id), .of(i), .text(p.text), .of(p.start), .of(p.end), .text(p.name), .of(p.country),
                        .of(p.admin1), .of(p.lat), .of(p.lon), .of(p.geonamesId), .text(p.feature),
                    ]))
        }
        var actors: [String: String?] = [:]
        for (i, e) in output.entities.enumerated() {
            rows.append(
                Statement(
                    sql: Self.entitySQL,
                    values: [
                        .text(id), .of(i), .text(e.text), .of(e.start), .of(e.end), .text(e.type), .of(e.canonical),
                        .of(e.actor),
                    ]))
            if let actor = e.actor, actors[actor] == nil { actors[actor] = e.canonical ?? e.text }
        }
        for e in output.events {
            for p in [e.source, e.target] {
                if let p, let actor = p.actor, actors[actor] == nil { actors[actor] = p.canonical ?? p.text }
            }
        }
        for (code, name) in actors.sorted(by: { $0.key < $1.key }) {
            rows.append(Statement(sql: Self.actorSQL, values: [.text(code), .of(name)]))
        }
        for (band, hash) in bands.enumerated() {
            rows.append(Statement(sql: Self.bandSQL, values: [.of(band), .int(hash), .text(id)]))
        }
        children = rows
        eventCount = output.events.count
    }
}
