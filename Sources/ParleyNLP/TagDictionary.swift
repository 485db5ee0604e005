/// The tags each known word was seen with in training (its ambiguity class), as a hash.
///
/// Lets the tagger look ahead: the classes of the next words say "this could be a verb or
/// a noun" without tagging them first. Words seen fewer than `minCount` times are unknown.
struct TagDictionary: Sendable {
    static let minCount = 2
    static let unknown: UInt64 = 0xA3B1_0000_0000_0001
    static let boundary: UInt64 = 0xA3B1_0000_0000_0002
    private let table: [UInt64: UInt64]

    init(table: [UInt64: UInt64]) { self.table = table }

    var count: Int { table.count }

    @inline(__always)
    func ambiguity(_ word: UInt64) -> UInt64 { table[word] ?? Self.unknown }

    /// Fills `out` with the ambiguity class of every token of `lex`.
    func fill(_ lex: LexicalFeatures, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        for w in lex.word { out.append(ambiguity(w)) }
    }

    /// Learns classes from word hashes and gold tag indices: tags under 5% of a word's
    /// occurrences are left out as noise.
    static func learn(words: [[UInt64]], tags: [[Int]]) -> TagDictionary {
        var counts = [UInt64: [Int: Int]]()
        for (ws, ts) in zip(words, tags) {
            for (w, t) in zip(ws, ts) { counts[w, default: [:]][t, default: 0] += 1 }
        }
        var table = [UInt64: UInt64]()
        for (w, c) in counts {
            let total = c.values.reduce(0, +)
            guard total >= minCount else { continue }
            var h: UInt64 = 0xA3B1
            for t in c.keys.sorted() where c[t]! * 20 >= total { h = FeatureHash.mix(h, UInt64(t)) }
            table[w] = h
        }
        return TagDictionary(table: table)
    }

    func write(_ w: inout ModelWriter) {
        let keys = table.keys.sorted()
        w.array(keys)
        w.array(keys.map { table[$0]! })
    }

    static func read(_ r: inout ModelReader) throws -> TagDictionary {
        let k = try r.array(UInt64.self)
        let v = try r.array(UInt64.self)
        guard k.count == v.count else { throw r.corrupt("tag dictionary sizes differ") }
        var t = [UInt64: UInt64](minimumCapacity: k.count)
        for i in 0..<k.count { t[k[i]] = v[i] }
        return TagDictionary(table: t)
    }
}
