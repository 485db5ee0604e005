/// Reads CoNLL-U dependency parses (as embedded in PETRARCH validation records).
public enum ConllU {
    /// Parses one sentence's CoNLL-U lines; multiword-token and empty-node lines are skipped.
    /// Returns nil when a line is malformed (fewer than 8 columns or a bad head).
    public static func sentence(_ text: Substring) -> CodingSentence? {
        var words: [String] = []
        var lemmas: [String] = []
        var upos: [String] = []
        var heads: [Int] = []
        var deps: [String] = []
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = raw.trimmingCharacters(in: " ")
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 8 else { return nil }
            if cols[0].contains("-") || cols[0].contains(".") { continue }
            guard let h = Int(cols[6]) else { return nil }
            words.append(String(cols[1]))
            lemmas.append(cols[2] == "_" && cols[1] != "_" ? String(cols[1]) : String(cols[2]))
            upos.append(String(cols[3]))
            heads.append(h - 1)
            deps.append(String(cols[7]))
        }
        guard !words.isEmpty, heads.allSatisfy({ $0 >= -1 && $0 < words.count }) else { return nil }
        var starts: [Int] = []
        var ends: [Int] = []
        var pos = 0
        for w in words {
            starts.append(pos)
            pos += w.unicodeScalars.count
            ends.append(pos)
            pos += 1
        }
        return CodingSentence(
            words: words, lemmas: lemmas, upos: upos, heads: heads, deprels: deps, starts: starts, ends: ends)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = Substring(self)
        while let f = s.first, f == set || f == "\t" && set == " " { s = s.dropFirst() }
        while let l = s.last, l == set || l == "\t" && set == " " { s = s.dropLast() }
        return s
    }
}
