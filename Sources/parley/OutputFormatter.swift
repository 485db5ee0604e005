import Foundation
import ParleyModel

/// Renders parley/1 as pretty JSON, JSON Lines or a human-readable report.
enum OutputFormatter {
    static func render(_ output: Output, format: Code.Format) throws -> [UInt8] {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(output)) + [0x0A]
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(output)) + [0x0A]
        case .text:
            return Array(report(output).utf8)
        }
    }

    static func report(_ o: Output) -> String {
        var s = ""
        s += "# \(o.document.title ?? "(untitled)")\n"
        if let date = o.document.date { s += "date: \(date)\n" }
        if let source = o.document.source { s += "source: \(source)\n" }
        s += "\n## Sentences\n"
        for sentence in o.sentences {
            let tag = sentence.kind == .body ? "" : " [\(sentence.kind.rawValue)]"
            s += "\(sentence.index)\(tag) \(sentence.text)\n"
        }
        if !o.structure.removed.isEmpty {
            s += "\n## Removed\n"
            for r in o.structure.removed { s += "- (\(r.reason)) \(r.text)\n" }
        }
        if !o.events.isEmpty {
            s += "\n## Events\n"
            for e in o.events {
                let src = e.source.map { "\($0.actor ?? "?") (\($0.text))" } ?? "-"
                let tgt = e.target.map { "\($0.actor ?? "?") (\($0.text))" } ?? "-"
                var line = "[\(e.sentence)] \(src) → \(e.code) \(e.plover?.type ?? "") → \(tgt)"
                line += "  verb: \(e.evidence.verb.text)"
                if let d = e.date { line += "  date: \(d)" }
                if let p = e.place { line += "  place: \(p)" }
                if e.negated { line += "  NEGATED" }
                if e.mode != "asserted" { line += "  mode: \(e.mode)" }
                s += line + "\n"
            }
        }
        if !o.quotes.isEmpty {
            s += "\n## Quotes\n"
            for q in o.quotes {
                let who = q.speaker.map { $0.canonical ?? $0.text } ?? "?"
                s += q.kind == "direct" || q.kind == "partial" ? "- \(who): \(q.text)\n" : "- \(who) (\(q.kind)): \(q.text)\n"
            }
        }
        if !o.times.isEmpty {
            s += "\n## Times\n"
            for t in o.times { s += "- \(t.text) → \(t.value) (\(t.type))\n" }
        }
        if !o.places.isEmpty {
            s += "\n## Places\n"
            for p in o.places { s += "- \(p.text) → \(p.name), \(p.country ?? "?") (\(p.feature))\n" }
        }
        if !o.warnings.isEmpty {
            s += "\n## Warnings\n"
            for w in o.warnings { s += "- \(w.code): \(w.message)\n" }
        }
        return s
    }
}
