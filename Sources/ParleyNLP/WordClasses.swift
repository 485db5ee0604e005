import Foundation

/// Distributional word classes: k-means clusters of word2vec vectors at `levels`
/// granularities (coarse to fine), learned from unlabeled news text, so that a word the
/// treebank never showed still shares features with words used alike ("Guilder" with "yen").
///
/// Keyed by the same folded lower-case hash as `LexicalFeatures.word`. Stored in `tagger.bin`
/// after the lemmatizer; the tagger fills each sentence's classes into `TaggerScratch.classes`,
/// where the entity tagger reads them too. Built by `scripts/gen-word-classes.py`.
public struct WordClasses: Sendable {
    static let levels = 3
    private let index: [UInt64: Int32]
    /// `levels` class ids per word, in the order of `index`'s values.
    private let ids: [UInt16]

    init(index: [UInt64: Int32], ids: [UInt16]) {
        self.index = index
        self.ids = ids
    }

    public static let empty = WordClasses(index: [:], ids: [])

    public var count: Int { index.count }

    /// Feature value of class `c` at level `level` (distinct across levels).
    @inline(__always) static func value(_ level: Int, _ c: UInt16) -> UInt64 {
        0xC1A5_0000_0000 | UInt64(level) << 16 | UInt64(c)
    }
    @inline(__always) static func unknown(_ level: Int) -> UInt64 { value(level, 0xFFFF) }
    static let boundary: UInt64 = 0xC1A5_0001_0000_0000

    /// Fills `out` with `levels` class values per token of `lex` (unknown words get each
    /// level's unknown value).
    func fill(_ lex: LexicalFeatures, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let L = Self.levels
        for w in lex.word {
            if let r = index[w] {
                let b = Int(r) * L
                for l in 0..<L { out.append(Self.value(l, ids[b + l])) }
            } else {
                for l in 0..<L { out.append(Self.unknown(l)) }
            }
        }
    }

    /// Reads the generator's table: `word<TAB>class<TAB>class<TAB>class` per line.
    public static func load(table path: String) throws -> WordClasses {
        guard let d = FileManager.default.contents(atPath: path) else { throw ModelError.missing(file: path) }
        var index = [UInt64: Int32]()
        var ids = [UInt16]()
        for line in String(decoding: d, as: UTF8.self).split(separator: "\n") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == levels + 1 else {
                throw ModelError.corrupt(file: path, reason: "expected a word and \(levels) classes: \(line.prefix(60))")
            }
            let cs = cols.dropFirst().compactMap { UInt16($0) }
            guard cs.count == levels, cs.allSatisfy({ $0 < 0xFFFF }) else {
                throw ModelError.corrupt(file: path, reason: "bad class ids: \(line.prefix(60))")
            }
            let lex = TaggerTraining.lexical(for: [String(cols[0])])
            guard lex.count == 1, index[lex.word[0]] == nil else { continue }
            index[lex.word[0]] = Int32(index.count)
            ids.append(contentsOf: cs)
        }
        return WordClasses(index: index, ids: ids)
    }

    func write(_ w: inout ModelWriter) {
        let keys = index.keys.sorted()
        w.u32(UInt32(Self.levels))
        w.array(keys)
        var flat = [UInt16]()
        flat.reserveCapacity(keys.count * Self.levels)
        for k in keys {
            let b = Int(index[k]!) * Self.levels
            flat.append(contentsOf: ids[b..<(b + Self.levels)])
        }
        w.array(flat)
    }

    static func read(_ r: inout ModelReader) throws -> WordClasses {
        let l = Int(try r.u32())
        guard l == levels else { throw r.corrupt("word classes have \(l) levels, expected \(levels)") }
        let keys = try r.array(UInt64.self)
        let flat = try r.array(UInt16.self)
        guard flat.count == keys.count * levels else { throw r.corrupt("word class sizes differ") }
        var index = [UInt64: Int32](minimumCapacity: keys.count)
        for (i, k) in keys.enumerated() { index[k] = Int32(i) }
        return WordClasses(index: index, ids: flat)
    }
}
