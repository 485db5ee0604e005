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
        let v = EntityWindow(lex, upos: upos, xpos: xpos, amb: amb, classes: classes, gazB: gazB, gazI: gazI)
        var k = shared(v, i, into: out)
        typealias H = FeatureHash
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        // The previous tags, alone and with the word, its shape, POS and neighbours.
        put(H.feature(518, prev1)); put(H.feature(519, prev1, prev2)); put(H.feature(520, prev1, v.w(i)))
        put(H.feature(521, prev1, v.sh(i))); put(H.feature(522, prev1, v.p(i))); put(H.feature(526, v.g(i), prev1))
        put(H.feature(552, prev1, v.w(i + 1))); put(H.feature(553, prev1, v.g(i + 1)))
        put(H.feature(558, prev1, v.x(i))); put(H.feature(560, v.am(i), prev1))
        return k
    }

    /// The features both models share: word identity, shape, affixes and POS in a ±2 window,
    /// Penn tags, the tag dictionary's ambiguity classes (is the lower-cased word a common
    /// word?), gazetteer matches and, when the model has them, word classes of the word and its
    /// neighbours. Returns how many were written.
    @inline(__always)
    static func shared(_ v: EntityWindow, _ i: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        let lex = v.lex
        let a = LexicalFeatures.affixes
        typealias H = FeatureHash
        var k = 0
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        put(1)
        put(H.feature(500, v.w(i))); put(H.feature(501, v.x(i))); put(H.feature(502, v.sh(i)))
        put(H.feature(503, lex.suffix[i * a + 2])); put(H.feature(504, lex.suffix[i * a + 3]))
        put(H.feature(505, lex.prefix[i * a + 2])); put(H.feature(506, v.p(i)))
        put(H.feature(507, v.w(i - 1))); put(H.feature(508, v.w(i + 1))); put(H.feature(509, v.w(i - 2)))
        put(H.feature(510, v.w(i + 2))); put(H.feature(511, v.x(i - 1))); put(H.feature(512, v.x(i + 1)))
        put(H.feature(513, v.sh(i - 1))); put(H.feature(514, v.sh(i + 1)))
        put(H.feature(515, v.p(i - 1))); put(H.feature(516, v.p(i + 1))); put(H.feature(517, v.p(i - 1), v.p(i), v.p(i + 1)))
        put(H.feature(523, v.g(i))); put(H.feature(524, v.g(i - 1))); put(H.feature(525, v.g(i + 1)))
        put(H.feature(527, v.g(i), v.sh(i)))
        put(H.feature(528, v.w(i - 1), v.w(i))); put(H.feature(529, v.w(i), v.w(i + 1)))
        put(H.feature(530, v.sh(i), v.sh(i + 1))); put(H.feature(531, v.sh(i - 1), v.sh(i)))
        put(H.feature(532, v.x(i - 1), v.x(i))); put(H.feature(533, v.x(i), v.x(i + 1)))
        put(H.feature(534, UInt64(lex.flags[i]), i == 0 ? 1 : 0))
        put(H.feature(540, v.q(i))); put(H.feature(541, v.q(i - 1), v.q(i))); put(H.feature(542, v.q(i), v.q(i + 1)))
        put(H.feature(543, v.am(i))); put(H.feature(544, v.am(i), v.sh(i))); put(H.feature(545, v.am(i - 1)))
        put(H.feature(546, v.am(i + 1))); put(H.feature(547, lex.prefix[i * a])); put(H.feature(548, lex.prefix[i * a + 1]))
        put(H.feature(549, lex.prefix[i * a + 3])); put(H.feature(550, lex.suffix[i * a])); put(H.feature(551, lex.suffix[i * a + 1]))
        put(H.feature(554, v.w(i - 1), v.sh(i)))
        put(H.feature(555, v.sh(i), v.w(i + 1))); put(H.feature(556, v.x(i - 2))); put(H.feature(557, v.x(i + 2)))
        put(H.feature(559, v.p(i), v.sh(i)))
        put(H.feature(561, v.q(i), v.w(i))); put(H.feature(562, v.sh(i - 2))); put(H.feature(563, v.sh(i + 2)))
        // Distributional word classes (coarse, middle, fine); none for models trained without
        // them (`classes` empty).
        guard !v.classes.isEmpty else { return k }
        put(H.feature(570, v.c(i, 0))); put(H.feature(571, v.c(i, 1))); put(H.feature(572, v.c(i, 2)))
        put(H.feature(573, v.c(i - 1, 0))); put(H.feature(574, v.c(i + 1, 0))); put(H.feature(577, v.c(i, 1), v.sh(i)))
        return k
    }
}

/// The sentence an entity feature reads around a token: each accessor answers the boundary
/// values `start` and `end` outside the sentence.
struct EntityWindow {
    let lex: LexicalFeatures
    let n: Int
    let upos: [Int], xpos: [Int], amb: [UInt64], classes: [UInt64], gazB: [UInt8], gazI: [UInt8]

