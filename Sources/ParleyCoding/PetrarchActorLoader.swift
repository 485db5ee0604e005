/// Reads PETRARCH/TABARI actor, agent and discard dictionaries into `PhraseTable`s.
public enum PetrarchActorLoader {
    /// Actor dictionary: `NAME [CODE]`, `+SYNONYM` lines, indented `[CODE date-range]` lines.
    public static func loadActors(_ text: String, file: String, into table: inout PhraseTable) throws {
        var group: [(words: [String], stems: [Bool])] = []
        var codes: [DatedCode] = []
        func flush() {
            if !group.isEmpty && !codes.isEmpty {
                for g in group {
                    table.add(PhraseEntry(words: g.words, stems: g.stems, codes: codes, isPerson: codes.contains { $0.code.count > 3 && g.words.count >= 2 }))
                }
            }
            group = []
            codes = []
        }
        var inComment = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if inComment {
                if line.contains("-->") { inComment = false }
                continue
            }
            if line.hasPrefix("<!--") {
                if !line.contains("-->") { inComment = true }
                continue
            }
            line = stripComment(line)
            let trimmed = line.trimmingCharacters(in: " ")
            if trimmed.isEmpty { continue }
            let indented = line.first == " " || line.first == "\t"
            if trimmed.hasPrefix("[") {
                codes += try parseCodes(trimmed, file: file, line: n + 1)
                continue
            }
            if trimmed.hasPrefix("+") {
                group.append(phraseWords(trimmed.dropFirst().prefix { $0 != "[" }, stemming: true))
                if let b = trimmed.firstIndex(of: "[") {
                    codes += try parseCodes(trimmed[b...], file: file, line: n + 1)
                }
                continue
            }
            if indented && group.isEmpty { continue }
            flush()
            let name = trimmed.prefix { $0 != "[" }
            group.append(phraseWords(name, stemming: true))
            if let b = trimmed.firstIndex(of: "[") {
                codes += try parseCodes(trimmed[b...], file: file, line: n + 1)
            }
        }
        flush()
    }

    /// `[CODE]`, `[CODE >yymmdd]`, `[CODE <yymmdd]`, `[CODE a-b]`, several per line allowed.
    static func parseCodes(_ s: Substring, file: String, line: Int) throws -> [DatedCode] {
        var out: [DatedCode] = []
        var rest = s
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else {
                throw DictionaryError(file: file, line: line, message: "unclosed '[' in code")
            }
            let body = rest[rest.index(after: open)..<close].trimmingCharacters(in: " ")
            rest = rest[rest.index(after: close)...]
            let parts = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let code = parts.first else { continue }
            var dc = DatedCode(code: String(code).uppercased())
            let range = parts.dropFirst().joined()
            if range.hasPrefix(">") {
                dc.from = parseDictionaryDate(range.dropFirst()) ?? 0
            } else if range.hasPrefix("<") {
                dc.to = (parseDictionaryDate(range.dropFirst()) ?? 99_999_999) - 1
            } else if !range.isEmpty {
                let ab = range.split(separator: "-", maxSplits: 1)
                if ab.count == 2, let a = parseDictionaryDate(ab[0]), let b = parseDictionaryDate(ab[1]) {
                    dc.from = a
                    dc.to = b
                } else {
                    continue
                }
            }
            out.append(dc)
        }
        return out
    }

    /// Agent dictionary: `!MACRO! = A, B`, `PHRASE {PLURALS} [~CODE]`.
    public static func loadAgents(_ text: String, file: String, into table: inout PhraseTable) throws {
        var macros: [String: [String]] = [:]
        var inComment = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if inComment {
                if line.contains("-->") { inComment = false }
                continue
            }
            if line.hasPrefix("<!--") {
                if !line.contains("-->") { inComment = true }
                continue
            }
            line = stripComment(line).trimmingCharacters(in: " ")
            if line.isEmpty { continue }
            if line.hasPrefix("!"), let eq = line.firstIndex(of: "=") {
                let name = line[..<eq].trimmingCharacters(in: " ").uppercased()
                macros[name] = line[line.index(after: eq)...].split(separator: ",").map {
                    $0.trimmingCharacters(in: " ").uppercased()
                }
                continue
            }
            guard let open = line.firstIndex(of: "[") else { continue }
            let codes = try parseCodes(line[open...], file: file, line: n + 1)
            guard let code = codes.first else { continue }
            var head = line[..<open]
            var plurals: [String] = []
            var explicitPlural = false
            if let b = head.firstIndex(of: "{"), let e = head.firstIndex(of: "}") {
                explicitPlural = true
                plurals = head[head.index(after: b)..<e].split(separator: " ").map(String.init)
                head = head[..<b]
            }
            var names = [head.trimmingCharacters(in: " ").uppercased()] + plurals.map { $0.uppercased() }
            // expand !MACRO! substitutions
            var expanded: [String] = []
            for name in names {
                if let s = name.firstIndex(of: "!"), let e = name[name.index(after: s)...].firstIndex(of: "!") {
                    let key = String(name[s...e])
                    for sub in macros[key] ?? [] {
                        expanded.append(name.replacingCharacters(in: s...e, with: sub))
                    }
                } else {
                    expanded.append(name)
                }
            }
            names = expanded
            for name in names {
                let w = phraseWords(Substring(name), stemming: false)
                table.add(PhraseEntry(words: w.words, stems: w.stems, codes: [code]))
            }
            _ = explicitPlural
        }
    }

    /// Discard list: `+PHRASE` discards the story, `PHRASE` the sentence.
    public static func loadDiscards(_ text: String) -> [(words: [String], story: Bool)] {
        var out: [(words: [String], story: Bool)] = []
        for raw in text.split(separator: "\n") {
            let line = stripComment(raw).trimmingCharacters(in: " ")
            if line.isEmpty || line.hasPrefix("<!--") { continue }
            let story = line.hasPrefix("+")
            let words = phraseWords(story ? line.dropFirst() : line, stemming: false).words
            if !words.isEmpty { out.append((words, story)) }
        }
        return out
    }
}

extension String {
    fileprivate func replacingCharacters(in r: ClosedRange<String.Index>, with s: String) -> String {
        String(self[..<r.lowerBound]) + s + String(self[index(after: r.upperBound)...])
    }
}
