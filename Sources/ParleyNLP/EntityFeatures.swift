/// Feature templates of the entity tagger: word identity and shape in a ±2 window, POS,
/// gazetteer matches and the two previous entity tags.
enum EntityFeatures {
    static let start: UInt64 = 0xE17_0000_0001
    static let end: UInt64 = 0xE17_0000_0002

    @inline(__always)
    static func extract(
        _ lex: LexicalFeatures, _ i: Int, upos: [Int], xpos: [Int], amb: [UInt64], classes: [UInt64], gazB: [UInt8], gazI: [UInt8],
        prev1: UInt64, prev2: UInt64, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = lex.count
        let a = LexicalFeatures.affixes
        typealias H = FeatureHash
        @inline(__always) func w(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.word[j]) }
        @inline(__always) func x(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.exact[j]) }
        @inline(__always) func sh(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.shape[j]) }
        @inline(__always) func p(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(upos[j]) &+ 300) }
        @inline(__always) func q(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(xpos[j]) &+ 700) }
        @inline(__always) func am(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : amb[j]) }
        @inline(__always) func g(_ j: Int) -> UInt64 {
            j < 0 || j >= n ? 0 : UInt64(gazB[j]) | (UInt64(gazI[j]) << 8)
        }
        let L = WordClasses.levels
        @inline(__always) func c(_ j: Int, _ l: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : classes[j * L + l]) }
        var k = 0
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        put(1)
        put(H.feature(500, w(i))); put(H.feature(501, x(i))); put(H.feature(502, sh(i)))
        put(H.feature(503, lex.suffix[i * a + 2])); put(H.feature(504, lex.suffix[i * a + 3]))
        put(H.feature(505, lex.prefix[i * a + 2])); put(H.feature(506, p(i)))
        put(H.feature(507, w(i - 1))); put(H.feature(508, w(i + 1))); put(H.feature(509, w(i - 2)))
        put(H.feature(510, w(i + 2))); put(H.feature(511, x(i - 1))); put(H.feature(512, x(i + 1)))
        put(H.feature(513, sh(i - 1))); put(H.feature(514, sh(i + 1)))
        put(H.feature(515, p(i - 1))); put(H.feature(516, p(i + 1))); put(H.feature(517, p(i - 1), p(i), p(i + 1)))
        put(H.feature(518, prev1)); put(H.feature(519, prev1, prev2)); put(H.feature(520, prev1, w(i)))
        put(H.feature(521, prev1, sh(i))); put(H.feature(522, prev1, p(i)))
        put(H.feature(523, g(i))); put(H.feature(524, g(i - 1))); put(H.feature(525, g(i + 1)))
        put(H.feature(526, g(i), prev1)); put(H.feature(527, g(i), sh(i)))
        put(H.feature(528, w(i - 1), w(i))); put(H.feature(529, w(i), w(i + 1)))
        put(H.feature(530, sh(i), sh(i + 1))); put(H.feature(531, sh(i - 1), sh(i)))
        put(H.feature(532, x(i - 1), x(i))); put(H.feature(533, x(i), x(i + 1)))
        put(H.feature(534, UInt64(lex.flags[i]), i == 0 ? 1 : 0))
        // Penn tags, the tag dictionary's ambiguity classes (is the lower-cased word a
        // common word?), more affixes and the wider window.
        put(H.feature(540, q(i))); put(H.feature(541, q(i - 1), q(i))); put(H.feature(542, q(i), q(i + 1)))
        put(H.feature(543, am(i))); put(H.feature(544, am(i), sh(i))); put(H.feature(545, am(i - 1)))
        put(H.feature(546, am(i + 1))); put(H.feature(547, lex.prefix[i * a])); put(H.feature(548, lex.prefix[i * a + 1]))
        put(H.feature(549, lex.prefix[i * a + 3])); put(H.feature(550, lex.suffix[i * a])); put(H.feature(551, lex.suffix[i * a + 1]))
        put(H.feature(552, prev1, w(i + 1))); put(H.feature(553, prev1, g(i + 1))); put(H.feature(554, w(i - 1), sh(i)))
        put(H.feature(555, sh(i), w(i + 1))); put(H.feature(556, x(i - 2))); put(H.feature(557, x(i + 2)))
        put(H.feature(558, prev1, x(i))); put(H.feature(559, p(i), sh(i))); put(H.feature(560, am(i), prev1))
        put(H.feature(561, q(i), w(i))); put(H.feature(562, sh(i - 2))); put(H.feature(563, sh(i + 2)))
        // Distributional word classes (coarse, middle, fine) of the word and its neighbours;
        // none for models trained without them (`classes` empty).
        guard !classes.isEmpty else { return k }
        put(H.feature(570, c(i, 0))); put(H.feature(571, c(i, 1))); put(H.feature(572, c(i, 2)))
        put(H.feature(573, c(i - 1, 0))); put(H.feature(574, c(i + 1, 0))); put(H.feature(577, c(i, 1), sh(i)))
        return k
    }
}

