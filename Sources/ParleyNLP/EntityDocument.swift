/// How a document spells each word: how often capitalized after the start of a sentence, how
/// often in lower case. A capitalized sentence-initial "Apple" is a name if the document also
/// writes "Apple" mid-sentence, and probably not if it writes "apple".
public struct EntityDocument: Sendable {
    /// Lower-cased word hash → capitalized-mid-sentence count (low 16 bits) and lower-case
    /// count (high 16 bits), both saturating.
    var counts: [UInt64: UInt32] = [:]

    public init() {}

    var isEmpty: Bool { counts.isEmpty }

    mutating func removeAll() { counts.removeAll(keepingCapacity: true) }

    mutating func add(_ lex: LexicalFeatures) {
        for i in 0..<lex.count {
            let f = lex.flags[i]
            guard f & LexicalFeatures.hasLetter != 0 else { continue }
            let add: UInt32 = f & LexicalFeatures.capitalized != 0 ? (i > 0 ? 1 : 0) : 0x1_0000
            guard add != 0 else { continue }
            let c = counts[lex.word[i], default: 0]
            if add == 1 && c & 0xFFFF == 0xFFFF { continue }
            if add > 1 && c >> 16 == 0xFFFF { continue }
            counts[lex.word[i]] = c + add
        }
    }

    /// Adds the sentences of a document given as token forms.
    mutating func add(forms: [[String]]) {
        for f in forms { add(TaggerTraining.lexical(for: f)) }
    }

    /// Feature value of token i: its other mid-sentence capitalized and lower-case
    /// occurrences in the document (each 0, 1 or more), 0 for a token without letters.
    @inline(__always)
    func value(_ lex: LexicalFeatures, _ i: Int) -> UInt64 {
        let f = lex.flags[i]
        guard f & LexicalFeatures.hasLetter != 0 else { return 0 }
        let c = counts[lex.word[i], default: 0]
        var cap = Int(c & 0xFFFF), low = Int(c >> 16)
        if f & LexicalFeatures.capitalized != 0 {
            if i > 0 { cap -= 1 }
        } else {
            low -= 1
        }
        return UInt64(min(max(cap, 0), 2) * 3 + min(max(low, 0), 2) + 1)
    }
}
