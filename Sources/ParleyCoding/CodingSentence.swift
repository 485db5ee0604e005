import ParleyText

/// One parsed sentence as the coder sees it: parallel arrays indexed by sentence-local
/// token position, heads local too (-1 = root).
///
/// Built either from a `Document` sentence (the pipeline) or from CoNLL-U (gold parses).
/// Words and lemmas are upper-cased once here so dictionary matching compares plain keys.
public struct CodingSentence: Sendable {
    /// Upper-cased surface forms.
    public var words: [String]
    /// Whether the token is written in capitals in the text ("WHO", "US"), for acronyms.
    public var capitalized: [Bool]
    /// Upper-cased lemmas.
    public var lemmas: [String]
    public var upos: [String]
    public var heads: [Int]
    /// Relation without subtype for matching ("nmod"), subtype kept in `fullDeprels`.
    public var deprels: [String]
    public var fullDeprels: [String]
    /// Scalar offsets of each token in the document text (0-based positions when standalone).
    public var starts: [Int]
    public var ends: [Int]
    /// Document-wide index of token 0.
    public var firstToken: Int
    /// Children of each token, in sentence order.
    public private(set) var children: [[Int]]

    public var count: Int { words.count }

    public init(
        words: [String], lemmas: [String], upos: [String], heads: [Int], deprels: [String],
        starts: [Int], ends: [Int], firstToken: Int = 0
    ) {
        self.capitalized = words.map { w in
            w.contains { $0.isLetter } && !w.contains { $0.isLowercase }
        }
        self.words = words.map { $0.uppercased() }
        self.lemmas = lemmas.map { $0.uppercased() }
        self.upos = upos
        self.heads = heads
        self.fullDeprels = deprels
        self.deprels = deprels.map { d in
            if let c = d.firstIndex(of: ":"), !d.hasPrefix("nmod:poss"), !d.hasPrefix("compound:prt") {
                return String(d[..<c])
            }
            return d
        }
        self.starts = starts
        self.ends = ends
        self.firstToken = firstToken
        var kids = [[Int]](repeating: [], count: words.count)
        for (i, h) in heads.enumerated() where h >= 0 && h < words.count && h != i {
            kids[h].append(i)
        }
        self.children = kids
    }

    /// The sentence `index` of a parsed document; nil when the document has no analysis.
    public init?(document: Document, sentence index: Int) {
        let span = document.sentences[index]
        guard document.analysis.count == document.tokens.count, !span.tokens.isEmpty else { return nil }
        let base = span.tokens.lowerBound
        var words: [String] = []
        var lemmas: [String] = []
        var upos: [String] = []
        var heads: [Int] = []
        var deps: [String] = []
        var starts: [Int] = []
        var ends: [Int] = []
        for t in span.tokens {
            let a = document.analysis[t]
            words.append(document.normalizedText(t))
            lemmas.append(a.lemma.isEmpty ? document.normalizedText(t) : a.lemma)
            upos.append(a.upos)
            heads.append(a.head < 0 || !span.tokens.contains(a.head) ? -1 : a.head - base)
            deps.append(a.deprel)
            starts.append(Int(document.tokens[t].start))
            ends.append(Int(document.tokens[t].end))
        }
        CodingSentence.repairSubordinateSubjects(words: words, upos: upos, heads: &heads, deprels: &deps)
        CodingSentence.repairNominalAgents(words: words, upos: upos, heads: &heads, deprels: &deps)
        self.init(
            words: words, lemmas: lemmas, upos: upos, heads: heads, deprels: deps, starts: starts,
            ends: ends, firstToken: base)
    }