/// Per-sentence context of the sequence model's features: the sentence's casing (a lower-case
/// chat line, ordinary prose, a title-cased headline, all capitals) and, for each token, the
/// run of consecutive capitalized tokens it belongs to.
struct EntityContext {
    /// 0: no capitalized word after the first; 1: ordinary; 2: title-cased; 3: all capitals.
    var casing: UInt64 = 1
    var runStart: [Int32] = []
    var runEnd: [Int32] = []
    /// `EntityDocument.value` per token; empty for models without document features.
    var document: [UInt64] = []

    mutating func fillDocument(_ lex: LexicalFeatures, _ doc: EntityDocument?) {
        document.removeAll(keepingCapacity: true)
        guard let doc else { return }
        for i in 0..<lex.count { document.append(doc.value(lex, i)) }
    }

    mutating func fill(_ lex: LexicalFeatures) {
        let n = lex.count
        var letters = 0, capitals = 0, upper = 0, longWords = 0, longCapitals = 0
        runStart.removeAll(keepingCapacity: true)
        runEnd.removeAll(keepingCapacity: true)
        for i in 0..<n {
            let f = lex.flags[i]
            runStart.append(-1)
            runEnd.append(-1)
            guard f & LexicalFeatures.hasLetter != 0 else { continue }
            letters += 1
            if f & LexicalFeatures.allUpper != 0 { upper += 1 }
            if i > 0 && f & LexicalFeatures.capitalized != 0 { capitals += 1 }
            if lex.suffix[i * LexicalFeatures.affixes + 3] != 4 {  // four letters or more
                longWords += 1
                if f & LexicalFeatures.capitalized != 0 { longCapitals += 1 }
            }
        }
        if letters >= 3 && upper * 5 >= letters * 4 {
            casing = 3
        } else if longWords >= 3 && longCapitals * 2 >= longWords + 1 {
            casing = 2
        } else if capitals == 0 {
            casing = 0
        } else {
            casing = 1
        }
        var i = 0
        while i < n {
            guard lex.flags[i] & LexicalFeatures.capitalized != 0 else { i += 1; continue }
            var j = i + 1
            while j < n, lex.flags[j] & LexicalFeatures.capitalized != 0 { j += 1 }
            for k in i..<j {
                runStart[k] = Int32(i)
                runEnd[k] = Int32(j - 1)
            }
            i = j
        }
    }
}

