/// Reads PETRARCH verb dictionaries (synsets `&NAME`, `--- BLOCK [code] ---`, verb lines
/// with irregular forms `{...}`, phrasal verbs `+VERB_PARTICLE`, patterns `- ... * ... [code]`)
/// into a `VerbDictionary`.
public enum PetrarchVerbLoader {
    public static func load(_ text: String, file: String, into dict: inout VerbDictionary) throws {
        var synsets: [String: [[String]]] = [:]
        var currentSynset: String?
        var blockName = ""
        var blockCode: (String?, String?) = (nil, nil)
        var blockEntries: [Int] = []
        var blockPatterns: [VerbPattern] = []
        func closeBlock() {
            for e in blockEntries { dict.addPatterns(blockPatterns, to: e) }
            blockEntries = []
            blockPatterns = []
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var inComment = false
        for (n, raw) in lines.enumerated() {
            if inComment {
                if raw.contains("-->") { inComment = false }
                continue
            }
            if raw.trimmingCharacters(in: " ").hasPrefix("<!--") {
                if !raw.contains("-->") { inComment = true }
                continue
            }
            let line = stripComment(raw).trimmingCharacters(in: " ")
            if line.isEmpty { continue }
            if line.hasPrefix("&") {
                let name = line.split(separator: " ").first.map { String($0).uppercased() } ?? ""
                currentSynset = name
                synsets[name] = synsets[name] ?? []
                continue
            }
            if line.hasPrefix("---") {
                closeBlock()
                currentSynset = nil
                var inner = line.drop { $0 == "-" || $0 == " " }
                while let l = inner.last, l == "-" || l == " " || l == "\t" { inner = inner.dropLast() }
                blockName = inner.prefix { $0 != "[" }.trimmingCharacters(in: " ").uppercased()
                blockCode = codePair(inner)
                continue
            }
            if let syn = currentSynset, line.hasPrefix("+") {
                let member = line.dropFirst().trimmingCharacters(in: " ")
                if member.hasPrefix("&") {
                    synsets[syn]! += synsets[member.uppercased()] ?? []
                } else {
                    let cleaned = member.filter { $0 != "(" && $0 != ")" }
                    synsets[syn]!.append(phraseWords(Substring(cleaned), stemming: false).words)
                }
                continue
            }
            currentSynset = nil
            if line.hasPrefix("-") || line.hasPrefix("*") {
                let body = line.hasPrefix("-") ? line.dropFirst() : line
                guard let open = body.lastIndex(of: "[") else { continue }
                let (code, rev) = codePair(body[open...])
                let tokens = patternTokens(body[..<open])
                guard let star = tokens.firstIndex(of: "*") else { continue }
                let before = elements(Array(tokens[..<star]), synsets)
                let after = elements(Array(tokens[(star + 1)...]), synsets)
                let name = "\(blockName): \(body[..<open].trimmingCharacters(in: " "))"
                blockPatterns.append(
                    VerbPattern(before: before, after: after, code: code, reverseCode: rev, name: name))
                continue
            }
            // verb line: WORD {FORMS} [CODE]  or  +PHRASAL_PARTICLE {FORMS}
            if line.contains("_+") { continue }
            var head = line.prefix { $0 != "{" && $0 != "[" }.trimmingCharacters(in: " ").uppercased()
            var forms: [String] = []
            if let b = line.firstIndex(of: "{"), let e = line.firstIndex(of: "}") {
                forms = line[line.index(after: b)..<e].split(separator: " ").map {
                    String($0).uppercased().trimmingCharacters(in: "+").description
                }
            }
            var code = blockCode
            if let open = line.firstIndex(of: "["), line[open...].contains("]") {
                code = codePair(line[open...])
            }
            var particle: String?
            if !head.hasPrefix("+") && head.contains(" ") {
                // PETRARCH-1 multiword verb "LASH OUT": a verb and its particle
                head = "+" + head.split(separator: " ").joined(separator: "_")
            }
            if head.hasPrefix("+") {
                head.removeFirst()
                let parts = head.split(separator: "_").map(String.init)
                guard parts.count >= 2 else { continue }
                particle = parts[1]
                forms = forms.compactMap { $0.split(separator: "_").first.map(String.init) }
                head = parts[0]
            }
            let base = head.trimmingCharacters(in: "_").description
            guard !base.isEmpty, !base.contains(" ") else {
                throw DictionaryError(file: file, line: n + 1, message: "cannot read verb line '\(line)'")
            }
            let entry = VerbEntry(
                name: blockName.isEmpty ? base : blockName, code: code.0, reverseCode: code.1,
                particle: particle)
            blockEntries.append(dict.add(entry, forms: [base] + forms))
        }
        closeBlock()
    }

    /// `[040:040]` → ("040", "040"); `[---]` → (nil, nil); `[:080]` → (nil, "080").
    static func codePair(_ s: Substring) -> (String?, String?) {
        guard let o = s.firstIndex(of: "["), let c = s.firstIndex(of: "]"), o < c else { return (nil, nil) }
        let body = s[s.index(after: o)..<c].trimmingCharacters(in: " ")
        let parts = body.split(separator: ":", omittingEmptySubsequences: false).map { String($0) }
        func clean(_ p: String) -> String? {
            let d = p.filter(\.isNumber)
            return d.isEmpty || p.contains("-") || p.contains("+") || p.contains("#") ? nil : d
        }
        return (clean(parts[0]), parts.count > 1 ? clean(parts[1]) : nil)
    }

    /// Splits a pattern into tokens, keeping `{...}` and `(...)` groups as single tokens.
    static func patternTokens(_ s: Substring) -> [String] {
        var out: [String] = []
        var cur = ""
        var depth = 0
        for ch in s {
            if ch == "{" || ch == "(" { depth += 1 }
            if ch == "}" || ch == ")" { depth -= 1 }
            if (ch == " " || ch == "\t") && depth == 0 {
                if !cur.isEmpty { out.append(cur) }
                cur = ""
            } else {
                cur.append(ch)
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out.map { $0.uppercased() }
    }

    static func elements(_ tokens: [String], _ synsets: [String: [[String]]]) -> [PatternElement] {
        var out: [PatternElement] = []
        for t in tokens {
            if t == "$" { out.append(.source); continue }
            if t == "+" { out.append(.target); continue }
            if t == "%" { out.append(.compound); continue }
            if t == "^" || t.isEmpty { continue }
            if t.hasPrefix("(") {
                let inner = patternTokens(Substring(t.dropFirst().dropLast()))
                guard let first = inner.first else { continue }
                let preps: [String]
                if first.hasPrefix("&") {
                    preps = (synsets[first] ?? []).compactMap(\.first)
                } else {
                    preps = [first.trimmingCharacters(in: "_").description]
                }
                out.append(.prep(preps, elements(Array(inner.dropFirst()), synsets)))
                continue
            }
            if t.hasPrefix("{") {
                out += elements(patternTokens(Substring(t.dropFirst().dropLast())), synsets)
                continue
            }
            if t.hasPrefix("&") {
                if let alts = synsets[t], !alts.isEmpty { out.append(.words(alts)) }
                continue
            }
            let words = phraseWords(Substring(t), stemming: false).words
            if !words.isEmpty { out.append(.words([words])) }
        }
        return out
    }
}
