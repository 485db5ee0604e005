import Foundation
import ParleyModel

/// Renders stored events as table rows, CSV and JSON lines.
public enum EventRows {
    public static let columns = [
        "row_id", "document_id", "event_id", "date", "source_actor", "source_text", "code", "root", "quad_class",
        "goldstein", "plover_type", "target_actor", "target_text", "place", "negated", "mode", "num_mentions",
        "num_sources", "num_articles", "verb", "url",
    ]

    public static func fields(_ s: StoredEvent) -> [String] {
        let e = s.event
        return [
            String(s.rowId), s.documentId, e.id, e.date ?? s.documentDate ?? "", e.source?.actor ?? "",
            e.source?.text ?? "", e.code, e.root, String(e.quadClass), String(e.goldstein), e.plover?.type ?? "",
            e.target?.actor ?? "", e.target?.text ?? "", e.place ?? "", e.negated ? "1" : "0", e.mode,
            String(s.numMentions), String(s.numSources), String(s.numArticles), e.evidence.verb.text,
            s.documentUrl ?? "",
        ]
    }

    public static var csvHeader: String { columns.joined(separator: ",") }

    public static func csv(_ s: StoredEvent) -> String { fields(s).map(csvField).joined(separator: ",") }

    public static func csvField(_ v: String) -> String {
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static let tableHeader = pad(["DATE", "SOURCE", "CODE", "TARGET", "PLACE", "VERB", "DOC"])

    public static func table(_ s: StoredEvent) -> String {
        let e = s.event
        return pad([
            e.date ?? s.documentDate ?? "-", e.source?.actor ?? e.source?.text ?? "-",
            e.code + (e.negated ? "!" : ""), e.target?.actor ?? e.target?.text ?? "-", e.place ?? "-",
            e.evidence.verb.text, String(s.documentId.prefix(12)),
        ])
    }

    public static func pad(_ cells: [String]) -> String {
        let widths = [10, 14, 5, 14, 16, 16, 12]
        return zip(cells, widths).map { cell, w in
            let c = cell.count > w ? String(cell.prefix(w - 1)) + "…" : cell
            return c + String(repeating: " ", count: max(0, w - c.count))
        }.joined(separator: " ")
    }

    public static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    public static func json(_ s: StoredEvent) -> String {
        (try? String(decoding: encoder.encode(s), as: UTF8.self)) ?? "{}"
    }
}