    @inline(__always)
    init(_ lex: LexicalFeatures, upos: [Int], xpos: [Int], amb: [UInt64], classes: [UInt64], gazB: [UInt8], gazI: [UInt8]) {
        self.lex = lex
        n = lex.count
        self.upos = upos
        self.xpos = xpos
        self.amb = amb
        self.classes = classes
        self.gazB = gazB
        self.gazI = gazI
    }

    @inline(__always) func bounded(_ j: Int, _ value: (Int) -> UInt64) -> UInt64 {
        j < 0 ? EntityFeatures.start : (j >= n ? EntityFeatures.end : value(j))
    }
    @inline(__always) func w(_ j: Int) -> UInt64 { bounded(j) { lex.word[$0] } }
    @inline(__always) func x(_ j: Int) -> UInt64 { bounded(j) { lex.exact[$0] } }
    @inline(__always) func sh(_ j: Int) -> UInt64 { bounded(j) { lex.shape[$0] } }
    @inline(__always) func p(_ j: Int) -> UInt64 { bounded(j) { UInt64(upos[$0]) &+ 300 } }
    @inline(__always) func q(_ j: Int) -> UInt64 { bounded(j) { UInt64(xpos[$0]) &+ 700 } }
    @inline(__always) func am(_ j: Int) -> UInt64 { bounded(j) { amb[$0] } }
    @inline(__always) func c(_ j: Int, _ l: Int) -> UInt64 { bounded(j) { classes[$0 * WordClasses.levels + l] } }
    /// Gazetteer match flags (begin and inside), 0 outside the sentence.
    @inline(__always) func g(_ j: Int) -> UInt64 { j < 0 || j >= n ? 0 : UInt64(gazB[j]) | (UInt64(gazI[j]) << 8) }
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
    /// emission features): the shared ones, word classes of a wider window at every level,
    /// the sentence's casing and the capitalized run around the token.
    @inline(__always)
    static func emission(
        _ lex: LexicalFeatures, _ i: Int, upos: [Int], xpos: [Int], amb: [UInt64], classes: [UInt64], gazB: [UInt8], gazI: [UInt8],
        context ctx: EntityContext, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let v = EntityWindow(lex, upos: upos, xpos: xpos, amb: amb, classes: classes, gazB: gazB, gazI: gazI)
        let n = v.n
        let a = LexicalFeatures.affixes
        typealias H = FeatureHash
        var k = shared(v, i, into: out)
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
        }
        // Sentence casing: a capital means little in a headline, much in a lower-case chat line.
        let cs = ctx.casing
        put(H.feature(580, cs)); put(H.feature(581, cs, v.sh(i))); put(H.feature(582, cs, v.am(i)))
        put(H.feature(583, cs, UInt64(lex.flags[i]), i == 0 ? 1 : 0))
        // A gazetteer match written in lower case ("kerala", "punjab") in a lower-case line.
        let caps = UInt64(lex.flags[i] & (LexicalFeatures.capitalized | LexicalFeatures.allUpper))
        put(H.feature(607, v.g(i), cs, caps)); put(H.feature(608, v.g(i), v.am(i)))
        // The capitalized run ("New York Stock Exchange"): its first and last words, the words
        // around it, its length and where the token sits in it.
        let rs = Int(ctx.runStart[i]), re = Int(ctx.runEnd[i])
        if rs >= 0 {
            let len = UInt64(min(re - rs + 1, 5))
            let pos: UInt64 = rs == re ? 0 : (i == rs ? 1 : (i == re ? 2 : 3))
            put(H.feature(584, len, pos)); put(H.feature(585, v.w(re), pos)); put(H.feature(586, v.w(rs), pos))
            put(H.feature(587, v.w(rs - 1), pos)); put(H.feature(588, v.w(re + 1), pos))
            put(H.feature(589, lex.suffix[re * a + 2], pos)); put(H.feature(590, v.g(rs), len, pos))
            put(H.feature(591, cs, len, pos))
        } else {
            put(H.feature(584, 9))
        }
        // The document's other spellings of the word.
        if !ctx.document.isEmpty {
            let d = ctx.document[i]
            put(H.feature(601, d, v.sh(i))); put(H.feature(602, d, i == 0 ? 1 : 0, UInt64(lex.flags[i])))
            put(H.feature(603, d, v.am(i))); put(H.feature(604, d, cs))
            put(H.feature(605, i > 0 ? ctx.document[i - 1] : 99, d)); put(H.feature(606, d, i + 1 < n ? ctx.document[i + 1] : 99))
        }
        guard !classes.isEmpty else { return k }
        put(H.feature(592, v.c(i - 1, 1))); put(H.feature(593, v.c(i + 1, 1))); put(H.feature(594, v.c(i - 1, 2)))
        put(H.feature(595, v.c(i + 1, 2))); put(H.feature(596, v.c(i - 2, 0))); put(H.feature(597, v.c(i + 2, 0)))
        put(H.feature(598, v.c(i, 2), v.sh(i))); put(H.feature(599, v.c(i, 0), v.c(i + 1, 0)))
        put(H.feature(600, v.c(i - 1, 0), v.c(i, 0)))
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