extension EntityFeatures {
    /// Features of token `i` that do not depend on earlier tags (the sequence model's
    /// emission features): the greedy model's, word classes of a wider window at every level,
    /// the sentence's casing and the capitalized run around the token.
    @inline(__always)
    static func emission(
        _ lex: LexicalFeatures, _ i: Int, upos: [Int], xpos: [Int], amb: [UInt64], classes: [UInt64], gazB: [UInt8], gazI: [UInt8],
        context ctx: EntityContext, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = lex.count
        let a = LexicalFeatures.affixes
        typealias H = FeatureHash
        @inline(__always) func w(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.word[j]) }
        @inline(__always) func x(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.exact[j]) }
        @inline(__always) func sh(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : lex.shape[j]) }
        @inline(__always) func p(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(upos[j]) &+ 300) }
        @inline(__always) func q(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : UInt64(xpos[j]) &+ 700) }
        @inline(__always) func am(_ j: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : amb[j]) }
        @inline(__always) func g(_ j: Int) -> UInt64 {
            j < 0 || j >= n ? 0 : UInt64(gazB[j]) | (UInt64(gazI[j]) << 8)
        }
        let L = WordClasses.levels
        @inline(__always) func c(_ j: Int, _ l: Int) -> UInt64 { j < 0 ? start : (j >= n ? end : classes[j * L + l]) }
        var k = 0
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        put(1)
        put(H.feature(500, w(i))); put(H.feature(501, x(i))); put(H.feature(502, sh(i)))
        put(H.feature(503, lex.suffix[i * a + 2])); put(H.feature(504, lex.suffix[i * a + 3]))
        put(H.feature(505, lex.prefix[i * a + 2])); put(H.feature(506, p(i)))
        put(H.feature(507, w(i - 1))); put(H.feature(508, w(i + 1))); put(H.feature(509, w(i - 2)))
        put(H.feature(510, w(i + 2))); put(H.feature(511, x(i - 1))); put(H.feature(512, x(i + 1)))
        put(H.feature(513, sh(i - 1))); put(H.feature(514, sh(i + 1)))
        put(H.feature(515, p(i - 1))); put(H.feature(516, p(i + 1))); put(H.feature(517, p(i - 1), p(i), p(i + 1)))
        put(H.feature(523, g(i))); put(H.feature(524, g(i - 1))); put(H.feature(525, g(i + 1)))
        put(H.feature(527, g(i), sh(i)))
        put(H.feature(528, w(i - 1), w(i))); put(H.feature(529, w(i), w(i + 1)))
        put(H.feature(530, sh(i), sh(i + 1))); put(H.feature(531, sh(i - 1), sh(i)))
        put(H.feature(532, x(i - 1), x(i))); put(H.feature(533, x(i), x(i + 1)))
        put(H.feature(534, UInt64(lex.flags[i]), i == 0 ? 1 : 0))
        put(H.feature(540, q(i))); put(H.feature(541, q(i - 1), q(i))); put(H.feature(542, q(i), q(i + 1)))
        put(H.feature(543, am(i))); put(H.feature(544, am(i), sh(i))); put(H.feature(545, am(i - 1)))
        put(H.feature(546, am(i + 1))); put(H.feature(547, lex.prefix[i * a])); put(H.feature(548, lex.prefix[i * a + 1]))
        put(H.feature(549, lex.prefix[i * a + 3])); put(H.feature(550, lex.suffix[i * a])); put(H.feature(551, lex.suffix[i * a + 1]))
        put(H.feature(554, w(i - 1), sh(i)))
        put(H.feature(555, sh(i), w(i + 1))); put(H.feature(556, x(i - 2))); put(H.feature(557, x(i + 2)))
        put(H.feature(559, p(i), sh(i)))
        put(H.feature(561, q(i), w(i))); put(H.feature(562, sh(i - 2))); put(H.feature(563, sh(i + 2)))
        // Sentence casing: a capital means little in a headline, much in a lower-case chat line.
        let cs = ctx.casing
        put(H.feature(580, cs)); put(H.feature(581, cs, sh(i))); put(H.feature(582, cs, am(i)))
        put(H.feature(583, cs, UInt64(lex.flags[i]), i == 0 ? 1 : 0))
        // A gazetteer match written in lower case ("kerala", "punjab") in a lower-case line.
        let caps = UInt64(lex.flags[i] & (LexicalFeatures.capitalized | LexicalFeatures.allUpper))
        put(H.feature(607, g(i), cs, caps)); put(H.feature(608, g(i), am(i)))
        // The capitalized run ("New York Stock Exchange"): its first and last words, the words
        // around it, its length and where the token sits in it.
        let rs = Int(ctx.runStart[i]), re = Int(ctx.runEnd[i])
        if rs >= 0 {
            let len = UInt64(min(re - rs + 1, 5))
            let pos: UInt64 = rs == re ? 0 : (i == rs ? 1 : (i == re ? 2 : 3))
            put(H.feature(584, len, pos)); put(H.feature(585, w(re), pos)); put(H.feature(586, w(rs), pos))
            put(H.feature(587, w(rs - 1), pos)); put(H.feature(588, w(re + 1), pos))
            put(H.feature(589, lex.suffix[re * a + 2], pos)); put(H.feature(590, g(rs), len, pos))
            put(H.feature(591, cs, len, pos))
        } else {
            put(H.feature(584, 9))
        }
        // The document's other spellings of the word.
        if !ctx.document.isEmpty {
            let d = ctx.document[i]
            put(H.feature(601, d, sh(i))); put(H.feature(602, d, i == 0 ? 1 : 0, UInt64(lex.flags[i])))
            put(H.feature(603, d, am(i))); put(H.feature(604, d, cs))
            put(H.feature(605, i > 0 ? ctx.document[i - 1] : 99, d)); put(H.feature(606, d, i + 1 < n ? ctx.document[i + 1] : 99))
        }
        guard !classes.isEmpty else { return k }
        put(H.feature(570, c(i, 0))); put(H.feature(571, c(i, 1))); put(H.feature(572, c(i, 2)))
        put(H.feature(573, c(i - 1, 0))); put(H.feature(574, c(i + 1, 0))); put(H.feature(577, c(i, 1), sh(i)))
        put(H.feature(592, c(i - 1, 1))); put(H.feature(593, c(i + 1, 1))); put(H.feature(594, c(i - 1, 2)))
        put(H.feature(595, c(i + 1, 2))); put(H.feature(596, c(i - 2, 0))); put(H.feature(597, c(i + 2, 0)))
        put(H.feature(598, c(i, 2), sh(i))); put(H.feature(599, c(i, 0), c(i + 1, 0)))
        put(H.feature(600, c(i - 1, 0), c(i, 0)))
        return k
    }

    /// Features of token `i` conjoined with the previous tag (`prev`: a tag value or `start`).
    static let transitionCount = 5
    @inline(__always)
    static func transition(
        _ lex: LexicalFeatures, _ i: Int, upos: [Int], gazB: [UInt8], gazI: [UInt8], prev: UInt64, into out: UnsafeMutablePointer<UInt64>
    ) {
        typealias H = FeatureHash
        let g = UInt64(gazB[i]) | (UInt64(gazI[i]) << 8)
        out[0] = H.feature(518, prev)
        out[1] = H.feature(520, prev, lex.word[i])
        out[2] = H.feature(521, prev, lex.shape[i])
        out[3] = H.feature(522, prev, UInt64(upos[i]) &+ 300)
        out[4] = H.feature(526, g, prev)
    }
}
