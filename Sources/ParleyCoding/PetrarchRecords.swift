/// One PETRARCH validation record (see shared/eval/FORMAT.md).
public struct PetrarchRecord: Sendable {
    public var id: String
    public var category: String
    /// YYYYMMDD.
    public var date: Int
    public var valid: Bool
    public var text: String
    public var parse: String
    /// Expected (source, target, code) triples.
    public var expected: [Triple]
    /// Expected error condition (`sentencediscard`, `storydiscard`, `bad_input_parse`, `dateline`).
    public var error: String?
    /// `<Config>` options in force for this record.
    public var options: [String: String]
}

/// A (source, target, event code) triple as compared by the validation rule.
public struct Triple: Hashable, Sendable, Comparable {
    public var source: String
    public var target: String
    public var code: String
    public init(_ source: String, _ target: String, _ code: String) {
        self.source = source
        self.target = target
        self.code = code
    }
    public var description: String { "\(source)/\(target)/\(code)" }
    public static func < (a: Triple, b: Triple) -> Bool { a.description < b.description }
}

/// The records of a validation file plus its `<Environment>` dictionary names.
public struct PetrarchRecordFile: Sendable {
    public var records: [PetrarchRecord] = []
    public var environment: [String: String] = [:]
    public var warnings: [String] = []

    /// Reads the file tolerantly: self-closing `<Sentence .../>` followed by content and
    /// `</Sentence>` is accepted with a warning; `<Config>` lines apply to later records.
    public init(text: String, name: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var options: [String: String] = [:]
        var current: PetrarchRecord?
        var field: String?
        var buffer = ""
        var inEnvironment = false
        var inComment = false
        for (n, raw) in lines.enumerated() {
            var line = Substring(raw)
            if inComment {
                guard let e = line.range(of: "-->") else { continue }
                line = line[e.upperBound...]
                inComment = false
            }
            while let c = line.range(of: "<!--") {
                if let e = line[c.upperBound...].range(of: "-->") {
                    line = line[..<c.lowerBound] + line[e.upperBound...]
                } else {
                    line = line[..<c.lowerBound]
                    inComment = true
                }
            }
            if let f = field {
                let close = "</\(f)>"
                if let r = line.range(of: close) {
                    buffer += line[..<r.lowerBound]
                    if f == "Text" { current?.text = Self.unescape(buffer) } else { current?.parse = buffer }
                    field = nil
                    line = line[r.upperBound...]
                } else {
                    buffer += line + "\n"
                    continue
                }
            }
            let t = line.trimmingCharacters(in: " ")
            if t.hasPrefix("<Environment") { inEnvironment = true }
            if t.hasPrefix("</Environment") { inEnvironment = false }
            if inEnvironment, t.hasPrefix("<"), let gt = t.firstIndex(of: ">"), let lt = t[gt...].firstIndex(of: "<") {
                let tag = String(t[t.index(after: t.startIndex)..<gt])
                environment[tag] = String(t[t.index(after: gt)..<lt]).trimmingCharacters(in: " ").description
            }
            if t.hasPrefix("<Config") {
                let a = Self.attributes(t)
                if let o = a["option"], let v = a["value"] { options[o] = v }
                continue
            }
            if t.hasPrefix("<Sentence ") || t == "<Sentence>" {
                if current != nil {
                    warnings.append("\(name):\(n + 1): <Sentence> inside an unclosed record; previous record dropped")
                }
                let a = Self.attributes(t)
                if t.hasSuffix("/>") {
                    warnings.append("\(name):\(n + 1): self-closing <Sentence/> followed by content; read tolerantly")
                }
                let date = Int(a["date"] ?? "") ?? 0
                current = PetrarchRecord(
                    id: a["id"] ?? "line\(n + 1)", category: a["category"] ?? a["source"] ?? "",
                    date: date < 1_000_000 ? parseDictionaryDate(Substring(a["date"] ?? "")) ?? 0 : date,
                    valid: (a["sentence"] ?? a["valid"] ?? "true").lowercased() == "true", text: "",
                    parse: "", expected: [], error: nil, options: options)
                continue
            }
            if t.hasPrefix("<EventCoding") {
                let a = Self.attributes(t)
                if let e = a["error"] {
                    current?.error = e
                } else if let s = a["sourcecode"], let tg = a["targetcode"], let c = a["eventcode"] {
                    current?.expected.append(Triple(s, tg, c))
                }
                continue
            }
            for f in ["Text", "Parse"] where t.hasPrefix("<\(f)>") {
                let after = t.dropFirst(f.count + 2)
                if let r = after.range(of: "</\(f)>") {
                    if f == "Text" { current?.text = Self.unescape(String(after[..<r.lowerBound])) } else { current?.parse = String(after[..<r.lowerBound]) }
                } else {
                    field = f
                    buffer = after.isEmpty ? "" : String(after) + "\n"
                }
            }
            if field == nil, t.contains("</Sentence>"), let r = current {
                records.append(r)
                current = nil
            }
            if t.hasPrefix("<Stop") { break }
        }
        if let r = current {
            warnings.append("\(name): last record \(r.id) not closed; kept")
            records.append(r)
        }
    }

    static func attributes(_ tag: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = tag
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].split(whereSeparator: { $0 == " " || $0 == "<" || $0 == "\t" }).last.map(String.init) ?? ""
            var after = rest[rest.index(after: eq)...]
            guard let q = after.first, q == "\"" || q == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: q) else { break }
            out[key] = unescape(String(after[..<end]))
            rest = after[after.index(after: end)...]
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = s
        for (k, v) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            out = out.replacing(k, with: v)
        }
        return out
    }
}

extension Substring {
    func range(of s: String) -> Range<Index>? {
        guard !s.isEmpty else { return nil }
        return self.firstRange(of: s)
    }
}
