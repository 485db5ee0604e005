/// Scores the coder on PETRARCH validation records with the one-to-one multiset rule.
public enum PetrarchEvaluation {
    /// The outcome of one record.
    public struct Result: Sendable {
        public var id: String
        public var category: String
        public var expected: [Triple]
        public var coded: [Triple]
        public var expectedError: String?
        public var codedError: String?
        public var pass: Bool
        /// Rules that fired, for diagnosis.
        public var rules: [String]
    }

    /// Codes every record; `sentences` returns the parsed sentences of a record
    /// (nil when the input cannot be parsed: a `bad_input_parse` condition).
    public static func run(
        _ file: PetrarchRecordFile, dictionaries: CodingDictionaries, negation: NegationOntology? = nil,
        sentences: (PetrarchRecord) -> [CodingSentence]?
    ) -> [Result] {
        var out: [Result] = []
        for r in file.records {
            var options = CodingOptions()
            options.nominalEvents = false
            options.negation = negation
            if let d = r.options["require_dyad"] { options.requireDyad = d.lowercased() == "true" }
            let matcher = EventMatcher(dictionaries: dictionaries, options: options)
            var coded: [Triple] = []
            var rules: [String] = []
            var codedError: String?
            if let parsed = sentences(r) {
                for s in parsed {
                    if let d = discard(s, dictionaries) {
                        codedError = d
                        coded = []
                        break
                    }
                    if isDateline(s) {
                        codedError = "dateline"
                        continue
                    }
                    for e in matcher.code(s, date: r.date) {
                        coded.append(Triple(e.source ?? "---", e.target ?? "---", e.code))
                        rules.append(e.rule)
                    }
                }
            } else {
                codedError = "bad_input_parse"
            }
            let pass: Bool
            if r.error != nil {
                pass = coded.isEmpty
            } else {
                pass = coded.sorted() == r.expected.sorted()
            }
            out.append(
                Result(
                    id: r.id, category: r.category, expected: r.expected, coded: coded, expectedError: r.error,
                    codedError: codedError, pass: pass, rules: rules))
        }
        return out
    }

    /// `sentencediscard` / `storydiscard` when a discard phrase occurs in the sentence.
    static func discard(_ s: CodingSentence, _ d: CodingDictionaries) -> String? {
        for (words, story) in d.discards where !words.isEmpty {
            var i = 0
            while i + words.count <= s.count {
                var ok = true
                for (k, w) in words.enumerated() where !PhraseTable.wordMatches(s.words[i + k], w, stem: false) {
                    ok = false
                    break
                }
                if ok { return story ? "storydiscard" : "sentencediscard" }
                i += 1
            }
        }
        return nil
    }

    /// A dateline such as "CEBU CITY: --" opening the sentence.
    static func isDateline(_ s: CodingSentence) -> Bool {
        for i in 0..<min(s.count, 5) {
            if s.words[i] == ":" || s.words[i] == "--" { return i > 0 }
            if s.upos[i] != "PROPN" && s.upos[i] != "NOUN" { return false }
        }
        return false
    }

    /// Breakdown lines by category, then `N passed, N failed` last.
    public static func summary(_ results: [Result]) -> [String] {
        var cats: [String: (Int, Int)] = [:]
        for r in results {
            var c = cats[r.category] ?? (0, 0)
            if r.pass { c.0 += 1 } else { c.1 += 1 }
            cats[r.category] = c
        }
        var lines: [String] = []
        for k in cats.keys.sorted() {
            let (p, f) = cats[k]!
            let pct = Double(p) * 100 / Double(max(1, p + f))
            lines.append("\(k.padding(12)) \(p)/\(p + f) (\(formatPercent(pct)))")
        }
        let passed = results.filter(\.pass).count
        let tp = results.reduce(0) { acc, r in acc + overlap(r.expected, r.coded) }
        let nCoded = results.reduce(0) { $0 + $1.coded.count }
        let nExp = results.reduce(0) { $0 + $1.expected.count }
        lines.append(
            "triples: precision \(formatPercent(Double(tp) * 100 / Double(max(1, nCoded))))"
                + ", recall \(formatPercent(Double(tp) * 100 / Double(max(1, nExp))))"
                + "; records: \(formatPercent(Double(passed) * 100 / Double(max(1, results.count))))")
        lines.append("\(passed) passed, \(results.count - passed) failed")
        return lines
    }

    static func overlap(_ a: [Triple], _ b: [Triple]) -> Int {
        var counts: [Triple: Int] = [:]
        for t in a { counts[t, default: 0] += 1 }
        var n = 0
        for t in b where (counts[t] ?? 0) > 0 {
            counts[t]! -= 1
            n += 1
        }
        return n
    }

    static func formatPercent(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