    /// "… will meet after talks between X and Y broke down": a parser that reads "after" as a
    /// preposition leaves "talks" an oblique of "meet" and "broke down" a clause without a
    /// subject. When a subjectless adverbial clause follows right after such an oblique, the
    /// noun is its subject and the preposition its subordinator.
    static func repairSubordinateSubjects(words: [String], upos: [String], heads: inout [Int], deprels: inout [String]) {
        let n = heads.count
        func isUnder(_ k: Int, _ t: Int) -> Bool {
            var a = k
            var steps = 0
            while a >= 0 && steps < n {
                if a == t { return true }
                a = heads[a]
                steps += 1
            }
            return false
        }
        for w in 0..<n where deprels[w] == "advcl" && upos[w] == "VERB" {
            let h = heads[w]
            guard h >= 0, !(0..<n).contains(where: { heads[$0] == w && deprels[$0].hasPrefix("nsubj") }) else { continue }
            // the noun may hang off the main verb (obl) or off a phrase just before (nmod); its
            // phrase ends right before the clause and opens with the would-be subordinator
            func subordinator(_ k: Int) -> Int? {
                (0..<k).first { heads[$0] == k && deprels[$0] == "case" && ["AFTER", "BEFORE", "SINCE", "UNTIL", "TILL"].contains(words[$0].uppercased()) }
            }
            guard let noun = (0..<w).last(where: { k in
                    ["NOUN", "PROPN"].contains(upos[k]) && (deprels[k].hasPrefix("obl") || deprels[k].hasPrefix("nmod"))
                        && !isUnder(w, k) && (k..<w).last(where: { isUnder($0, k) }) == w - 1 && subordinator(k) != nil
                }),
                let c = subordinator(noun)
            else { continue }
            heads[noun] = w
            deprels[noun] = "nsubj"
            heads[c] = w
            deprels[c] = "mark"
        }
    }

    /// "criticized the decision by Montenegro", "condemned the attack by rebels": a by-phrase
    /// right after an active verb's object names the object's agent, not the verb's (an active
    /// verb has none); the parser hung it on the verb.
    static func repairNominalAgents(words: [String], upos: [String], heads: inout [Int], deprels: inout [String]) {
        let n = heads.count
        for c in 0..<n where deprels[c].hasPrefix("obl") && ["NOUN", "PROPN"].contains(upos[c]) {
            let v = heads[c]
            guard v >= 0, upos[v] == "VERB",
                let by = (0..<c).last(where: { heads[$0] == c && deprels[$0] == "case" }), words[by].uppercased() == "BY",
                !(0..<n).contains(where: { heads[$0] == v && (deprels[$0] == "nsubj:pass" || deprels[$0] == "aux:pass") })
            else { continue }
            // the object's phrase ends right before "by"
            guard let object = (0..<by).last(where: { heads[$0] == v && deprels[$0] == "obj" && upos[$0] == "NOUN" }),
                (object + 1..<by).allSatisfy({ heads[$0] == object || (heads[$0] >= 0 && heads[heads[$0]] == object) })
            else { continue }
            heads[c] = object
            deprels[c] = "nmod"
        }
    }

    /// Children of `i` with relation `rel` (subtype ignored).
    func dependents(_ i: Int, _ rel: String) -> [Int] {
        children[i].filter { deprels[$0] == rel }
    }

    func hasDependent(_ i: Int, _ rels: Set<String>) -> Bool {
        children[i].contains { rels.contains(deprels[$0]) }
    }

    /// Whether token `t`'s lemma is one of `lemmas`, also when the lemmatizer cut a verb's
    /// silent e with its ending ("blamed" → "blam").
    func lemma(_ t: Int, in lemmas: Set<String>) -> Bool {
        let l = lemmas.contains(self.lemmas[t])
        if l || upos[t] != "VERB" { return l }
        return lemmas.contains(self.lemmas[t] + "E")
    }

    /// The preposition (case marker) of a nominal, upper-cased, or nil.
    func preposition(of i: Int) -> String? {
        for c in children[i] where deprels[c] == "case" && upos[c] != "PART" {
            return words[c]
        }
        return nil
    }

    /// All tokens in the subtree of `i`, in sentence order.
    func subtree(_ i: Int) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        while let n = stack.popLast() {
            out.append(n)
            stack.append(contentsOf: children[n])
        }
        return out.sorted()
    }

    /// True when `a` is `b` or a descendant of `b`.
    func isWithin(_ a: Int, _ b: Int) -> Bool {
        var n = a
        var steps = 0
        while n >= 0 && steps < 64 {
            if n == b { return true }
            n = heads[n]
            steps += 1
        }
        return false
    }
}
